using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Tests;

// The package's conventions (ARCHITECTURE.md): each public type in a file named after it, in the namespace its folder
// means.
public class PackageConventionTests
{
    [Fact]
    public void Public_types_are_in_files_named_after_them_and_in_their_folder_namespace()
    {
        var problems = PackageConventions.Violations(typeof(DataSet).Assembly, "Records");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // The core holds no markup (issue 11): it references no assembly beyond the BCL, and no string in its source
    // opens an HTML or SVG element; tables, HTML, SVG, JSON and CSV are the Reporting package's.
    [Fact]
    public void The_core_references_only_the_BCL()
    {
        var references = typeof(DataSet).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib", name));
    }

    [Fact]
    public void The_core_writes_no_markup()
    {
        var markup = new System.Text.RegularExpressions.Regex(@"""[^""\n]*<(html|svg|div|table|tr|td|th|span|p|ul|li|style|rect|path|text)[\s>/]", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var found = PackageConventions.SourceFiles("ChildrensSocialCare.Indicators")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && markup.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(found);
    }
}
