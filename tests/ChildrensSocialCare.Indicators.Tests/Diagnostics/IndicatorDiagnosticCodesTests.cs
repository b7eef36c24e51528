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
}
