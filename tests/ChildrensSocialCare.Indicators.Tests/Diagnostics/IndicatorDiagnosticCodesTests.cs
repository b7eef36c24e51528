using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Tests.Diagnostics;

// The core's diagnostic codes are documented constants in one place (IndicatorDiagnosticCodes) and docs/diagnostics.md
// lists exactly them.
public class IndicatorDiagnosticCodesTests
{
    private static readonly IReadOnlyList<(string Name, string Code)> s_codes = DiagnosticCodeClass.Constants(typeof(IndicatorDiagnosticCodes));

    [Fact]
    public void Every_code_is_unique_and_dotted()
    {
        Assert.NotEmpty(s_codes);
        Assert.Equal(s_codes.Count, s_codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(s_codes, c => Assert.True(DiagnosticCodeClass.IsWellFormed(c.Code), c.Code));
    }

    [Fact]
    public void Every_code_is_documented_with_its_severity()
    {
        var summaries = DiagnosticCodeClass.Summaries(typeof(IndicatorDiagnosticCodes));
        Assert.All(s_codes, c => Assert.Matches("^(Warning|Error|Information): ", summaries[c.Name]));
    }

    [Fact]
    public void The_diagnostics_document_lists_every_code_and_no_other()
    {
        Assert.Equal(s_codes.Select(c => c.Code).Order(StringComparer.Ordinal), DiagnosticCodeClass.Listed("docs/diagnostics.md").Order(StringComparer.Ordinal));
    }

    // A diagnostic's code is always one of the constants: no `new Diagnostic(severity, "literal", ...)` in the core.
    [Fact]
    public void The_core_writes_no_diagnostic_code_as_a_literal()
    {
        var source = Path.Combine(RepositoryRoot.Find(), "src", "ChildrensSocialCare.Indicators");
        var literals = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(source, f), Line: i + 1, Text: line)))
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l.Text, @"new Diagnostic\(\s*DiagnosticSeverity\.\w+,\s*""", System.Text.RegularExpressions.RegexOptions.None))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(literals);
    }
}
