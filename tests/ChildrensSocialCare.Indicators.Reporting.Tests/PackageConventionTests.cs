using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// The package's conventions (ARCHITECTURE.md): each public type in a file named after it, in the namespace its folder
// means.
public class PackageConventionTests
{
    [Fact]
    public void Public_types_are_in_files_named_after_them_and_in_their_folder_namespace()
    {
        var problems = PackageConventions.Violations(typeof(ChildrensSocialCare.Indicators.Reporting.TextTable).Assembly);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
