namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// The OC2 cohort indicators (INDICATORS.md section 8 and 8.1): cla-health-checks, cla-dental-checks,
// cla-immunisations, cla-development-assessments, cla-sdq-concern, cla-convicted, cla-substance-misuse. In 2013-14 the
// 12-month window starts on w = 31 March 2014 - 12 months + 1 day = 1 April 2013, and the OC2 rows are those of the
// 2014 return.
public class Oc2CohortIndicatorTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    [Fact]
    public void Health_checks_judge_children_looked_after_since_the_window_start_on_their_OC2_row()
    {
        var result = new ReturnBuilder(2014)
            .Care("A", "2013-04-01").Open().Oc2("A", healthCheck: true)                        // started on w: in the cohort
            .Care("B", "2013-04-02").Open().Oc2("B", healthCheck: true)                        // the day after: not
            .Care("C", "2012-01-01").Open().Oc2("C", healthCheck: false)                       // not up to date
            .Care("D", "2012-01-01").Open().Oc2("D", teeth: true)                              // HEALTH_CHECK blank: left out
            .Care("E", "2012-01-01").Open()                                                   // no OC2 row: left out
            .Care("F", "2012-01-01").Ends("2014-03-31", "E13").Oc2("F", healthCheck: true)     // not looked after at the end
            .Care("G", "2012-01-01").Ends("2013-06-01", "E13")                                // care ended and began again
            .Care("G", "2013-06-01").Open().Oc2("G", healthCheck: true)                        // on 1 June: not 12 months
            .Care("H", "2012-01-01").Then("2013-10-01", "P", "U2").Open().Oc2("H", healthCheck: true) // continuous
            .Evaluate("cla-health-checks", Y2014);

        // Cohort with a HEALTH_CHECK: A, C, H; up to date: A, H. 2 / 3 = 66.7% -> 67.
        Assert.Equal((2m, 3m), (result.Numerator, result.Denominator));
        Assert.Equal("67", result.Display);
        var excluded = result.Explain().Excluded;
        Assert.Equal([("D", ExclusionCodes.Oc2FieldBlank), ("E", ExclusionCodes.Oc2NoRow)], excluded.Select(x => (x.Entry.ChildId, x.Code)));
    }

    [Fact]
    public void The_OC2_row_is_the_period_ends_collection_years_and_the_first_of_two_in_one_return()
    {
        var earlier = new ReturnBuilder(2013).Oc2("A", teeth: false);
        var later = new ReturnBuilder(2014)
            .Care("A", "2011-01-01").Open().Care("B", "2011-01-01").Open()
            .Oc2("A", teeth: true)
            .Oc2("B", teeth: true).Oc2("B", teeth: false);                                    // two rows: the first
        var data = DataSet.Create(earlier.Set, later.Set);

        var y2013 = data.Evaluate("cla-dental-checks", ReportingPeriod.Year(2013));
        var y2014 = data.Evaluate("cla-dental-checks", Y2014);

        // 2012-13: A's 2013 row (no check); B has no 2013 row and is left out: 0 / 1.
        Assert.Equal((0m, 1m), (y2013.Numerator, y2013.Denominator));
        Assert.Equal(ExclusionCodes.Oc2NoRow, Assert.Single(y2013.Explain().Excluded).Code);
        // 2013-14: A's 2014 row and B's first 2014 row, both checked: 2 / 2.
        Assert.Equal((2m, 2m), (y2014.Numerator, y2014.Denominator));
    }

    [Fact]
    public void Development_assessments_take_the_under_5s_and_convictions_the_10_and_over_at_the_period_end()
    {
        var b = new ReturnBuilder(2014)
            .Child("A", "2009-04-01").Care("A", "2012-01-01").Open().Oc2("A", development: true, convicted: true)  // 4
            .Child("B", "2009-03-31").Care("B", "2012-01-01").Open().Oc2("B", development: false)                  // 5 on 31 March
            .Care("C", "2012-01-01").Open().Oc2("C", development: true, convicted: true)                           // no date of birth
            .Child("D", "2004-03-31").Care("D", "2012-01-01").Open().Oc2("D", convicted: true)                     // 10 on 31 March
            .Child("E", "2004-04-01").Care("E", "2012-01-01").Open().Oc2("E", convicted: true)                     // 9
            .Child("F", "1997-01-01").Care("F", "2012-01-01").Open().Oc2("F", convicted: false);                   // 17
        var data = b.ToDataSet();

        var development = data.Evaluate("cla-development-assessments", Y2014);
        var convicted = data.Evaluate("cla-convicted", Y2014);

        // Under 5: A only (D, E, F are older and have no HEALTH_ASSESSMENT anyway): 1 / 1. C has no date of birth.
        Assert.Equal((1m, 1m), (development.Numerator, development.Denominator));
        Assert.Equal(("C", ExclusionCodes.EpisodeNoDateOfBirth), development.Explain().Excluded.Select(x => (x.Entry.ChildId, x.Code)).Single());
        // 10 or over: D (convicted), F (not): 1 / 2 = 50%; A and E are younger.
        Assert.Equal((1m, 2m), (convicted.Numerator, convicted.Denominator));
        Assert.Equal(50m, convicted.Value);
    }

    [Fact]
    public void Immunisations_and_substance_misuse_read_their_own_flags()
    {
        var data = new ReturnBuilder(2014)
            .Care("A", "2012-01-01").Open().Oc2("A", immunisations: true, substance: false)
            .Care("B", "2012-01-01").Open().Oc2("B", immunisations: false, substance: true)
            .Care("C", "2012-01-01").Open().Oc2("C", immunisations: true)
            .ToDataSet();

        // Immunisations: A, C of A, B, C = 2 / 3; substance misuse: B of A, B (C blank) = 1 / 2.
        Assert.Equal((2m, 3m), (data.Evaluate("cla-immunisations", Y2014).Numerator, data.Evaluate("cla-immunisations", Y2014).Denominator));
        var substance = data.Evaluate("cla-substance-misuse", Y2014);
        Assert.Equal((1m, 2m), (substance.Numerator, substance.Denominator));
    }

    [Fact]
    public void Sdq_concern_is_a_score_of_17_or_more_of_children_aged_5_to_16_with_a_score_of_0_to_40()
    {
        var result = new ReturnBuilder(2014)
            .Child("A", "2009-03-31").Care("A", "2012-01-01").Open().Oc2("A", sdq: 17)                 // 5, 17: concern
            .Child("B", "1997-04-01").Care("B", "2012-01-01").Open().Oc2("B", sdq: 16)                 // 16, 16: not
            .Child("C", "1997-03-31").Care("C", "2012-01-01").Open().Oc2("C", sdq: 20)                 // 17: outside the ages
            .Child("D", "2009-04-01").Care("D", "2012-01-01").Open().Oc2("D", sdq: 20)                 // 4: outside the ages
            .Child("E", "2004-01-01").Care("E", "2012-01-01").Open().Oc2("E", sdqReason: "SDQ1")       // blank: left out
            .Child("F", "2004-01-01").Care("F", "2012-01-01").Open().Oc2("F", sdq: 41)                 // out of range: left out
            .Child("G", "2004-01-01").Care("G", "2012-01-01").Open().Oc2("G", sdq: 0)                  // the lowest score
            .Child("H", "2004-01-01").Care("H", "2012-01-01").Open().Oc2("H", sdq: 40)                 // the highest
            .Evaluate("cla-sdq-concern", Y2014);

        // Aged 5-16 with a score: A, B, G, H; 17 or more: A, H. 2 / 4 = 50%.
        Assert.Equal((2m, 4m), (result.Numerator, result.Denominator));
        Assert.Equal(
            [("E", ExclusionCodes.Oc2FieldBlank), ("F", ExclusionCodes.Oc2SdqOutOfRange)],
            result.Explain().Excluded.Select(x => (x.Entry.ChildId, x.Code)));
    }

    [Fact]
    public void Sdq_mean_averages_the_scores_of_0_to_40_of_children_aged_5_to_16()
    {
        var result = new ReturnBuilder(2014)
            .Child("A", "2009-03-31").Care("A", "2012-01-01").Open().Oc2("A", sdq: 10)                 // 5: 10
            .Child("B", "1997-04-01").Care("B", "2012-01-01").Open().Oc2("B", sdq: 21)                 // 16: 21
            .Child("C", "1997-03-31").Care("C", "2012-01-01").Open().Oc2("C", sdq: 30)                 // 17: outside the ages
            .Child("E", "2004-01-01").Care("E", "2012-01-01").Open().Oc2("E", sdqReason: "SDQ1")       // blank: left out
            .Child("F", "2004-01-01").Care("F", "2012-01-01").Open().Oc2("F", sdq: 41)                 // out of range: left out
            .Child("G", "2004-01-01").Care("G", "2012-01-01").Open().Oc2("G", sdq: 0)                  // 10: 0
            .Child("H", "2004-01-01").Care("H", "2013-06-01").Open().Oc2("H", sdq: 40)                 // under 12 months: not in the cohort
            .Evaluate("cla-sdq-mean", Y2014);

        // Scores of A, B, G: (10 + 21 + 0) / 3 = 10.33 -> 10.3.
        Assert.Equal((31m, 3m), (result.Numerator, result.Denominator));
        Assert.Equal("10.3", result.Display);
        Assert.Equal(
            [("E", ExclusionCodes.Oc2FieldBlank), ("F", ExclusionCodes.Oc2SdqOutOfRange)],
            result.Explain().Excluded.Select(x => (x.Entry.ChildId, x.Code)));
        // The normal interval: sample variance ((10 - 10.33)^2 + (21 - 10.33)^2 + (0 - 10.33)^2) / 2 = 110.33, so the
        // standard deviation sqrt(110.33) = 10.504, the standard error 10.504 / sqrt(3) = 6.0645 and the 95% half-width
        // 1.95996 x 6.0645 = 11.886: 10.333 - 11.886 = -1.55 and 10.333 + 11.886 = 22.22.
        var interval = result.Interval!.Value;
        Assert.Equal((-1.55m, 22.22m), (Math.Round(interval.Lower, 2), Math.Round(interval.Upper, 2)));
    }
}
