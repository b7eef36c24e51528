using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

// The sample notebooks as files: Jupyter notebooks for the .NET Interactive C# kernel that a reader opens in VS Code or
// Jupyter, referencing every package they use the way a reader would, committed without outputs, and listed in the
// folder's README.
public sealed partial class SampleNotebookFormatTests
{
    private static readonly Dictionary<string, string> s_packageOfNamespace = new(StringComparer.Ordinal)
    {
        ["ChildrensSocialCare.Indicators.Formats"] = "ChildrensSocialCare.Indicators.Formats",
        ["ChildrensSocialCare.Indicators.Reporting"] = "ChildrensSocialCare.Indicators.Reporting",
        ["ChildrensSocialCare.Indicators.Synthetic"] = "ChildrensSocialCare.Indicators.Synthetic",
    };

    [Fact]
    public void There_are_sample_notebooks()
    {
        Assert.Contains(Repository.SampleNotebookPaths(), p => Path.GetFileName(p) == "walsall-report.ipynb");
        Assert.Contains(Repository.SampleNotebookPaths(), p => Path.GetFileName(p) == "placement-stability.ipynb");
        Assert.Contains(Repository.SampleNotebookPaths(), p => Path.GetFileName(p) == "year-on-year.ipynb");
    }

    [Fact]
    public void Every_sample_notebook_is_a_csharp_jupyter_notebook_committed_without_outputs()
    {
        foreach (var path in Repository.SampleNotebookPaths())
        {
            var name = Path.GetFileName(path);
            using var notebook = JsonDocument.Parse(File.ReadAllText(path));
            var root = notebook.RootElement;
            Assert.True(root.GetProperty("nbformat").GetInt32() == 4 && root.GetProperty("nbformat_minor").GetInt32() >= 5, name);
            var kernelspec = root.GetProperty("metadata").GetProperty("kernelspec");
            Assert.True(kernelspec.GetProperty("name").GetString() == ".net-csharp", name);
            Assert.True(kernelspec.GetProperty("language").GetString() == "C#", name);

            var cells = root.GetProperty("cells").EnumerateArray().ToList();
            Assert.True(cells.Count > 0, name);
            Assert.True(cells[0].GetProperty("cell_type").GetString() == "markdown", name + ": a notebook opens with what it is about");
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cell in cells)
            {
                var type = cell.GetProperty("cell_type").GetString();
                Assert.True(type is "markdown" or "code", name + ": cell type " + type);
                Assert.Equal(JsonValueKind.Array, cell.GetProperty("source").ValueKind);

                // nbformat 4.5 (JSON schema nbformat.v4.5): every cell has a unique id of 1-64 letters, digits, - and _.
                var id = cell.GetProperty("id").GetString() ?? "";
                Assert.True(CellId().IsMatch(id) && ids.Add(id), $"{name}: cell id '{id}'");
                if (type == "code")
                {
                    Assert.True(cell.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString() == "csharp", name);
                    Assert.True(cell.GetProperty("outputs").GetArrayLength() == 0, name + ": outputs are not committed (they would go stale)");
                    Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
                }
            }
        }
    }

    [Fact]
    public void Every_sample_notebook_references_the_packages_it_uses_in_its_first_code_cell()
    {
        foreach (var path in Repository.SampleNotebookPaths())
        {
            var name = Path.GetFileName(path);
            var code = CodeCells(path);
            var first = code[0];
            var packages = code.SelectMany(c => Using().Matches(c).Select(m => m.Groups["ns"].Value))
                .Select(ns => s_packageOfNamespace.GetValueOrDefault(ns, "ChildrensSocialCare.Indicators"))
                .Append("ChildrensSocialCare.Indicators")
                .Distinct(StringComparer.Ordinal);
            foreach (var package in packages)
            {
                Assert.True(first.Contains("#r \"nuget: " + package + ", *-*\"", StringComparison.Ordinal), $"{name}: the first code cell should reference {package}");
            }

            // Everything else a reader would need to download is a dependency of those packages: the test kernel
            // has no package manager, and a reader needs none beyond NuGet.
            Assert.All(code.SelectMany(c => c.Split('\n')).Where(l => l.TrimStart().StartsWith("#r", StringComparison.Ordinal) || l.TrimStart().StartsWith("#i", StringComparison.Ordinal)),
                line => Assert.Contains("ChildrensSocialCare.Indicators", line));
        }
    }

    [Fact]
    public void The_notebooks_readme_lists_every_sample_notebook()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.SampleNotebooks!, "README.md"));

        foreach (var path in Repository.SampleNotebookPaths())
        {
            Assert.Contains(Path.GetRelativePath(Repository.SampleNotebooks!, path).Replace('\\', '/'), readme);
        }
    }

    private static List<string> CodeCells(string path)
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(path));
        return
        [
            .. notebook.RootElement.GetProperty("cells").EnumerateArray()
                .Where(c => c.GetProperty("cell_type").GetString() == "code")
                .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString()))),
        ];
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex CellId();

    [GeneratedRegex(@"^\s*using\s+(?<ns>ChildrensSocialCare\.Indicators(\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();
}
