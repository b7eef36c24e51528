using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Tests.Indicators;
using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Breakdowns;

// Breakdowns (INDICATORS.md section 5 and 8.1), worked by hand: one row per group, each the indicator over that group's
// units at the reference date, with its interval; a rate with each group's population, or counts and shares without.
public class BreakdownTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    private static ReturnBuilder Header(ReturnBuilder b, string id, string? dob, string sex = "", string? ethnicity = null, params string[] disabilities)
    {
        b.Set.Children.Add(new Child(id, dob is null ? null : D(dob), sex) { Ethnicity = ethnicity, Disabilities = disabilities });
        return b;
    }

    private static DataSet LookedAfterAtEnd()
    {
        var b = new ReturnBuilder();
        Header(b, "A", "2013-05-01", "1", "WBRI");   // 0 on 31 Mar 2014: under-1; male; white
        Header(b, "B", "2009-03-31", "2", "chne");   // 5 on 31 Mar 2014 (the birthday that day): 5-9; female; asian
        Header(b, "C", "2004-04-01", "M", "BAFR");   // 9 on 31 Mar 2014 (10 the next day): 5-9; male (M from 2024-25); black
        Header(b, "D", null, "9");                   // no DOB: age unknown; sex 9 not specified: unknown; no ethnicity
        b.Care("A", "2013-06-01", "U1").Open()
            .Care("B", "2013-01-01", "R1").Open()
            .Care("C", "2012-01-01", "U4").Then("2014-01-01", "P", "Q9").Open()   // latest open episode: Q9, not in any group
            .Care("D", "2014-02-01", "Z1").Open()
            .Care("E", "2013-01-01", "U1").Ends("2014-03-31", "E13");            // ended on the period end: not a unit
        return b.ToDataSet();
    }

    [Fact]
    public void A_rate_by_age_band_uses_each_groups_population()
    {
        var populations = new Dictionary<string, long> { ["under-1"] = 1_000, ["5-9"] = 4_000 };
        var breakdown = LookedAfterAtEnd().Breakdown("cla-rate", DimensionIds.AgeBand, Y2014,
            EvaluationOptions.Default.WithPopulation(20_000), BreakdownOptions.Default.WithPopulations(DimensionIds.AgeBand, populations));

        // Whole: A, B, C, D = 4 / 20,000 x 10,000 = 2.
        Assert.Equal((4m, 2m), (breakdown.Whole.Numerator, breakdown.Whole.Value));
        Assert.Equal(["under-1", "5-9", "unknown"], breakdown.Groups.Select(g => g.Key));

        // under-1: A, 1 / 1,000 x 10,000 = 10. Its 95% interval is the exact Poisson one for O = 1 (0.0253 to 5.5716,
        // Public Health England's table) x 10,000 / 1,000: 0.25 to 55.72.
        var under1 = breakdown["under-1"]!;
        Assert.Equal((1m, 1_000m, 10m, "10"), (under1.Numerator, under1.Denominator!.Value, under1.Value!.Value, under1.Display));
        Assert.Equal((0.25m, 55.72m), (Math.Round(under1.Interval!.Value.Lower, 2), Math.Round(under1.Interval.Value.Upper, 2)));

        // 5-9: B and C, 2 / 4,000 x 10,000 = 5.
        Assert.Equal((2m, 5m), (breakdown["5-9"]!.Numerator, breakdown["5-9"]!.Value!.Value));

        // unknown (D, no date of birth): no population given, so the count and its share (1 of 4 = 25%), no rate.
        var unknown = breakdown["unknown"]!;
        Assert.Equal(("Not recorded", 1m, (decimal?)null, (decimal?)null, 25m), (unknown.Label, unknown.Numerator, unknown.Denominator, unknown.Value, unknown.Share!.Value));
        Assert.Contains("needs each group's population", unknown.NotAvailableReason, StringComparison.Ordinal);
        Assert.Null(unknown.Interval);
    }

    [Fact]
    public void A_rate_without_group_populations_reports_counts_and_shares()
    {
        var breakdown = LookedAfterAtEnd().Breakdown("cla-rate", DimensionIds.Sex, Y2014);

        // Male A and C (1 and M), female B, unknown D (9): 2, 1, 1 of 4 = 50%, 25%, 25%; no rate, not even the whole's.
        Assert.False(breakdown.Whole.IsAvailable);
        Assert.Equal(
            [("male", 2m, 50m), ("female", 1m, 25m), ("unknown", 1m, 25m)],
            breakdown.Groups.Select(g => (g.Key, g.Numerator, g.Share!.Value)));
        Assert.All(breakdown.Groups, g => Assert.Null(g.Value));
    }

    [Fact]
    public void Placement_type_groups_the_code_of_the_episode_open_at_the_period_end_and_names_unlisted_codes()
    {
        var breakdown = LookedAfterAtEnd().Breakdown("cla-rate", DimensionIds.PlacementType, Y2014, EvaluationOptions.Default.WithPopulation(20_000));

        // A U1 foster; B R1 residential-other; C's open episode Q9 (listed nowhere): other, named; D Z1 other.
        Assert.Equal([("foster", 1m), ("residential-other", 1m), ("other", 2m)], breakdown.Groups.Select(g => (g.Key, g.Numerator)));
        var diagnostic = Assert.Single(breakdown.Diagnostics);
        Assert.Equal(IndicatorDiagnosticCodes.BreakdownUnlistedCode, diagnostic.Code);
        Assert.Contains("Q9", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ethnicity_group_puts_Chinese_in_asian_or_with_the_option_in_other()
    {
        var data = LookedAfterAtEnd();
        var population = EvaluationOptions.Default.WithPopulation(20_000);

        var gss = data.Breakdown("cla-rate", DimensionIds.EthnicityGroup, Y2014, population);
        var before2021 = data.Breakdown("cla-rate", DimensionIds.EthnicityGroup, Y2014, population, BreakdownOptions.Default with { ChineseInOther = true });

        // A WBRI white, B chne (codes are case-blind) asian or other, C BAFR black, D none: unknown.
        Assert.Equal(["white", "asian", "black", "unknown"], gss.Groups.Select(g => g.Key));
        Assert.Equal(["white", "black", "other", "unknown"], before2021.Groups.Select(g => g.Key));
    }

    [Fact]
    public void A_percentage_by_referral_source_adds_up_and_carries_each_groups_wilson_interval()
    {
        var b = new ReturnBuilder();
        b.Set.CinEpisodes.Add(new CinEpisode("A", D("2013-05-01"), null, default, true) { ReferralSource = "1A" });
        b.Set.CinEpisodes.Add(new CinEpisode("B", D("2013-06-01"), null, default, false) { ReferralSource = " 1a " });
        b.Set.CinEpisodes.Add(new CinEpisode("C", D("2013-07-01"), null, default, true) { ReferralSource = "6" });
        b.Set.CinEpisodes.Add(new CinEpisode("D", D("2013-08-01"), null, default, false) { ReferralSource = "XX" });
        b.Set.CinEpisodes.Add(new CinEpisode("E", D("2013-09-01"), null, default, false));
        b.Set.CinEpisodes.Add(new CinEpisode("F", D("2014-04-01"), null, default, true) { ReferralSource = "6" });   // after the period

        var breakdown = b.ToDataSet().Breakdown("referrals-nfa", DimensionIds.ReferralSource, Y2014);

        // Whole: NFA A, C of A-E = 2 / 5 = 40%. 1A (A, B): 1 / 2 = 50%; 6 (C): 1 / 1 = 100%; XX and blank: unknown 0 / 2.
        Assert.Equal((2m, 5m), (breakdown.Whole.Numerator, breakdown.Whole.Denominator));
        Assert.Equal(
            [("1A", 1m, 2m, "50.0"), ("6", 1m, 1m, "100.0"), ("unknown", 0m, 2m, "0.0")],
            breakdown.Groups.Select(g => (g.Key, g.Numerator, g.Denominator!.Value, g.Display)));
        Assert.Equal("Individual: family member, relative or carer", breakdown["1A"]!.Label);
        // Wilson for 1 of 2 at z = 1.959964: (2 + 3.8415 -/+ 1.96 x sqrt(3.8415 + 2)) / (2 x 5.8415) = 9.45% to 90.55%.
        var wilson = breakdown["1A"]!.Interval!.Value;
        Assert.Equal((9.45m, 90.55m), (Math.Round(wilson.Lower, 2), Math.Round(wilson.Upper, 2)));
        Assert.Equal(95m, wilson.Level.Percent);
        // 99.8% on request.
        var wide = b.ToDataSet().Breakdown("referrals-nfa", DimensionIds.ReferralSource, Y2014,
            EvaluationOptions.Default with { ConfidenceLevel = ConfidenceLevel.Percent99Point8 });
        Assert.Equal(99.8m, wide["1A"]!.Interval!.Value.Level.Percent);
        Assert.True(wide["1A"]!.Interval!.Value.Lower < wilson.Lower);
        // A group's explanation lists its own units only.
        Assert.Equal(["A", "B"], breakdown["1A"]!.Explain().Denominator.Select(e => e.ChildId));
        Assert.Equal(["D", "E"], breakdown["unknown"]!.Explain().Denominator.Select(e => e.ChildId));
    }

    [Fact]
    public void A_mean_by_sex_totals_each_groups_scores_with_its_own_normal_interval()
    {
        var b = new ReturnBuilder(2014);
        Header(b, "A", "2005-01-01", "1");
        Header(b, "B", "2006-01-01", "1");
        Header(b, "C", "2007-01-01", "2");
        b.Care("A", "2012-01-01").Open().Oc2("A", sdq: 10)
            .Care("B", "2012-01-01").Open().Oc2("B", sdq: 20)
            .Care("C", "2012-01-01").Open().Oc2("C", sdq: 14);

        var breakdown = b.ToDataSet().Breakdown("cla-sdq-mean", DimensionIds.Sex, Y2014);

        // Male: (10 + 20) / 2 = 15; sample sd sqrt((25 + 25) / 1) = 7.071, se 5, 95% 15 -/+ 9.80 = 5.20 to 24.80.
        // Female: 14 / 1 = 14, no interval for fewer than 2. Totals add up: 30 + 14 = 44 over 3.
        var male = breakdown["male"]!;
        Assert.Equal((30m, 2m, 15m), (male.Numerator, male.Denominator!.Value, male.Value!.Value));
        Assert.Equal((5.20m, 24.80m), (Math.Round(male.Interval!.Value.Lower, 2), Math.Round(male.Interval.Value.Upper, 2)));
        Assert.Equal((14m, 1m), (breakdown["female"]!.Numerator, breakdown["female"]!.Denominator!.Value));
        Assert.Null(breakdown["female"]!.Interval);
        Assert.Equal((44m, 3m), (breakdown.Whole.Numerator, breakdown.Whole.Denominator));
    }

    [Fact]
    public void Care_leavers_are_grouped_by_their_age_on_the_birthday()
    {
        var breakdown = new ReturnBuilder()
            .CareLeaver("L19", "1994-06-01")                 // 19 on 1 Jun 2013
            .CareLeaver("L20", "1993-07-01", inTouch: "NO")  // 20 on 1 Jul 2013
            .CareLeaver("L21", "1993-01-10")                 // 21 on 10 Jan 2014
            .ToDataSet().Breakdown("care-leavers-in-touch", DimensionIds.AgeBand, Y2014);

        Assert.Equal([("19", 1m, 1m), ("20", 0m, 1m), ("21", 1m, 1m)], breakdown.Groups.Select(g => (g.Key, g.Numerator, g.Denominator!.Value)));
    }

    [Fact]
    public void A_count_has_rows_without_a_denominator_and_reason_ceased_takes_the_last_occasion()
    {
        var breakdown = new ReturnBuilder()
            .Care("A", "2012-01-01").Ends("2013-06-01", "E11")
            .Care("B", "2012-01-01").Ends("2013-05-01", "E13")
            .Care("B", "2013-07-01").Ends("2013-09-01", "E45")   // B ceased twice: counted once, by the last occasion
            .Care("C", "2013-01-01").Ends("2013-10-01", "")      // blank REC: unknown
            .ToDataSet().Breakdown("cla-ceased", DimensionIds.ReasonCeased, Y2014);

        Assert.Equal(3m, breakdown.Whole.Value);
        Assert.Equal(
            [("adopted", 1m), ("special-guardianship", 1m), ("unknown", 1m)],
            breakdown.Groups.Select(g => (g.Key, g.Numerator)));
        Assert.All(breakdown.Groups, g => Assert.Null(g.Denominator));
        Assert.All(breakdown.Groups, g => Assert.Null(g.Interval));
    }

    [Fact]
    public void A_callers_dimension_and_regrouping_apply_where_they_may()
    {
        var data = LookedAfterAtEnd();
        var population = EvaluationOptions.Default.WithPopulation(20_000);
        var letter = Dimension.Custom("first-letter", "First letter of the id", u => u.ChildId is "A" or "B" ? "a-or-b" : null);
        var under5 = Dimension.Get(DimensionIds.AgeBand).Regroup("under-5", "Under 5 or not",
            new Dictionary<string, string> { ["0"] = "under-5", ["1"] = "under-5", ["2"] = "under-5", ["3"] = "under-5", ["4"] = "under-5" });

        var byLetter = data.Breakdown(Catalogue.Get("cla-rate"), letter, Y2014, population);
        var byUnder5 = data.Breakdown(Catalogue.Get("cla-rate"), under5, Y2014, population);

        Assert.Equal([("a-or-b", 2m), ("unknown", 2m)], byLetter.Groups.Select(g => (g.Key, g.Numerator)));
        // A (0) under-5; B (5), C (9) other; D (no DOB) unknown.
        Assert.Equal([("under-5", 1m), ("other", 2m), ("unknown", 1m)], byUnder5.Groups.Select(g => (g.Key, g.Numerator)));
        Assert.False(letter.AppliesTo(Catalogue.Get("workforce-agency-share")));
    }

    [Fact]
    public void A_dimension_that_does_not_apply_or_does_not_exist_is_an_error_naming_the_valid_ones()
    {
        var data = LookedAfterAtEnd();

        var wrong = Assert.Throws<ArgumentException>(() => data.Breakdown("referrals-rate", DimensionIds.Uasc, Y2014));
        Assert.Contains("primary-need", wrong.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<KeyNotFoundException>(() => data.Breakdown("referrals-rate", "colour", Y2014));
        Assert.Contains("age-band", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => data.Breakdown("workforce-agency-share", DimensionIds.Sex, Y2014));
    }

    [Fact]
    public void The_built_in_dimensions_are_the_specifications_fourteen_each_ending_with_unknown()
    {
        Assert.Equal(DimensionIds.All, Dimension.BuiltIn.Select(d => d.Id));
        Assert.All(Dimension.BuiltIn, d => Assert.Equal(DimensionGroup.Unknown, d.Groups[^1].Key));
        Assert.All(Dimension.BuiltIn, d => Assert.True(d.IsBuiltIn));
    }
}
