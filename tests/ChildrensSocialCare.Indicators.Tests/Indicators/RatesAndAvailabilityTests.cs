using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// Rates per 10,000, annualisation, a missing population, and zero denominators (INDICATORS.md 1.4).
public class RatesAndAvailabilityTests
{
    private static readonly string[] RateIds =
        ["referrals-rate", "initial-assessments-rate", "assessments-rate", "s47-rate", "cin-rate", "cpp-rate", "cla-rate",
         "cla-started-rate", "cpp-started-rate", "icpc-rate"];

    private static readonly string[] AnnualisableIds =
        ["referrals-rate", "initial-assessments-rate", "assessments-rate", "s47-rate", "cla-started-rate", "cpp-started-rate", "icpc-rate"];

    [Theory]
    [InlineData("2015-01-01", "2015-01-31", 30)]    // 1 month: 3 x 12 / 1 / 12,000 x 10,000 = 30.0
    [InlineData("2014-04-01", "2014-09-30", 5)]     // 6 months (and 3 assessments in them): 3 x 12 / 6 / 12,000 x 10,000 = 5.0
    [InlineData("2016-02-01", "2016-02-29", 30)]    // a leap February is one whole month
    [InlineData("2014-04-01", "2015-03-31", 2.5)]   // 12 months: 3 / 12,000 x 10,000 = 2.5, as without annualising
    public void Annualised_rate_is_count_times_12_over_whole_months(string start, string end, double expected)
    {
        var period = Period(start, end);
        var b = new ReturnBuilder();
        foreach (var day in new[] { period.Start, period.Start.AddDays(10), period.End })
        {
            b.Assessment("A", day.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var options = EvaluationOptions.Default.WithPopulation(12_000) with { Annualise = true };
        var result = b.Evaluate("assessments-rate", period, options);

        Assert.True(result.IsAnnualised);
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(12_000m, result.Denominator);
        Assert.Equal((decimal)expected, result.Value);
    }

    [Fact]
    public void Annualising_a_period_that_is_not_whole_months_is_not_available_and_other_indicators_still_evaluate()
    {
        var data = new ReturnBuilder().Referral("A", "2014-05-01").Referral("A", "2014-06-01").ToDataSet();
        var period = Period("2014-04-01", "2014-09-15");
        var options = EvaluationOptions.Default.WithPopulation(10_000) with { Annualise = true };

        var card = data.Scorecard(period, options);

        foreach (var id in AnnualisableIds)
        {
            Assert.False(card[id].IsAvailable, id);
            Assert.Contains("cannot annualise", card[id].NotAvailableReason, StringComparison.Ordinal);
            Assert.Equal("n/a", card[id].Display);
            Assert.Equal(DisclosureControl.NotAvailable, card[id].Present(DisclosureControl.LocalAuthority));
        }

        // Snapshots are never annualised, so they are available; so are percentages (1 Jun re-refers 1 May: 1 / 2).
        Assert.True(card["cin-rate"].IsAvailable);
        Assert.False(card["cin-rate"].IsAnnualised);
        Assert.Equal(50m, card["re-referrals-12m"].Value);
        Assert.False(card["re-referrals-12m"].IsAnnualised);
        Assert.Equal(AnnualisableIds.Order(), card.Diagnostics.Where(d => d.Code == "evaluation.not-available").Select(d => d.Message.Split(' ')[0]).Order());
    }

    [Fact]
    public void A_rate_without_a_population_is_not_available_and_the_scorecard_names_every_such_indicator()
    {
        var card = RichData.Create().Scorecard(RichData.Period);

        foreach (var id in RateIds)
        {
            Assert.False(card[id].IsAvailable, id);
            Assert.Contains("Population", card[id].NotAvailableReason, StringComparison.Ordinal);
            Assert.Null(card[id].Value);
        }

        Assert.All(card.Where(r => !RateIds.Contains(r.Id)), r => Assert.True(r.IsAvailable, r.Id));
        var diagnostic = Assert.Single(card.Diagnostics);
        Assert.Equal("evaluation.population-missing", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.All(RateIds, id => Assert.Contains(id, diagnostic.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalogue_marks_exactly_the_rates_as_needing_a_population_and_the_flow_rates_as_annualisable()
    {
        Assert.Equal(RateIds, Catalogue.All.Where(d => d.RequiresPopulation).Select(d => d.Id));
        Assert.Equal(AnnualisableIds, Catalogue.All.Where(d => d.IsAnnualisable).Select(d => d.Id));
    }

    [Fact]
    public void Zero_denominators_give_no_value_and_n_a_never_an_exception()
    {
        var empty = DataSet.Create(new Records.RecordSet());

        var card = empty.Scorecard(ReportingPeriod.Year(2014), EvaluationOptions.Default.WithPopulation(10_000));

        Assert.Empty(card.Diagnostics);
        foreach (var result in card.Where(r => r.Unit is Unit.Percentage or Unit.Days))
        {
            Assert.True(result.IsAvailable, result.Id);
            Assert.Equal(0m, result.Denominator);
            Assert.Null(result.Value);
            Assert.Equal("n/a", result.Display);
            Assert.Equal(DisclosureControl.NotApplicable, result.Present(DisclosureControl.LocalAuthority));
        }

        // Rates of nothing are 0 per 10,000; the count of contacts is 0.
        Assert.All(card.Where(r => r.Unit is Unit.RatePer10000 or Unit.Count), r => Assert.Equal(0m, r.Value));
    }

    [Fact]
    public void A_population_of_zero_makes_a_rate_not_applicable()
    {
        var result = new ReturnBuilder().Referral("A", "2014-05-01").Evaluate("referrals-rate", ReportingPeriod.Year(2015),
            EvaluationOptions.Default.WithPopulation(0));

        Assert.True(result.IsAvailable);
        Assert.Null(result.Value);
        Assert.Equal("n/a", result.Display);
    }

    [Fact]
    public void Values_are_kept_unrounded_and_shown_rounded_half_away_from_zero()
    {
        // 1 NFA referral of 16: 6.25% exactly; shown to 1 dp as 6.3 (banker's rounding would give 6.2).
        var referrals = new ReturnBuilder();
        for (var i = 0; i < 16; i++)
        {
            referrals.Referral("R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "2014-05-01", nfa: i == 0);
        }

        // 1 care leaver in touch of 8: 12.5% exactly; shown as a whole number, 13 (banker's: 12).
        var leavers = new ReturnBuilder();
        for (var i = 0; i < 8; i++)
        {
            leavers.CareLeaver("L" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "1994-06-01", inTouch: i == 0 ? "YES" : "NO");
        }

        var nfa = referrals.Evaluate("referrals-nfa", ReportingPeriod.Year(2015));
        var inTouch = leavers.Evaluate("care-leavers-in-touch", ReportingPeriod.Year(2014));

        Assert.Equal(6.25m, nfa.Value);
        Assert.Equal("6.3", nfa.Display);
        Assert.Equal(12.5m, inTouch.Value);
        Assert.Equal("13", inTouch.Display);
    }
}
