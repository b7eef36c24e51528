using Microsoft.DotNet.Interactive.Formatting;

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

// Every notebook runs headlessly, cell by cell, and fails the build when a cell fails: the notebooks of this project
// (Notebooks/) and, when there are any, the samples (samples/notebooks/*.ipynb in the repository).
[Collection(NotebookCollection.Name)]
public sealed class NotebookTests : IDisposable
{
    public NotebookTests() => Formatter.ResetToDefault();

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, path));
        }

        foreach (var path in Repository.SampleNotebookPaths())
        {
            data.Add(path);
        }

        return data;
    }

    public void Dispose() => Formatter.ResetToDefault();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_without_a_failing_cell(string notebook)
    {
        var run = await NotebookRunner.RunOnceAsync(Path.IsPathRooted(notebook) ? notebook : Path.Combine(AppContext.BaseDirectory, notebook));

        run.AssertSucceeded();
        Assert.NotEmpty(run.Cells);
    }

    [Fact]
    public async Task The_presentation_notebook_shows_a_scorecard_table_and_a_chart()
    {
        var run = (await NotebookRunner.RunOnceAsync(Path.Combine(AppContext.BaseDirectory, "Notebooks", "presentation.ipynb"))).AssertSucceeded();

        var html = run.Cells.SelectMany(c => c.Html).ToList();
        Assert.Contains(html, h => h.Contains("csc-scorecard", StringComparison.Ordinal));
        Assert.Contains(html, h => h.Contains("<svg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_cell_fails_the_run_and_names_the_cell()
    {
        var path = Path.Combine(Path.GetTempPath(), "csc-failing-" + Guid.NewGuid().ToString("N") + ".ipynb");
        await File.WriteAllTextAsync(path, NotebookJson("var x = 1;", "int y = \"not a number\";", "x + 1"));
        try
        {
            var run = await NotebookRunner.RunAsync(path);

            var failure = Assert.Throws<Xunit.Sdk.XunitException>(() => run.AssertSucceeded());
            Assert.Contains("cell 2 failed", failure.Message);
            Assert.Contains("CS0029", failure.Message);
            Assert.Equal(2, run.Cells.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void References_to_the_library_are_left_to_the_kernel()
    {
        var code = "#r \"nuget: ChildrensSocialCare.Indicators, 0.1.0\"\n#r \"nuget: Other, 1.0\"\n#r \"../../src/ChildrensSocialCare.Indicators/bin/Debug/net10.0/ChildrensSocialCare.Indicators.dll\"\nvar x = 1;";

        Assert.Equal("#r \"nuget: Other, 1.0\"\nvar x = 1;", NotebookRunner.WithoutLibraryReferences(code));
    }

    private static string NotebookJson(params string[] cells) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            cells = cells.Select(c => new
            {
                cell_type = "code",
                execution_count = (int?)null,
                metadata = new { polyglot_notebook = new { kernelName = "csharp" } },
                outputs = Array.Empty<object>(),
                source = new[] { c },
            }),
            metadata = new
            {
                kernelspec = new { display_name = ".NET (C#)", language = "C#", name = ".net-csharp" },
                language_info = new { name = "csharp" },
            },
            nbformat = 4,
            nbformat_minor = 5,
        });
}
