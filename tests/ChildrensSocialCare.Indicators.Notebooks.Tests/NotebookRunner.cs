using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Xunit.Sdk;

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

/// <summary>
/// Runs a notebook (.ipynb) headlessly: parses it with Microsoft.DotNet.Interactive.Documents and submits its C# cells
/// in order to one C# kernel (<see cref="IndicatorKernel"/>), stopping at the first cell that fails.
/// </summary>
/// <remarks>
/// Lines that reference the library itself (<c>#r "nuget: ChildrensSocialCare.Indicators..."</c> or a <c>#r</c> of its
/// dll) are left out: the kernel already references the assembly this test run built, so a committed notebook is
/// tested against the current code while readers run it with the package. Any other <c>#r "nuget: ..."</c> needs
/// Microsoft.DotNet.Interactive.PackageManagement, which this project does not reference.
/// </remarks>
internal static partial class NotebookRunner
{
    private static readonly Dictionary<string, Task<NotebookRun>> s_runs = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs a notebook once per test process: the theory that runs every notebook and the tests that look at one
    /// notebook's outputs share the run (a sample notebook takes seconds). Tests run serially, so no lock is needed.
    /// </summary>
    public static Task<NotebookRun> RunOnceAsync(string path)
    {
        var full = Path.GetFullPath(path);
        if (!s_runs.TryGetValue(full, out var run))
        {
            run = RunAsync(full);
            s_runs[full] = run;
        }

        return run;
    }

    public static async Task<NotebookRun> RunAsync(string path)
    {
        var kernels = new KernelInfoCollection
        {
            new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#", ["c#", "cs"]),
            new Microsoft.DotNet.Interactive.Documents.KernelInfo("markdown", "Markdown", ["md"]),
        };
        kernels.DefaultKernelName = "csharp";
        var document = Notebook.Parse(await File.ReadAllTextAsync(path), kernels);

        using var kernel = IndicatorKernel.Create();
        var cells = new List<CellRun>();
        for (var i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            if (element.KernelName != "csharp")
            {
                continue;
            }

            var result = await kernel.SubmitCodeAsync(WithoutLibraryReferences(element.Contents));
            var cell = new CellRun(i, element.Contents, result.Events.ToList());
            cells.Add(cell);
            if (cell.Failure is not null)
            {
                break;
            }
        }

        // The notebook's variables as the last cell run left them (a later declaration of a name hides an earlier one).
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in kernel.ScriptState?.Variables ?? [])
        {
            variables[variable.Name] = variable.Value;
        }

        return new NotebookRun(path, cells, variables);
    }

    public static string WithoutLibraryReferences(string code) => LibraryReference().Replace(code, "");

    [GeneratedRegex("""^[ \t]*#r[ \t]+"[^"\n]*ChildrensSocialCare\.Indicators[^"\n]*"[ \t]*\r?$\n?""", RegexOptions.Multiline)]
    private static partial Regex LibraryReference();
}

/// <summary>One C# cell of a notebook run: its position among the notebook's cells, its code, and the kernel's
/// events.</summary>
internal sealed record CellRun(int Index, string Code, IReadOnlyList<KernelEvent> Events)
{
    public CommandFailed? Failure => Events.OfType<CommandFailed>().FirstOrDefault();

    /// <summary>The HTML of what the cell displayed and returned.</summary>
    public IEnumerable<string> Html => Events.OfType<DisplayEvent>()
        .SelectMany(e => e.FormattedValues).Where(v => v.MimeType == HtmlFormatter.MimeType).Select(v => v.Value);
}

/// <summary>The cells a notebook run executed, and the values of its variables at the end.</summary>
internal sealed record NotebookRun(string Path, IReadOnlyList<CellRun> Cells, IReadOnlyDictionary<string, object?> Variables)
{
    /// <summary>The value of the notebook's variable <paramref name="name"/>; fails the test when there is none or it
    /// is not a <typeparamref name="T"/>.</summary>
    public T Variable<T>(string name) =>
        Variables.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw new XunitException($"{System.IO.Path.GetFileName(Path)} has no variable '{name}' of type {typeof(T).Name}.");

    /// <summary>The HTML of every cell's output, in order.</summary>
    public IEnumerable<string> Html => Cells.SelectMany(c => c.Html);

    /// <summary>Fails the test with the notebook, the cell and the kernel's message when a cell failed.</summary>
    public NotebookRun AssertSucceeded()
    {
        if (Cells.FirstOrDefault(c => c.Failure is not null) is { } failed)
        {
            throw new XunitException(
                $"{System.IO.Path.GetFileName(Path)}, cell {failed.Index + 1} failed: {failed.Failure!.Message}\n--- cell ---\n{failed.Code}");
        }

        return this;
    }
}
