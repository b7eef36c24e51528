using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// cpp-started-rate, icpc-rate, s47-to-icpc, cin-disabled-share and assessment-factors (INDICATORS.md section 8 and
// 8.1). The year is 2013-14.
public class ConferencesDisabilityAndFactorsTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    [Fact]
    public void Plans_started_rate_counts_children_not_plans()
    {
        var result = new ReturnBuilder()
            .Plan("A", "2013-05-01", "2013-08-01").Plan("A", "2014-01-10")            // two plans started: once
            .Plan("B", "2013-03-31")                                                  // the day before the period
            .Plan("C", "2014-03-31")                                                  // on the period end
            .Plan("D", "2012-05-01")                                                  // open, started earlier
            .Evaluate("cpp-started-rate", Y2014, EvaluationOptions.Default.WithPopulation(20_000));

        // A, C: 2 / 20,000 x 10,000 = 1.0 per 10,000.
        Assert.Equal((2m, 1m), (result.Numerator, result.Value));
        Assert.Equal("1.0", result.Display);
        var explained = result.Explain().Numerator;
        Assert.Equal(["A", "C"], explained.Select(e => e.ChildId));
        Assert.Equal(D("2013-05-01"), explained[0].Dates.Single(d => d.Name == "start").Date);
    }

    [Fact]
    public void Conference_rate_counts_distinct_child_and_date_pairs_from_Section47_and_CINdetails()
    {
        var result = new ReturnBuilder()
            .Section47("A", "2013-05-01", "2013-05-20").Referral("A", "2013-04-20", conference: "2013-05-20")   // one pair
            .Section47("B", "2013-06-01", "2013-06-20").Referral("B", "2013-05-20", conference: "2013-09-01")   // two
            .Section47("C", "2013-06-01", "2013-05-25")                                                       // before the start: counts
            .Section47("C", "2013-10-01", "2013-10-10", notRequired: true)                                    // not required, dated: counts
            .Section47("D", "2013-12-01", "2014-04-01").Referral("D", "2013-03-01", conference: "2013-03-31") // outside the period
            .Section47("E", "2013-11-01", "2013-11-11").Section47("E", "2013-11-04", "2013-11-11")            // one date twice: one
            .Evaluate("icpc-rate", Y2014, EvaluationOptions.Default.WithPopulation(10_000));

        // A 1 + B 2 + C 2 + D 0 + E 1 = 6; 6 / 10,000 x 10,000 = 6.0 per 10,000.
        Assert.Equal((6m, 6m), (result.Numerator, result.Value));
        var explained = result.Explain().Numerator;
        Assert.Equal(["A", "B", "B", "C", "C", "E"], explained.Select(e => e.ChildId).Order(StringComparer.Ordinal));
        Assert.Single(explained, e => e.Kind == "referral");   // B's September conference, recorded on CINdetails only
    }

    [Fact]
    public void Section47_to_conference_needs_a_Section47_conference_date_in_any_period_and_not_not_required()
    {
        var result = new ReturnBuilder()
            .Section47("A", "2013-05-01", "2013-05-20")                               // in
            .Section47("B", "2013-06-01", "2014-05-01")                               // conference next year: in
            .Section47("C", "2013-06-01", "2013-05-25")                               // conference before the start: in
            .Section47("D", "2013-10-01", "2013-10-10", notRequired: true)            // not required with a date: out
            .Section47("E", "2013-11-01")                                             // no conference: out
            .Section47("F", "2013-03-31", "2013-04-10")                               // started before the period
            .Section47("G", "2013-07-01").Referral("G", "2013-06-20", conference: "2013-07-15") // only CINdetails: out
            .Evaluate("s47-to-icpc", Y2014);

        // Started in 2013-14: A, B, C, D, E, G; led to a conference: A, B, C. 3 / 6 = 50.0%.
        Assert.Equal((3m, 6m), (result.Numerator, result.Denominator));
        Assert.Equal("50.0", result.Display);
        Assert.Equal(["A", "B", "C"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void Disabled_share_counts_any_code_other_than_NONE_and_keeps_children_without_a_code_in_the_denominator()
    {
        var result = new ReturnBuilder()
            .Child("A", "2005-01-01", "MOB").Referral("A", "2013-01-01")              // disabled
            .Child("B", "2005-01-01", "NONE").Referral("B", "2013-01-01")             // not disabled
            .Child("C", "2005-01-01").Referral("C", "2013-01-01")                     // nothing recorded: denominator only
            .Child("D", "2005-01-01", " none ").Referral("D", "2013-01-01")           // codes trimmed, case-blind
            .Child("E", "2005-01-01", "XYZ").Referral("E", "2013-01-01")              // outside the list: a disability
            .Child("F", "2005-01-01", "MOB").Referral("F", "2013-01-01", "2014-03-31") // closed on the period end: not CIN
            .Child("G", "2005-01-01", "NONE").Child("G", "2005-01-01", "MOB")         // two Child elements: the first's
            .Referral("G", "2013-01-01")
            .Evaluate("cin-disabled-share", Y2014);

        // In need at 31 March 2014: A, B, C, D, E, G; disabled: A, E. 2 / 6 = 33.3%.
        Assert.Equal((2m, 6m), (result.Numerator, result.Denominator));
        Assert.Equal("33.3", result.Display);
        Assert.Equal(["A", "E"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void Assessment_factors_count_each_code_once_per_assessment_as_a_share_of_assessments_authorised()
    {
        var result = new ReturnBuilder()
            .Assessment("A", "2013-05-01", "2013-06-01", factors: ["3A", "4A", "3a"])  // 3A once (codes case-blind), 4A
            .Assessment("A", "2013-12-01", "2014-01-01", factors: [" 21"])             // 21: no factors identified
            .Assessment("B", "2013-08-01", "2013-09-01", factors: ["3A"])
            .Assessment("C", "2013-09-01", "2013-10-01")                               // no factors: denominator only
            .Assessment("D", "2014-03-01", "2014-04-01", factors: ["3A"])              // authorised after the period
            .Assessment("E", "2014-01-01", null, factors: ["3A"])                      // not authorised
            .Evaluate("assessment-factors", Y2014);

        // 4 assessments authorised; 3A in 2 (50%), 4A in 1 (25%), 21 in 1 (25%); details in code order.
        Assert.Equal((4m, 4m), (result.Numerator, result.Value));
        Assert.Equal(
            [("21", 1m, 4m, 25m), ("3A", 2m, 4m, 50m), ("4A", 1m, 4m, 25m)],
            result.Details.Select(d => (d.Key, d.Numerator, d.Denominator!.Value, d.Value!.Value)));
    }
}
