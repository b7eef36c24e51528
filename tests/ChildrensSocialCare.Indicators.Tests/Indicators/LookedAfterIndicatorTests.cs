using ChildrensSocialCare.Indicators.Records;
using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// cla-rate, cla-3plus-placements and cla-long-term-stability, and the periods of care and placements they rest on
// (INDICATORS.md section 2, "Looked-after episodes").
public class LookedAfterIndicatorTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);
    private static readonly EvaluationOptions AnyChange = EvaluationOptions.Default with { PlacementChange = PlacementChange.AnyPlacementChange };

    // ---- cla-rate ----

    [Fact]
    public void Looked_after_rate_counts_distinct_children_with_an_episode_open_at_the_period_end()
    {
        var result = new ReturnBuilder()
            .Care("A", "2013-01-01").Then("2013-06-01", "P", "U2").Open()       // open, two episodes: once
            .Care("B", "2013-01-01").Ends("2014-03-31", "E13")                  // ended on the period end: not looked after
            .Care("C", "2013-01-01").Ends("2014-04-01", "E13")                  // ended the day after: looked after
            .Care("D", "2014-03-31").Open()                                     // started on the period end: looked after
            .Care("E", "2014-01-01", legalStatus: "V3").Open()                  // short breaks: ignored entirely
            .Care("F", "2014-01-01", legalStatus: "v4 ").Open()                 // codes are trimmed and case-blind
            .Care("G", "2014-04-01").Open()                                     // after the period end
            .Evaluate("cla-rate", Y2014, EvaluationOptions.Default.WithPopulation(15_000));

        // A, C, D: 3 / 15,000 x 10,000 = 2 per 10,000 (whole number).
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(2m, result.Value);
        Assert.Equal("2", result.Display);
    }

    // ---- periods of care ----

    [Fact]
    public void An_X1_chain_is_one_period_of_care_and_any_other_reason_ends_it()
    {
        var data = new ReturnBuilder()
            .Care("A", "2010-01-01", legalStatus: "C1").Then("2011-01-01", "L", legalStatus: "C2").Then("2012-01-01", "P", "U2")
                .Ends("2013-01-01", "E13")
            // Another reason (E13) ends care even when the next episode starts the same day.
            .Care("A", "2013-01-01", "U3").Open()
            .ToDataSet();

        var periods = data.PeriodsOfCare("A");

        Assert.Equal(2, periods.Count);
        Assert.Equal((D("2010-01-01"), D("2013-01-01"), 3), (periods[0].Start, periods[0].End!.Value, periods[0].Episodes.Count));
        Assert.Equal((D("2013-01-01"), (DateOnly?)null), (periods[1].Start, periods[1].End));
        Assert.Empty(data.Diagnostics);
    }

    [Fact]
    public void An_X1_followed_by_a_gap_ends_the_period_of_care_with_a_diagnostic()
    {
        var data = new ReturnBuilder()
            .Episode("A", "2010-01-01", "S", dec: "2012-01-01", rec: "X1")
            .Episode("A", "2012-01-05", "L")
            .ToDataSet();

        Assert.Equal([D("2010-01-01"), D("2012-01-05")], data.PeriodsOfCare("A").Select(p => p.Start));
        var diagnostic = Assert.Single(data.Diagnostics);
        Assert.Equal("episodes.x1-gap", diagnostic.Code);
        Assert.Equal("A", diagnostic.ChildId);
    }

    [Fact]
    public void Short_break_episodes_belong_to_no_period_of_care()
    {
        var data = new ReturnBuilder()
            .Episode("A", "2011-01-01", "S", legalStatus: "V3", dec: "2011-01-05", rec: "E8")
            .Episode("A", "2011-02-01", "S", legalStatus: "V4", dec: "2011-02-03", rec: "X1")
            .Care("A", "2012-01-01").Open()
            .ToDataSet();

        var period = Assert.Single(data.PeriodsOfCare("A"));
        Assert.Equal(D("2012-01-01"), period.Start);
        Assert.Single(period.Episodes);
    }

    [Fact]
    public void Episodes_are_ordered_by_DECOM_then_DEC_with_the_open_one_last_whatever_order_they_are_supplied_in()
    {
        // Supplied backwards: an open episode and a zero-length X1 episode on 1 May 2013, after one ending X1 that day.
        var data = new ReturnBuilder()
            .Episode("A", "2013-05-01", "P", "U3")
            .Episode("A", "2013-05-01", "P", "U2", dec: "2013-05-01", rec: "X1")
            .Episode("A", "2013-01-01", "S", "U1", dec: "2013-05-01", rec: "X1")
            .ToDataSet();

        var period = Assert.Single(data.PeriodsOfCare("A"));
        Assert.Equal(["U1", "U2", "U3"], period.Episodes.Select(e => e.Placement.Code));
        // The U2 placement is the empty span [1 May, 1 May).
        Assert.Equal([D("2013-01-01"), D("2013-05-01"), D("2013-05-01")], data.Placements("A").Select(p => p.Start));
        Assert.Empty(data.Diagnostics);
    }

    // ---- placements ----

    [Fact]
    public void Same_carer_episodes_continue_the_placement_and_any_placement_change_option_splits_them()
    {
        var data = new ReturnBuilder()
            // S starts; L (legal status), T (placement, same carer), U (legal status and placement, same carer) continue;
            // P and B start a new placement.
            .Care("A", "2010-01-01", "U1").Then("2010-06-01", "L", legalStatus: "C1").Then("2011-01-01", "T", "U2")
                .Then("2011-06-01", "P", "U3").Then("2012-01-01", "U", "A4", legalStatus: "E1").Then("2012-06-01", "B", "U4", legalStatus: "C2")
                .Open()
            .ToDataSet();

        Assert.Equal([D("2010-01-01"), D("2011-06-01"), D("2012-06-01")], data.Placements("A").Select(p => p.Start));
        Assert.Equal(
            [D("2010-01-01"), D("2011-01-01"), D("2011-06-01"), D("2012-01-01"), D("2012-06-01")],
            data.Placements("A", PlacementChange.AnyPlacementChange).Select(p => p.Start));
    }

    [Theory]
    [InlineData("U1", "SC111111", "AB1 2CD", "U1", "SC111111", "AB1 2CD", 1)]     // same PLACE, URN, PL_POST: a return
    [InlineData("U1", "SC111111", "AB1 2CD", "U1", "sc111111 ", "ab12cd", 1)]     // URNs trimmed and case-blind; postcodes without spaces
    [InlineData("U1", "SC111111", "AB1 2CD", "U1", "SC222222", "AB1 2CD", 2)]     // a different URN: a new placement
    [InlineData("U1", "SC111111", "AB1 2CD", "U1", "SC111111", "ZZ9 9ZZ", 2)]     // a different PL_POST: new
    [InlineData("U1", "SC111111", "AB1 2CD", "U2", "SC111111", "AB1 2CD", 2)]     // a different PLACE: new
    [InlineData("U1", null, null, "U1", "SC222222", "ZZ9 9ZZ", 1)]               // not recorded before: only PLACE is compared
    [InlineData("U1", "XXXXXXX", "AB1 2CD", "U1", "SC222222", "AB1 2CD", 1)]     // XXXXXXX is not a recorded URN
    [InlineData("U1", "SC111111", "AB1 2CD", "U1", "  ", null, 1)]               // blank on return: not recorded
    public void Returning_from_a_temporary_placement_to_the_same_placement_does_not_start_a_new_one(
        string place, string? urn, string? postcode, string returnPlace, string? returnUrn, string? returnPostcode, int expected)
    {
        var data = new ReturnBuilder()
            .Care("A", "2010-01-01", place, urn: urn, postcode: postcode)
            .Then("2012-05-01", "P", "T1")                                       // temporary: never starts a placement
            .Then("2012-05-20", "P", returnPlace, urn: returnUrn, postcode: returnPostcode)
            .Open()
            .ToDataSet();

        var placements = data.Placements("A");

        Assert.Equal(expected, placements.Count);
        Assert.Equal(D("2010-01-01"), placements[0].Start);
        if (expected == 2)
        {
            Assert.Equal(D("2012-05-20"), placements[1].Start);
            Assert.Equal(D("2012-05-20"), placements[0].End);
        }
    }

    [Fact]
    public void Several_temporary_placements_in_a_row_are_one_absence_from_the_placement()
    {
        var data = new ReturnBuilder()
            .Care("A", "2010-01-01", "U1", urn: "SC111111")
            .Then("2012-05-01", "P", "T1").Then("2012-05-10", "P", "T3")
            .Then("2012-05-20", "P", "U1", urn: "SC111111")
            .Open()
            .ToDataSet();

        Assert.Single(data.Placements("A"));
    }

    // ---- cla-3plus-placements ----

    [Fact]
    public void Three_or_more_placements_overlapping_the_period_counts_the_placement_current_at_its_start()
    {
        var result = new ReturnBuilder()
            // A: placement current on 1 Apr 2013, then two moves: 3.
            .Care("A", "2013-01-01", "U1").Then("2013-06-01", "P", "U2").Then("2013-10-01", "P", "U3").Open()
            // B: the first placement ended on the period's first day (moved 1 Apr 2013), so [2012-01-01, 2013-04-01)
            // does not overlap 2013-14: 2.
            .Care("B", "2012-01-01", "U1").Then("2013-04-01", "P", "U2").Then("2013-09-01", "P", "U3").Open()
            // C: three placements, but left care before the period end: not in the denominator.
            .Care("C", "2013-01-01", "U1").Then("2013-06-01", "P", "U2").Then("2013-10-01", "P", "U3").Ends("2014-02-01", "E13")
            // D: an earlier period of care in the year counts: [Jan, May 2013) overlaps, then [Aug, Dec) and [Dec, ...): 3.
            .Care("D", "2013-01-01", "U1").Ends("2013-05-01", "E13")
            .Care("D", "2013-08-01", "U2").Then("2013-12-01", "P", "U3").Open()
            // E: two episodes starting the same day make an empty span [1 May, 1 May) that overlaps nothing: 2.
            .Care("E", "2013-05-01", "U1").Then("2013-05-01", "P", "U2").Then("2013-09-01", "P", "U3").Open()
            // F: same carer throughout (T, U): 1 placement (3 under AnyPlacementChange).
            .Care("F", "2013-01-01", "U1").Then("2013-06-01", "T", "U2").Then("2013-10-01", "U", "A4", legalStatus: "E1").Open()
            // G: out to a temporary placement and back to the same placement twice: 1.
            .Care("G", "2013-01-01", "U1", urn: "SC1")
                .Then("2013-05-01", "P", "T1").Then("2013-05-10", "P", "U1", urn: "SC1")
                .Then("2013-08-01", "P", "T2").Then("2013-08-10", "P", "U1", urn: "SC1").Open()
            // H: short breaks are not placements: V3 breaks, then care with 2 placements: 2.
            .Episode("H", "2013-04-10", "S", "U1", dec: "2013-04-12", rec: "E8", legalStatus: "V3")
            .Episode("H", "2013-05-10", "S", "U1", dec: "2013-05-12", rec: "E8", legalStatus: "V3")
            .Care("H", "2013-09-01", "U2").Then("2013-12-01", "P", "U3").Open()
            .ToDataSet();

        var carer = result.Evaluate("cla-3plus-placements", Y2014);
        var any = result.Evaluate("cla-3plus-placements", Y2014, AnyChange);

        // Looked after on 31 Mar 2014: A, B, D, E, F, G, H (7). Three or more: A, D: 2 / 7 = 28.57% shown as 29.
        Assert.Equal(["A", "D"], carer.Explain().Numerator.Select(e => e.ChildId));
        Assert.Equal(2m, carer.Numerator);
        Assert.Equal(7m, carer.Denominator);
        Assert.Equal("29", carer.Display);
        // AnyPlacementChange: F now has 3 too: 3 / 7 = 42.86% shown as 43.
        Assert.Equal(["A", "D", "F"], any.Explain().Numerator.Select(e => e.ChildId));
        Assert.Equal("43", any.Display);
    }

    // ---- cla-long-term-stability (period end 31 Mar 2014: care started on or before 30 Sep 2011, placement on or
    // before 31 Mar 2012) ----

    [Fact]
    public void Long_term_stability_boundaries_are_inclusive_at_30_months_and_2_years()
    {
        var result = new ReturnBuilder()
            .Child("A", "2005-01-01").Care("A", "2011-09-30").Open()                            // care on the boundary, placement too: yes
            .Child("B", "2005-01-01").Care("B", "2011-10-01").Open()                            // care a day late: not in the denominator
            .Child("C", "2005-01-01").Care("C", "2011-09-29").Then("2012-03-31", "P", "U2").Open()  // placement on the boundary: yes
            .Child("D", "2005-01-01").Care("D", "2011-09-29").Then("2012-04-01", "P", "U2").Open()  // placement a day late: no
            .Child("E", "2005-01-01").Care("E", "2011-09-29").Then("2012-03-30", "P", "U2").Open()  // placement a day early: yes
            .Evaluate("cla-long-term-stability", Y2014);

        // Denominator A, C, D, E; numerator A, C, E: 3 / 4 = 75%.
        Assert.Equal(["A", "C", "D", "E"], result.Explain().Denominator.Select(e => e.ChildId));
        Assert.Equal(["A", "C", "E"], result.Explain().Numerator.Select(e => e.ChildId));
        Assert.Equal("75", result.Display);
        var excluded = Assert.Single(result.Explain().Excluded);
        Assert.Equal("B", excluded.Entry.ChildId);
        Assert.Contains("less than 2.5 years", excluded.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_term_stability_is_for_children_under_16_at_the_period_end()
    {
        var result = new ReturnBuilder()
            .Child("A", "1998-03-30").Care("A", "2010-01-01").Open()   // 16 on 30 Mar 2014: out
            .Child("B", "1998-03-31").Care("B", "2010-01-01").Open()   // 16 on 31 Mar 2014, the period end: out
            .Child("C", "1998-04-01").Care("C", "2010-01-01").Open()   // 16 on 1 Apr 2014: 15 at the end: in
            .Child("D").Care("D", "2010-01-01").Open()                 // no date of birth: out and listed
            .Evaluate("cla-long-term-stability", Y2014);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        var rules = result.Explain().Excluded.ToDictionary(e => e.Entry.ChildId, e => e.Rule);
        Assert.Equal(["A", "B", "D"], rules.Keys.Order());
        Assert.Contains("aged 16", rules["A"], StringComparison.Ordinal);
        Assert.Contains("aged 16", rules["B"], StringComparison.Ordinal);
        Assert.Contains("no date of birth", rules["D"], StringComparison.Ordinal);
    }

    [Fact]
    public void Long_term_stability_boundaries_clamp_to_the_end_of_February()
    {
        // Period ending 31 Aug 2014: 31 Aug 2014 - 30 months = 29 Feb 2012 (a leap year), and - 2 years = 31 Aug 2012.
        var result = new ReturnBuilder()
            .Child("A", "2005-01-01").Care("A", "2012-02-29").Open()   // on the boundary: in, stable
            .Child("B", "2005-01-01").Care("B", "2012-03-01").Open()   // a day late: out
            .Evaluate("cla-long-term-stability", Period("2013-09-01", "2014-08-31"));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
    }

    [Fact]
    public void X1_chains_keep_the_period_of_care_for_stability_and_other_reasons_or_gaps_restart_it()
    {
        var data = new ReturnBuilder()
            // A: X1 chain (legal status change on 1 Jan 2012): care since 2010, same placement: in, stable.
            .Child("A", "2005-01-01").Care("A", "2010-01-01", legalStatus: "C1").Then("2012-01-01", "L", legalStatus: "C2").Open()
            // B: the same but the first episode ended E13 on 1 Jan 2012: care restarted 1 Jan 2012 (after 30 Sep 2011): out.
            .Child("B", "2005-01-01").Episode("B", "2010-01-01", "S", dec: "2012-01-01", rec: "E13").Episode("B", "2012-01-01", "S")
            // C: X1 followed by a gap of four days: a new period of care from 5 Jan 2012: out.
            .Child("C", "2005-01-01").Episode("C", "2010-01-01", "S", dec: "2012-01-01", rec: "X1").Episode("C", "2012-01-05", "L")
            .ToDataSet();

        var result = data.Evaluate("cla-long-term-stability", Y2014);

        Assert.Equal(["A"], result.Explain().Denominator.Select(e => e.ChildId));
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(["B", "C"], result.Explain().Excluded.Select(e => e.Entry.ChildId).Order());
    }

    [Fact]
    public void Short_breaks_before_care_do_not_lengthen_the_period_of_care()
    {
        // A V4 agreement from 2010 ending X1 into a care order on 1 Jan 2012. Ignoring V4 entirely, care started
        // 1 Jan 2012, after 30 Sep 2011: not in the denominator.
        var result = new ReturnBuilder()
            .Child("A", "2005-01-01")
            .Episode("A", "2010-01-01", "S", legalStatus: "V4", dec: "2012-01-01", rec: "X1")
            .Episode("A", "2012-01-01", "L", legalStatus: "C2")
            .Evaluate("cla-long-term-stability", Y2014);

        Assert.Equal(0m, result.Denominator);
        Assert.Null(result.Value);
        Assert.Equal("n/a", result.Display);
    }

    [Theory]
    [InlineData("T")]
    [InlineData("U")]
    public void A_child_placed_for_adoption_with_their_foster_carer_stays_in_the_same_placement(string rne)
    {
        // Fostered from 1 Jan 2011; placed for adoption with the same carer (A4) on 1 Jun 2013.
        var data = new ReturnBuilder()
            .Child("A", "2008-01-01")
            .Care("A", "2011-01-01", "U1").Then("2013-06-01", rne, "A4", legalStatus: "E1").Open()
            .ToDataSet();

        var carer = data.Evaluate("cla-long-term-stability", Y2014);
        var any = data.Evaluate("cla-long-term-stability", Y2014, AnyChange);

        // Carer spells: the placement started 1 Jan 2011, on or before 31 Mar 2012: stable. AnyPlacementChange: the
        // placement started 1 Jun 2013: not stable.
        Assert.Equal((1m, 1m), (carer.Numerator, carer.Denominator));
        Assert.Equal((0m, 1m), (any.Numerator, any.Denominator));
    }

    [Theory]
    [InlineData("SC111111", 1)]
    [InlineData("SC999999", 0)]
    public void Stability_survives_a_temporary_placement_only_when_the_child_returns_to_the_same_placement(string returnUrn, int stable)
    {
        var result = new ReturnBuilder()
            .Child("A", "2005-01-01")
            .Care("A", "2011-01-01", "U1", urn: "SC111111")
            .Then("2013-01-10", "P", "T1")
            .Then("2013-01-20", "P", "U1", urn: returnUrn)
            .Open()
            .Evaluate("cla-long-term-stability", Y2014);

        Assert.Equal(1m, result.Denominator);
        Assert.Equal(stable, result.Numerator);
    }

    [Fact]
    public void A_child_in_a_temporary_placement_at_the_period_end_is_still_in_their_usual_placement()
    {
        var result = new ReturnBuilder()
            .Child("A", "2005-01-01")
            .Care("A", "2011-01-01", "U1").Then("2014-03-20", "P", "T2").Open()
            .Evaluate("cla-long-term-stability", Y2014);

        Assert.Equal((1m, 1m), (result.Numerator, result.Denominator));
    }

    [Fact]
    public void Age_for_stability_falls_back_to_the_OC3_date_of_birth()
    {
        var data = new ReturnBuilder()
            .Child("A")                                    // header without DOB
            .CareLeaver("A", "2005-01-01")                 // OC3 row supplies it
            .Care("A", "2010-01-01").Open()
            .ToDataSet();

        var result = data.Evaluate("cla-long-term-stability", Y2014);

        Assert.Equal((1m, 1m), (result.Numerator, result.Denominator));
    }

    [Fact]
    public void A_short_break_open_at_the_period_end_is_listed_as_ignored()
    {
        var result = new ReturnBuilder()
            .Child("A", "2005-01-01")
            .Care("A", "2014-03-01", legalStatus: "V3").Open()
            .Evaluate("cla-3plus-placements", Y2014);

        Assert.Equal(0m, result.Denominator);
        var excluded = Assert.Single(result.Explain().Excluded);
        Assert.Contains("short-term breaks", excluded.Rule, StringComparison.Ordinal);
    }
}
