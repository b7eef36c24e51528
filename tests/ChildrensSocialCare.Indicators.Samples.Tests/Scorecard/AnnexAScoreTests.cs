using System.Globalization;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// scorecard --annex-a FILE.xlsx: the demo authority written as the Annex A workbook of 31 January 2015 (AnnexAExtract,
// AnnexAWorkbook.Write) and scored: the inspection measures, then the indicators the lists allow, in every format.
public sealed class AnnexAScoreTests : IDisposable
{
    private static readonly Lazy<SyntheticAuthority> s_authority = new(() => DemoFiles.Authority(ScorecardRun.SmallDemo));

    private readonly TempFolder _work = new("annexa");

    [Fact]
    public void An_Annex_A_workbook_gives_the_inspection_scorecard_as_JSON_with_the_same_figures_as_the_library()
    {
        var (file, population, expected) = Workbook();

        var json = ScorecardRun.Run("--annex-a", file, "--reference-date", "2015-01-31", "--population", population, "--format", "json").Json();

        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal([.. Catalogue.Inspection.Select(d => d.Id), .. Catalogue.ByFamily.Where(d => d.FromAnnexA).Select(d => d.Id)],
            indicators.Select(i => i.GetProperty("id").GetString()));
        foreach (var i in indicators)
        {
            // The scorecard is of the 6-month window: an indicator of another window (the 12-month placements) is
            // not available, with its reason.
            var result = expected[i.GetProperty("id").GetString()!];
            Assert.Equal(result.IsAvailable, i.GetProperty("available").GetBoolean());
            if (result.IsAvailable)
            {
                Assert.Equal(result.Numerator, i.GetProperty("numerator").GetDecimal());
            }
        }
    }

    [Fact]
    public void The_table_and_CSV_formats_print_the_measures_and_a_period_outside_the_window_is_bad_input()
    {
        var (file, population, _) = Workbook();

        var html = _work.Path("inspection.html");
        var table = ScorecardRun.Run("--annex-a", file, "--reference-date", "2015-01-31", "--population", population, "--html", html).Succeeded();
        Assert.Contains("Children in care visited in the last 6 weeks", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Contains("Ofsted Annex A", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("cla-visited-6-weeks", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("Scorecard: 1 August 2014 to 31 January 2015", table.Stdout, StringComparison.Ordinal);

        var csv = ScorecardRun.Run("--annex-a", file, "--reference-date", "2015-01-31", "--format", "csv").Succeeded();
        Assert.Contains("cpp-review-in-time", csv.Stdout, StringComparison.Ordinal);

        var outside = ScorecardRun.Run("--annex-a", file, "--reference-date", "2015-01-31", "--period", "2014-04-01..2015-01-31");
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("reaches outside the Annex A lists' window, 2014-08-01 to 2015-01-31", outside.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_Annex_A_workbook_and_conflicting_options_exit_2()
    {
        var notXlsx = _work.Write("not.xlsx", "this is not a zip");
        var bad = ScorecardRun.Run("--annex-a", notXlsx);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--annex-a: no Annex A rows could be read", bad.Stderr, StringComparison.Ordinal);

        Assert.Equal(2, ScorecardRun.Run("--annex-a", _work.Path("missing.xlsx")).ExitCode);
        Assert.Equal(2, ScorecardRun.Run("--annex-a", notXlsx, "--year", "2015").ExitCode);
        Assert.Equal(2, ScorecardRun.Run("--reference-date", "2015-01-31").ExitCode);
    }

    public void Dispose() => _work.Dispose();

    // The demo authority's Annex A workbook of 31 January 2015, its population, and the library's own results.
    private (string File, string Population, Dictionary<string, IndicatorResult> Expected) Workbook()
    {
        var authority = s_authority.Value;
        var reference = new DateOnly(2015, 1, 31);
        var lists = AnnexAExtract.From(DataSet.Create(authority.Records), reference);
        var file = _work.Path("annex-a.xlsx");
        AnnexAWorkbook.Write(lists, file);
        var annexA = AnnexADataSet.Create(AnnexAWorkbook.Read(file).Lists, reference);
        var expected = Catalogue.Inspection.Concat(Catalogue.ByFamily.Where(d => d.FromAnnexA))
            .ToDictionary(d => d.Id, d => annexA.Evaluate(d, annexA.Window, authority.EvaluationOptions));
        return (file, authority.Population.ToString(CultureInfo.InvariantCulture), expected);
    }
}
