using ChildrensSocialCare.Indicators.Records;
using static ChildrensSocialCare.Indicators.Tests.Indicators.AnnexA.InspectionMeasureTests;

namespace ChildrensSocialCare.Indicators.Tests.Indicators.AnnexA;

// The indicators of sections 2 and 8 from Annex A lists (specification 9.2), at d = 31 January 2024: the window is
// 1 August 2023 to 31 January 2024 (6 months), 1 February 2023 to 31 January 2024 for List 10 (12 months).
public class AnnexADataSetTests
{
    private static readonly DateOnly Reference = D("2024-01-31");

    private static readonly EvaluationOptions Options = EvaluationOptions.Default with { Population = 10_000, Annualise = true };

    private static AnnexALists Lists() => new()
    {
        Referrals =
        [
            // A: two listed referrals; the list says 1 referral in the 12 months before the latest: both judged, the
            // latest by the list's number (a re-referral), the earlier by the list's own history (none before it).
            new AnnexAReferral(new AnnexAChild("A"), D("2023-09-01")) { ReferralsInLast12Months = 1, NoFurtherAction = true },
            new AnnexAReferral(new AnnexAChild("A"), D("2023-12-01")) { ReferralsInLast12Months = 1 },
            // B: one referral, 2 earlier referrals in the 12 months before it (outside the window): a re-referral the
            // returns' history could not see.
            new AnnexAReferral(new AnnexAChild("B"), D("2023-10-01")) { ReferralsInLast12Months = 2 },
            // C: the first referral in 12 months: not a re-referral.
            new AnnexAReferral(new AnnexAChild("C"), D("2024-01-15")) { ReferralsInLast12Months = 0 },
        ],
        ChildrenInNeed =
        [
            // C's episode is its referral, open at d; A's latest closed on 20 January; D began before the window, open.
            new AnnexAChildInNeed(new AnnexAChild("C")) { StartDate = D("2024-01-15") },
            new AnnexAChildInNeed(new AnnexAChild("A")) { StartDate = D("2023-12-01"), ClosureDate = D("2024-01-20") },
            new AnnexAChildInNeed(new AnnexAChild("D")) { StartDate = D("2022-05-01") },
        ],
        ChildProtectionPlans =
        [
            Plan("D", "2023-09-01") with { PreviousPlans = 1 },   // started in the period, a second plan
            Plan("E", "2023-10-01") with { PreviousPlans = 0 },   // started in the period, the first
            Plan("F", "2022-01-01") with { EndDate = D("2023-11-01") },
        ],
        ChildrenInCare =
        [
            InCare("G", "2020-01-01", "2012-03-01") with { PlacementStart = D("2021-06-01"), PlacementsInLast12Months = 3, LegalStatus = new LegalStatus("C2"), Placement = new PlacementType("U1") },
            InCare("H", "2023-11-01", "2015-03-01") with { Uasc = true, PlacementsInLast12Months = 1, LegalStatus = new LegalStatus("V2"), Placement = new PlacementType("U4") },
            InCare("I", "2019-01-01", "2010-03-01") with { PeriodEnd = D("2023-12-01"), ReasonCeased = new ReasonEpisodeCeased("E13") },
        ],
    };

    [Fact]
    public void The_indicators_whose_inputs_the_lists_hold_evaluate_from_them_over_the_window()
    {
        var data = AnnexADataSet.Create(Lists(), Reference);
        Assert.Equal(new ReportingPeriod(D("2023-08-01"), Reference), data.Window);
        Assert.False(data.IsReferenceDateInferred);
        IndicatorResult Of(string id) => data.Evaluate(Catalogue.Get(id), options: Options);

        // 4 referrals in the 6 months, annualised: 4 x 12 / 6 / 10,000 x 10,000 = 8.0 per 10,000.
        Assert.Equal((4m, 8m), (Of("referrals-rate").Numerator, Of("referrals-rate").Value));
        Assert.True(Of("referrals-rate").IsAnnualised);

        // Re-referrals: A's latest (list number 1) and B's (2); A's first has no earlier listed referral; C's is 0.
        Assert.Equal((2m, 4m), (Of("re-referrals-12m").Numerator, Of("re-referrals-12m").Denominator));

        // NFA: 1 of the 4 referrals.
        Assert.Equal((1m, 4m), (Of("referrals-nfa").Numerator, Of("referrals-nfa").Denominator));

        // Children in need at d: C and D (A's episode closed on 20 January; A's first referral is taken as closed).
        Assert.Equal(2m, Of("cin-rate").Numerator);

        // Plans at d: D and E; of the plans started in the period, D's is a second plan.
        Assert.Equal(2m, Of("cpp-rate").Numerator);
        Assert.Equal((1m, 2m), (Of("cpp-second-subsequent").Numerator, Of("cpp-second-subsequent").Denominator));

        // Looked after at d: G and H; H is unaccompanied.
        Assert.Equal(2m, Of("cla-rate").Numerator);
        Assert.Equal((1m, 2m), (Of("cla-uasc-share").Numerator, Of("cla-uasc-share").Denominator));

        // Three or more placements, over its default period, the 12 months to d: G (3) of G and H (1).
        Assert.Equal((1m, 2m), (Of("cla-3plus-placements").Numerator, Of("cla-3plus-placements").Denominator));

        // Long-term stability: G (under 16, looked after since 2020, placed since June 2021, more than 2 years) is
        // stable; H has been looked after under 2.5 years and is left out.
        Assert.Equal((1m, 1m), (Of("cla-long-term-stability").Numerator, Of("cla-long-term-stability").Denominator));
    }

    [Fact]
    public void An_indicator_whose_inputs_the_lists_lack_is_not_available_with_the_reason()
    {
        var data = AnnexADataSet.Create(Lists(), Reference);
        foreach (var d in Catalogue.All.Where(d => !d.FromAnnexA))
        {
            var result = data.Evaluate(d, options: Options);
            Assert.False(result.IsAvailable, d.Id);
            Assert.Contains("not available from Ofsted Annex A", result.NotAvailableReason, StringComparison.Ordinal);
        }

        var scorecard = data.Scorecard(Catalogue.All, options: Options);
        Assert.Contains(scorecard.Diagnostics, x => x.Code == IndicatorDiagnosticCodes.EvaluationNotAvailable && x.Message.StartsWith("contacts-outcomes is not available from Ofsted Annex A", StringComparison.Ordinal));
    }

    [Fact]
    public void A_period_reaching_outside_the_window_is_an_error_that_says_so()
    {
        var data = AnnexADataSet.Create(Lists(), Reference);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => data.Evaluate(Catalogue.Get("referrals-rate"), ReportingPeriod.TwelveMonthsEnding(Reference), Options));
        Assert.Contains("reaches outside the Annex A lists' window, 2023-08-01 to 2024-01-31", error.Message, StringComparison.Ordinal);

        // Inside the window, a flow can end earlier; a snapshot is taken at the reference date only.
        var autumn = new ReportingPeriod(D("2023-09-01"), D("2023-11-30"));
        Assert.Equal(2m, data.Evaluate(Catalogue.Get("referrals-rate"), autumn, Options).Numerator);
        var snapshot = data.Evaluate(Catalogue.Get("cpp-rate"), autumn, Options);
        Assert.False(snapshot.IsAvailable);
        Assert.Contains("does not end at the reference date", snapshot.NotAvailableReason, StringComparison.Ordinal);

        // cla-3plus-placements reads List 8's 12-month count: the 12 months to d only.
        Assert.Equal(new ReportingPeriod(D("2023-02-01"), Reference), data.DefaultPeriod(Catalogue.Get("cla-3plus-placements")));
        var sixMonths = data.Evaluate(Catalogue.Get("cla-3plus-placements"), data.Window, Options);
        Assert.Contains("only over the 12 months to the reference date", sixMonths.NotAvailableReason, StringComparison.Ordinal);

        // Adoption measures have the 12-month window of List 10.
        Assert.Equal(new ReportingPeriod(D("2023-02-01"), Reference), data.DefaultPeriod(Catalogue.Get("adoption-order-to-match-days")));
    }

    [Fact]
    public void Without_a_reference_date_the_latest_date_of_the_lists_is_used_with_a_warning()
    {
        var data = AnnexADataSet.Create(Lists());

        // The latest event date is the closure of A's episode, 20 January 2024 (dates of birth are not event dates).
        Assert.True(data.IsReferenceDateInferred);
        Assert.Equal(D("2024-01-20"), data.ReferenceDate);
        Assert.Contains(data.Diagnostics, x => x.Code == IndicatorDiagnosticCodes.AnnexAReferenceDateInferred && x.Severity == DiagnosticSeverity.Warning);
        Assert.Throws<ArgumentException>(() => AnnexADataSet.Create(new AnnexALists()));
    }

    [Fact]
    public void A_period_from_the_day_after_a_date_n_months_before_its_end_spans_n_months()
    {
        Assert.Equal(6, new ReportingPeriod(D("2023-08-01"), D("2024-01-31")).Months);
        Assert.Equal(6, new ReportingPeriod(D("2023-07-16"), D("2024-01-15")).Months);
        Assert.Null(new ReportingPeriod(D("2023-07-17"), D("2024-01-15")).Months);
    }
}
