using System.Text.RegularExpressions;
using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// The readers' and writers' diagnostic codes are documented constants in one place (DiagnosticCodes), docs/formats.md
// lists exactly them, and none is also a code of the core (IndicatorDiagnosticCodes).
public class DiagnosticCodesTests
{
    private static readonly IReadOnlyList<(string Name, string Code)> s_codes = DiagnosticCodeClass.Constants(typeof(DiagnosticCodes));

    [Fact]
    public void Every_code_is_unique_dotted_and_documented()
    {
        var summaries = DiagnosticCodeClass.Summaries(typeof(DiagnosticCodes));
        Assert.NotEmpty(s_codes);
        Assert.Equal(s_codes.Count, s_codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(s_codes, c => Assert.True(DiagnosticCodeClass.IsWellFormed(c.Code), c.Code));
        Assert.All(s_codes, c => Assert.NotEqual("", summaries[c.Name]));
    }

    [Fact]
    public void The_formats_document_lists_every_code_and_no_other()
    {
        Assert.Equal(s_codes.Select(c => c.Code).Order(StringComparer.Ordinal), DiagnosticCodeClass.Listed("docs/formats.md").Order(StringComparer.Ordinal));
    }

    // The findings table of docs/formats.md (| Code | Severity | Meaning | Example |): every row has an example.
    [Fact]
    public void Every_code_in_the_formats_document_has_an_example()
    {
        var lines = File.ReadLines(Path.Combine(RepositoryRoot.Find(), "docs", "formats.md"))
            .SkipWhile(l => !l.StartsWith("| Code | Severity | Meaning | Example |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(l => l.StartsWith('|'))
            .ToList();

        Assert.Equal(s_codes.Count, lines.Count);
        Assert.All(lines, line =>
        {
            // Cells split at bars not escaped (\|); the row starts and ends with a bar.
            var cells = Regex.Split(line.Trim(), @"(?<!\\)\|")[1..^1].Select(c => c.Trim()).ToList();
            Assert.True(cells.Count == 4, line);
            Assert.True(cells[3].Length > 0 && cells[3] != "TODO", line);
        });
    }

    [Fact]
    public void No_code_is_also_a_code_of_the_core()
    {
        var core = DiagnosticCodeClass.Constants(typeof(IndicatorDiagnosticCodes)).Select(c => c.Code);
        Assert.Empty(s_codes.Select(c => c.Code).Intersect(core, StringComparer.Ordinal));
    }
}
