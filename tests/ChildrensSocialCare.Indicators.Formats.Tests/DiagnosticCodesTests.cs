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

    [Fact]
    public void No_code_is_also_a_code_of_the_core()
    {
        var core = DiagnosticCodeClass.Constants(typeof(IndicatorDiagnosticCodes)).Select(c => c.Code);
        Assert.Empty(s_codes.Select(c => c.Code).Intersect(core, StringComparer.Ordinal));
    }
}
