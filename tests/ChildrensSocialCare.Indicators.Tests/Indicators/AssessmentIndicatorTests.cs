using ChildrensSocialCare.Indicators.Records;
using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// Legacy initial and core assessments, single assessments, section 47 enquiries and initial conferences.
// Working days are counted by hand: WorkingDaysBetween(s, e) counts working days d with s < d <= e. June and July 2014
// have no bank holidays; 2014's late-May bank holiday is Monday 26 May and the early-May one Monday 5 May.
public class AssessmentIndicatorTests
{
    private static readonly ReportingPeriod Y2015 = ReportingPeriod.Year(2015);

    [Fact]
    public void Initial_assessment_completed_on_the_tenth_working_day_is_timely_and_on_the_eleventh_is_not()
    {
        var result = new ReturnBuilder()
            // Mon 2 Jun 2014 -> Mon 16 Jun: 3,4,5,6 (4) + 9..13 (9) + 16 (10) = 10 working days: timely.
            .Initial("A", "2014-06-02", "2014-06-16")
            // -> Tue 17 Jun: 11 working days: late.
            .Initial("B", "2014-06-02", "2014-06-17")
            // Same day: 0 working days: timely.
            .Initial("C", "2014-06-02", "2014-06-02")
            // Thu 22 May -> Fri 6 Jun: 23 (1), [26 bank holiday], 27-30 (5), 2-6 Jun (10) = 10: timely. Without the
            // bank holiday it would be 11.
            .Initial("D", "2014-05-22", "2014-06-06")
            // Completed in 2013-14: outside the period.
            .Initial("E", "2014-03-20", "2014-03-31")
            // Not completed: outside.
            .Initial("F", "2014-06-02", null)
            // A core assessment is not an initial assessment.
            .Core("G", "2014-06-02", "2014-06-03")
            .Evaluate("initial-assessments-10wd", Y2015);

        // A, C, D timely of A, B, C, D: 3 / 4 = 75.0%.
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal("75.0", result.Display);
    }

    [Fact]
    public void Legacy_assessment_completed_before_it_started_is_left_out_of_timeliness_and_listed()
    {
        var result = new ReturnBuilder()
            .Initial("A", "2014-06-10", "2014-06-09")   // completed the day before it started: invalid
            .Initial("B", "2014-06-02", "2014-06-03")   // 1 working day
            .Evaluate("initial-assessments-10wd", Y2015);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        var excluded = Assert.Single(result.Explain().Excluded);
        Assert.Equal("A", excluded.Entry.ChildId);
        Assert.Contains("before it started", excluded.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_assessment_within_35_working_days_is_timely()
    {
        var result = new ReturnBuilder()
            // Mon 2 Jun 2014 + 7 weeks = Mon 21 Jul 2014: 35 working days (no bank holidays): timely.
            .Core("A", "2014-06-02", "2014-07-21")
            // Tue 22 Jul: 36: late.
            .Core("B", "2014-06-02", "2014-07-22")
            // Completed before it started: invalid, excluded from both.
            .Core("C", "2014-07-01", "2014-06-30")
            // An initial assessment does not count here.
            .Initial("D", "2014-06-02", "2014-06-03")
            .Evaluate("core-assessments-35wd", Y2015);

        // A of A, B: 1 / 2 = 50.0%.
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal("C", Assert.Single(result.Explain().Excluded).Entry.ChildId);
    }

    [Fact]
    public void Initial_assessment_rate_counts_initial_assessments_completed_in_the_period()
    {
        var result = new ReturnBuilder()
            .Initial("A", "2014-06-02", "2014-06-05")
            .Initial("B", "2014-03-25", "2014-04-01")   // started in 2013-14, completed in 2014-15: counts
            .Initial("C", "2015-03-25", "2015-04-01")   // completed after the period
            .Initial("D", "2014-06-02", null)            // open
            .Core("E", "2014-06-02", "2014-06-05")       // core
            .Evaluate("initial-assessments-rate", Y2015, EvaluationOptions.Default.WithPopulation(40_000));

        // 2 / 40,000 x 10,000 = 0.5 per 10,000.
        Assert.Equal(2m, result.Numerator);
        Assert.Equal(0.5m, result.Value);
    }

    [Fact]
    public void Child_seen_is_over_assessments_with_the_flag_recorded_and_missing_flags_are_listed()
    {
        var data = new ReturnBuilder()
            .Initial("A", "2014-06-02", "2014-06-05", seen: true, seenAlone: true)
            .Initial("B", "2014-06-02", "2014-06-05", seen: true, seenAlone: false)
            .Initial("C", "2014-06-02", "2014-06-05", seen: false, seenAlone: null)
            .Initial("D", "2014-06-02", "2014-06-05", seen: null, seenAlone: null)
            .Initial("E", "2014-06-02", null, seen: true, seenAlone: true)        // not completed
            .ToDataSet();

        var seen = data.Evaluate("initial-assessments-child-seen", Y2015);
        var alone = data.Evaluate("initial-assessments-child-seen-alone", Y2015);

        // Seen: A, B yes, C no, D not recorded (left out): 2 / 3 = 66.666...% shown as 66.7.
        Assert.Equal(2m, seen.Numerator);
        Assert.Equal(3m, seen.Denominator);
        Assert.Equal("66.7", seen.Display);
        Assert.Equal(["D"], seen.Explain().Excluded.Select(e => e.Entry.ChildId));
        // Alone: A yes, B no, C and D not recorded: 1 / 2 = 50.0%.
        Assert.Equal(1m, alone.Numerator);
        Assert.Equal(2m, alone.Denominator);
        Assert.Equal(["C", "D"], alone.Explain().Excluded.Select(e => e.Entry.ChildId));
        Assert.All(alone.Explain().Excluded, e => Assert.Contains("not recorded", e.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void Single_assessment_authorised_on_the_45th_working_day_is_timely()
    {
        var result = new ReturnBuilder()
            // Mon 2 Jun 2014 + 9 weeks = Mon 4 Aug 2014: 45 working days (no bank holidays until 25 Aug): timely.
            .Assessment("A", "2014-06-02", "2014-08-04")
            // Tue 5 Aug: 46: late.
            .Assessment("B", "2014-06-02", "2014-08-05")
            // Open: not completed.
            .Assessment("C", "2014-06-02", null)
            // Authorised in 2013-14.
            .Assessment("D", "2014-03-01", "2014-03-31")
            .Evaluate("assessments-45wd", Y2015);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal("50.0", result.Display);
    }

    [Fact]
    public void Assessment_authorised_before_it_started_counts_in_the_rate_but_not_the_percentage()
    {
        var data = new ReturnBuilder()
            .Assessment("A", "2014-06-10", "2014-06-09")   // authorised the day before it started
            .Assessment("B", "2014-06-02", "2014-06-02")   // same day: 0 working days, valid and timely
            .ToDataSet();

        var rate = data.Evaluate("assessments-rate", Y2015, EvaluationOptions.Default.WithPopulation(10_000));
        var timely = data.Evaluate("assessments-45wd", Y2015);

        // Rate: both completed in the period: 2 / 10,000 x 10,000 = 2.0.
        Assert.Equal(2m, rate.Numerator);
        Assert.Equal(2m, rate.Value);
        // Percentage: only B: 1 / 1.
        Assert.Equal(1m, timely.Numerator);
        Assert.Equal(1m, timely.Denominator);
        var excluded = Assert.Single(timely.Explain().Excluded);
        Assert.Equal("A", excluded.Entry.ChildId);
        Assert.Equal("authorised before it started", excluded.Rule);
    }

    [Fact]
    public void MeasureFrom_Referral_measures_from_the_episode_referral_date()
    {
        var data = new ReturnBuilder()
            // From the start (Mon 2 Jun 2014) to Mon 4 Aug: 45: timely. From the referral (Thu 1 May): 2 May (1),
            // [5 May holiday], 6-9 May (5), 12-16 (10), 19-23 (15), [26 May holiday], 27-30 (19), 2 Jun (20), then 45
            // more to 4 Aug: 65: late.
            .Assessment("A", "2014-06-02", "2014-08-04", referral: "2014-05-01")
            // Referred on Mon 2 Jun, started Mon 9 Jun, authorised Fri 13 Jun: 4 from the start, 9 from the referral.
            .Assessment("B", "2014-06-09", "2014-06-13", referral: "2014-06-02")
            // Authorised (Thu 5 Jun) before its referral date (Tue 10 Jun) but after its start (Mon 2 Jun).
            .Assessment("C", "2014-06-02", "2014-06-05", referral: "2014-06-10")
            .ToDataSet();

        var fromStart = data.Evaluate("assessments-45wd", Y2015);
        var fromReferral = data.Evaluate("assessments-45wd", Y2015, EvaluationOptions.Default with { AssessmentsMeasureFrom = MeasureFrom.Referral });

        // Default: A, B, C all valid and timely: 3 / 3.
        Assert.Equal(3m, fromStart.Numerator);
        Assert.Equal(3m, fromStart.Denominator);
        // From the referral: A late, B timely, C authorised before its referral (excluded and listed): 1 / 2.
        Assert.Equal(1m, fromReferral.Numerator);
        Assert.Equal(2m, fromReferral.Denominator);
        var excluded = Assert.Single(fromReferral.Explain().Excluded);
        Assert.Equal("C", excluded.Entry.ChildId);
        Assert.Equal("authorised before the referral date", excluded.Rule);
    }

    [Fact]
    public void Section_47_rate_counts_enquiries_started_in_the_period()
    {
        var result = new ReturnBuilder()
            .Section47("A", "2014-04-01")
            .Section47("A", "2014-10-01")                 // a second enquiry for A counts too
            .Section47("B", "2014-03-31", "2014-04-10")   // started before the period
            .Section47("C", "2015-03-31")
            .Evaluate("s47-rate", Y2015, EvaluationOptions.Default.WithPopulation(30_000));

        // A, A, C: 3 / 30,000 x 10,000 = 1.0 per 10,000.
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(1m, result.Value);
    }

    [Fact]
    public void Initial_conference_within_15_working_days_of_the_section_47_start_is_timely()
    {
        var result = new ReturnBuilder()
            // Mon 2 Jun 2014 + 3 weeks = Mon 23 Jun: 15 working days: timely.
            .Section47("A", "2014-06-02", "2014-06-23")
            // Tue 24 Jun: 16: late.
            .Section47("B", "2014-06-02", "2014-06-24")
            // Conference dated before the start: excluded from the percentage and listed.
            .Section47("C", "2014-06-02", "2014-05-30")
            // Enquiry started in 2013-14, conference in 2014-15 (Tue 25 Mar -> Tue 8 Apr: 10 working days): in.
            .Section47("D", "2014-03-25", "2014-04-08")
            // Conference after the period: out.
            .Section47("E", "2015-03-25", "2015-04-08")
            // No conference: out.
            .Section47("F", "2014-06-02")
            .Evaluate("icpc-15wd", Y2015);

        // A, D timely of A, B, D: 2 / 3 = 66.7%.
        Assert.Equal(2m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal("66.7", result.Display);
        var excluded = Assert.Single(result.Explain().Excluded);
        Assert.Equal("C", excluded.Entry.ChildId);
        Assert.Contains("before the section 47 start", excluded.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conference_dated_before_its_enquiry_still_leaves_the_enquiry_in_the_section_47_rate()
    {
        var result = new ReturnBuilder()
            .Section47("C", "2014-06-02", "2014-05-30")
            .Evaluate("s47-rate", Y2015, EvaluationOptions.Default.WithPopulation(10_000));

        Assert.Equal(1m, result.Numerator);
    }
}
