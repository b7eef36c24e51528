using ChildrensSocialCare.Indicators.Reporting;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

// What the sample notebooks (samples/notebooks) show: each is run once (shared with NotebookTests' theory) and its
// outputs and final variables are checked. The demo authority is synthetic and seeded, but these tests check relations
// that must hold for any data (annualisation, the drill-down matching its number), not the demo's values.
[Collection(NotebookCollection.Name)]
public sealed class SampleNotebookTests : IDisposable
{
    public SampleNotebookTests() => Formatter.ResetToDefault();

    public void Dispose() => Formatter.ResetToDefault();

    [Fact]
    public async Task The_walsall_notebook_shows_the_initial_assessment_table_with_the_year_to_date_rate_annualised()
    {
        var run = await Run("walsall-report.ipynb");

        var ytd = run.Variable<Scorecard>("initialAssessments");
        var before = run.Variable<Scorecard>("initialAssessmentsBefore");
        Assert.Equal(new ReportingPeriod(new DateOnly(2014, 4, 1), new DateOnly(2014, 9, 30)), ytd.Period);
        Assert.Equal(ReportingPeriod.Year(2014), before.Period);
        var rate = ytd["initial-assessments-rate"];
        Assert.True(rate.IsAnnualised);
        // Annualised by whole months (INDICATORS.md 1.4): count x 12 / 6 months / population x 10,000.
        Assert.Equal(rate.Numerator * 12 / 6 / rate.Denominator * 10_000, rate.Value!.Value, 10);

        var table = run.Html.Single(h => h.Contains("csc-scorecard", StringComparison.Ordinal) && h.Contains("data-indicator=\"initial-assessments-rate\"", StringComparison.Ordinal));
        var row = Row(table, "initial-assessments-rate");
        Assert.Contains(">" + rate.Display + "<", row);
        Assert.Contains("per 10,000 (annualised)", row);
        Assert.Contains(">" + before["initial-assessments-rate"].Display + " <", row);   // the Previous column: 2013-14
        Assert.Contains(">387.4 <", row);                                                 // England 2012-13, table 2.6
        Assert.Contains(">810.4 <", row);                                                 // Walsall Apr-Sep 2014, table 2.6
        Assert.Contains(">Previous<", table);
        foreach (var id in new[] { "initial-assessments-10wd", "initial-assessments-child-seen", "initial-assessments-child-seen-alone" })
        {
            Assert.Contains(">" + ytd[id].Display + "<", Row(table, id));
        }
    }

    [Fact]
    public async Task The_walsall_notebook_reproduces_walsalls_published_initial_assessment_rates()
    {
        var run = await Run("walsall-report.ipynb");

        // Walsall scrutiny report, November 2014, table 2.6: 892.5 per 10,000 in 2013-14 (5,676 initial assessments)
        // and 810.4 for April to September 2014 annualised (2,577).
        Assert.Equal("892.5", run.Variable<RatePer10000>("walsall2013_14").Format(1));
        Assert.Equal("810.4", run.Variable<RatePer10000>("walsallYearToDate").Format(1));
    }

    [Fact]
    public async Task The_walsall_notebook_compares_the_last_six_months_with_the_six_before_and_draws_its_charts()
    {
        var run = await Run("walsall-report.ipynb");

        var referrals = run.Variable<Scorecard>("referrals");
        var before = run.Variable<Scorecard>("referralsBefore");
        Assert.Equal(referrals.Period.Start, before.Period.End.AddDays(1));
        Assert.Equal(6, before.Period.WholeMonths);
        Assert.True(referrals["referrals-rate"].IsAnnualised);
        Assert.True(before["referrals-rate"].IsAnnualised);

        // Contacts (2.7), care leavers (2.10), sickness (2.15), looked after (2.17), looked after and 3+ placements (2.18).
        Assert.True(run.Html.Count(h => h.Contains("<svg", StringComparison.Ordinal)) >= 5);
        Assert.Contains(run.Html, h => h.Contains("csc-chart csc-bars-line", StringComparison.Ordinal)
            && h.Contains("data-series=\"Children looked after\"", StringComparison.Ordinal)
            && h.Contains("data-series=\"With 3 or more placements in the last 12 months\"", StringComparison.Ordinal));
        Assert.Contains(run.Html, h => h.Contains("csc-explanation", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Html, h => h.Contains("NaN", StringComparison.Ordinal));

        var lookedAfter = run.Variable<TimeSeries>("lookedAfter");
        Assert.Equal(12, lookedAfter.Count);
        Assert.Equal(new DateOnly(2014, 10, 31), lookedAfter[^1].Period.End);
    }

    [Fact]
    public async Task The_stability_notebook_drill_down_lists_as_many_children_as_the_numerator()
    {
        var run = await Run("placement-stability.ipynb");

        var threePlus = run.Variable<IndicatorResult>("threePlus");
        var children = run.Variable<List<string>>("children");
        Assert.Equal("cla-3plus-placements", threePlus.Id);
        Assert.True(children.Count > 0);
        Assert.Equal(threePlus.Numerator, children.Count);
        Assert.Equal(children.Count, run.Variable<Dictionary<string, int>>("placementsByChild").Count);

        // Each child listed is looked after at 31 March 2015 and had 3 or more placements (carer spells) overlapping
        // 2014-15, read from DataSet.Placements and PeriodsOfCare rather than from the explanation.
        var data = run.Variable<DataSet>("data");
        var year = ReportingPeriod.Year(2015);
        foreach (var child in children)
        {
            Assert.Contains(data.PeriodsOfCare(child), p => p.Start <= year.End && (p.End is null || p.End > year.End));
            Assert.True(data.Placements(child).Count(p => p.Start <= year.End && (p.End is null || p.End > year.Start) && p.Start != p.End) >= 3, child);
        }
    }

    [Fact]
    public async Task The_stability_notebook_reads_the_written_return_back_and_needs_the_earlier_returns_for_long_term_stability()
    {
        var run = await Run("placement-stability.ipynb");

        var lastReturn = run.Variable<Formats.ReadResult>("lastReturn");
        Assert.Equal([2015], lastReturn.Returns.Select(r => r.CollectionYear));
        Assert.Equal(0, lastReturn.Rejected);
        Assert.Contains(run.Html, h => h.Contains(Formats.DiagnosticCodes.ValueMissing, StringComparison.Ordinal));

        var returns = run.Variable<Formats.ReadResult>("returns");
        Assert.Equal([2012, 2013, 2014, 2015], returns.Returns.Select(r => r.CollectionYear));

        // 3+ placements looks only at the year (and the placement current at its start); long-term stability looks
        // back two and a half years, so with one return its denominator loses the children whose earlier episodes
        // are only in earlier returns.
        var alone = run.Variable<Scorecard>("fromLastReturn");
        var all = run.Variable<Scorecard>("stability");
        Assert.Equal(all["cla-3plus-placements"].Numerator, alone["cla-3plus-placements"].Numerator);
        Assert.Equal(all["cla-3plus-placements"].Denominator, alone["cla-3plus-placements"].Denominator);
        Assert.True(all["cla-long-term-stability"].Denominator > alone["cla-long-term-stability"].Denominator);

        Assert.False(Directory.Exists(run.Variable<string>("folder")));
    }

    [Fact]
    public async Task The_stability_notebook_counts_more_moves_when_any_placement_change_starts_a_placement()
    {
        var run = await Run("placement-stability.ipynb");

        var carer = run.Variable<Scorecard>("stability");
        var any = run.Variable<Scorecard>("stabilityAny");
        Assert.Equal(PlacementChange.AnyPlacementChange, any.Options.PlacementChange);
        Assert.True(any["cla-3plus-placements"].Numerator >= carer["cla-3plus-placements"].Numerator);
        Assert.True(any["cla-long-term-stability"].Numerator <= carer["cla-long-term-stability"].Numerator);

        var data = run.Variable<DataSet>("data");
        var child = run.Variable<string>("child");
        Assert.True(data.Placements(child, PlacementChange.AnyPlacementChange).Count >= data.Placements(child).Count);
        var onlyUnderAny = run.Variable<List<string>>("onlyUnderAny");
        Assert.Equal(any["cla-3plus-placements"].Numerator - carer["cla-3plus-placements"].Numerator, onlyUnderAny.Count);
    }

    [Fact]
    public async Task The_year_on_year_table_has_a_previous_column_and_the_england_figures_with_their_source_and_year()
    {
        var run = await Run("year-on-year.ipynb");

        var current = run.Variable<Scorecard>("current");
        var previous = run.Variable<Scorecard>("previous");
        Assert.Equal(ReportingPeriod.Year(2015), current.Period);
        Assert.Equal(ReportingPeriod.Year(2014), previous.Period);
        Assert.Equal(Catalogue.All.Count, current.Count);

        var england = run.Variable<IReadOnlyList<Comparator>>("england");
        Assert.Equal(14, england.Count);   // samples/Scorecard/england.json
        Assert.All(england, c => Assert.False(string.IsNullOrWhiteSpace(c.Source) || string.IsNullOrWhiteSpace(c.Year)));

        var table = run.Html.Single(h => h.Contains("csc-scorecard", StringComparison.Ordinal));
        Assert.Contains(">Previous<", table);
        foreach (var result in current.Where(r => r.Unit != Unit.Count))   // counts are shown with thousands separators
        {
            var row = Row(table, result.Id);
            if (previous[result.Id].IsAvailable)
            {
                // A previous figure without a value (a zero denominator: the synthetic authority writes no OC2 rows
                // yet) is shown bare, with no comparison after it.
                Assert.Contains(previous[result.Id].Value is null ? ">n/a<" : ">" + previous[result.Id].Display + " <", row);
            }
        }

        // Re-referrals (lower is better) are judged against the previous year in the table as in the count.
        var judgements = run.Variable<List<(IndicatorResult Result, Judgement Judgement)>>("judgements");
        Assert.Equal(current.Count, judgements.Count);
        var reReferrals = judgements.Single(j => j.Result.Id == "re-referrals-12m");
        var reReferralsRow = Row(table, "re-referrals-12m");
        var expected = reReferrals.Judgement switch
        {
            Judgement.Better => "csc-better",
            Judgement.Worse => "csc-worse",
            Judgement.Similar => "csc-similar",
            _ => "csc-same",
        };
        var previousJudgement = reReferralsRow.IndexOf("csc-judgement ", StringComparison.Ordinal);   // the first comparison column
        Assert.StartsWith("csc-judgement " + expected, reReferralsRow[previousJudgement..]);
    }

    [Fact]
    public async Task The_year_on_year_notebook_charts_four_years_and_writes_a_report()
    {
        var run = await Run("year-on-year.ipynb");

        var trends = run.Variable<List<TimeSeries>>("trends");
        Assert.All(trends, s => Assert.Equal(4, s.Count));
        Assert.Contains(run.Html, h => h.Contains("csc-line", StringComparison.Ordinal) && h.Contains(trends[0].Indicator.Title, StringComparison.Ordinal));

        var path = run.Variable<string>("reportPath");
        try
        {
            var page = await File.ReadAllTextAsync(path);
            Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("csc-scorecard", page);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task How_do_we_compare_sets_the_demo_beside_the_published_figures_of_its_year_ranks_it_and_draws_a_funnel()
    {
        var run = await Run("how-do-we-compare.ipynb");

        var card = run.Variable<Scorecard>("card");
        Assert.Equal(ReportingPeriod.Year(2025), card.Period);
        var comparators = card.SelectMany(r => r.Comparisons).Select(c => c.Comparator).ToList();
        Assert.Contains(comparators, c => c.Kind == ComparatorKind.Region && c.Name == "West Midlands");
        Assert.Contains(comparators, c => c.Kind == ComparatorKind.StatisticalNeighbours);
        // Of the year scored only (spec section 7).
        Assert.All(comparators, c => Assert.Equal("2024-25", c.Year));

        // England's comparator ranks the demo among every authority (151 with a 2025 looked-after rate, Walsall's
        // place taken by the demo's figure: RankTests in the Formats tests).
        var claRate = card["cla-rate"].Comparisons.Single(c => c.Comparator.Kind == ComparatorKind.England).Comparator;
        Assert.Equal(151, claRate.Of);
        Assert.InRange(claRate.Rank!.Value, 1, 151);

        var funnel = run.Variable<FunnelPlot>("funnel");
        Assert.Single(funnel.Points, p => p.Highlighted);
        Assert.True(funnel.Points.Count > 100, $"{funnel.Points.Count} points");
        Assert.Contains(run.Html, h => h.StartsWith("<svg class=\"csc-chart csc-funnel\"", StringComparison.Ordinal));
        Assert.Contains(run.Html, h => h.Contains("csc-scorecard", StringComparison.Ordinal) && h.Contains("csc-rank", StringComparison.Ordinal));
    }

    private static async Task<NotebookRun> Run(string fileName) =>
        (await NotebookRunner.RunOnceAsync(Repository.SampleNotebook(fileName))).AssertSucceeded();

    // The row of one indicator in a scorecard table.
    private static string Row(string table, string id)
    {
        var start = table.IndexOf("data-indicator=\"" + id + "\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no row for " + id);
        var end = table.IndexOf("</tr>", start, StringComparison.Ordinal);
        return table[start..end];
    }
}
