using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

// One C# kernel that has run IndicatorKernel.DataSetCode, shared by the tests of a class (an xunit class fixture):
// the data set is compiled once, not once a test. The cell only declares variables (data, options, year) and returns
// nothing, so nothing is formatted before a test resets the Formatter; each test then submits its own expression and
// reads only that submission's events, formatted by the Formatter as that test left it.
public sealed class DataSetKernel : IAsyncLifetime
{
    public CSharpKernel Kernel { get; } = IndicatorKernel.Create();

    public async Task InitializeAsync()
    {
        var result = await Kernel.SubmitCodeAsync(IndicatorKernel.DataSetCode);
        Assert.DoesNotContain(result.Events, e => e is CommandFailed);
    }

    public Task DisposeAsync()
    {
        Kernel.Dispose();
        return Task.CompletedTask;
    }
}
