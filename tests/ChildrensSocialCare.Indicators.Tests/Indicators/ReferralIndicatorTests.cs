using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// referrals-rate, re-referrals-12m, referrals-nfa and cin-rate (INDICATORS.md section 2).
public class ReferralIndicatorTests
{
    private static readonly ReportingPeriod Y2015 = ReportingPeriod.Year(2015);
    private static readonly EvaluationOptions Per10000 = EvaluationOptions.Default.WithPopulation(10_000);

    [Fact]
    public void Referral_rate_counts_every_referral_in_the_period_including_several_for_one_child()
    {
        var data = new ReturnBuilder()
            .Referral("A", "2014-04-01")            // first day of 2014-15: in
            .Referral("A", "2014-04-01")            // same child, same day: a second referral, in
            .Referral("A", "2014-09-30")            // in
            .Referral("B", "2015-03-31")            // last day: in
            .Referral("B", "2014-03-31")            // the day before the period: out
            .Referral("C", "2015-04-01")            // the day after: out
            .ToDataSet();

        var result = data.Evaluate("referrals-rate", Y2015, Per10000);

        // 4 referrals in a population of 10,000: 4 / 10,000 x 10,000 = 4.0 per 10,000.
        Assert.Equal(4m, result.Numerator);
        Assert.Equal(10_000m, result.Denominator);
        Assert.Equal(4m, result.Value);
        Assert.Equal("4.0", result.Display);
    }

    [Fact]
    public void Referral_exactly_twelve_months_later_is_a_re_referral()
    {
        // 10 May 2013 + 12 months = 10 May 2014, and the boundary is inclusive (P < R <= P + 12 months).
        var result = new ReturnBuilder()
            .Referral("A", "2013-05-10")
            .Referral("A", "2014-05-10")
            .Evaluate("re-referrals-12m", Y2015);

        // The 2013 referral is history (outside 2014-15); the 2014 one is in the period and is a re-referral: 1 / 1.
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal(100m, result.Value);
    }

    [Fact]
    public void Referral_twelve_months_and_a_day_later_is_not_a_re_referral()
    {
        // 11 May 2014 > 10 May 2013 + 12 months.
        var result = new ReturnBuilder()
            .Referral("A", "2013-05-10")
            .Referral("A", "2014-05-11")
            .Evaluate("re-referrals-12m", Y2015);

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        Assert.Equal("0.0", result.Display);
    }

    [Fact]
    public void Twelve_months_after_29_February_is_28_February()
    {
        // 29 Feb 2012 + 12 months clamps to 28 Feb 2013 (specification 1.2): a referral on 28 Feb 2013 is a re-referral,
        // one on 1 Mar 2013 is not. Period 2012-13 holds both later referrals (children B and C have their own history).
        var result = new ReturnBuilder()
            .Referral("B", "2012-02-29").Referral("B", "2013-02-28")
            .Referral("C", "2012-02-29").Referral("C", "2013-03-01")
            .Evaluate("re-referrals-12m", ReportingPeriod.Year(2013));

        // Referrals in 2012-13: B 28 Feb 2013 (re-referral), C 1 Mar 2013 (not): 1 / 2 = 50.0%.
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal("50.0", result.Display);
    }

    [Fact]
    public void Two_referrals_of_one_child_on_the_same_day_are_not_re_referrals_of_each_other()
    {
        var result = new ReturnBuilder()
            .Referral("A", "2014-06-01")
            .Referral("A", "2014-06-01")
            .Evaluate("re-referrals-12m", Y2015);

        // Both are referrals (denominator 2); P < R is strict, so neither is a re-referral.
        Assert.Equal(0m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
    }

    [Fact]
    public void Same_day_referrals_after_an_earlier_referral_are_both_re_referrals()
    {
        var result = new ReturnBuilder()
            .Referral("A", "2014-01-15")                              // history, 2013-14
            .Referral("A", "2014-06-01").Referral("A", "2014-06-01")  // each has P = 15 Jan 2014 < R <= 15 Jan 2015
            .Referral("A", "2014-07-01")                              // P = 1 Jun 2014
            .Evaluate("re-referrals-12m", Y2015);

        // 3 referrals in 2014-15, all 3 re-referrals.
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
    }

    [Fact]
    public void The_latest_earlier_referral_decides_and_other_children_are_not_history()
    {
        var result = new ReturnBuilder()
            .Referral("A", "2012-01-01").Referral("A", "2014-05-01")  // 28 months apart: not a re-referral
            .Referral("B", "2014-04-01").Referral("C", "2014-05-01")  // another child's referral is not history of C
            .Referral("D", "2013-04-02").Referral("D", "2014-03-01").Referral("D", "2015-03-01")
            // D: 1 Mar 2014 (2013-14) is within 12 months of 2 Apr 2013; 1 Mar 2015 is within 12 months of 1 Mar 2014.
            .Evaluate("re-referrals-12m", Y2015);

        // In 2014-15: A 1 May 2014 (no), B (no), C (no), D 1 Mar 2015 (yes): 1 / 4 = 25.0%.
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal(25m, result.Value);
    }

    [Fact]
    public void Referrals_nfa_is_the_share_of_referrals_with_ReferralNFA_true()
    {
        var result = new ReturnBuilder()
            .Referral("A", "2014-05-01", nfa: true)
            .Referral("B", "2014-06-01", nfa: false)
            .Referral("C", "2014-07-01", nfa: null)      // not recorded: counts as not NFA
            .Referral("D", "2014-03-31", nfa: true)      // before the period
            .Evaluate("referrals-nfa", Y2015);

        // 1 NFA of 3 referrals in the period: 33.333...% shown as 33.3.
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal("33.3", result.Display);
    }

    [Fact]
    public void Children_in_need_are_distinct_children_with_an_episode_open_at_the_period_end()
    {
        var data = new ReturnBuilder()
            .Referral("A", "2014-01-01")                             // open: counted
            .Referral("A", "2014-06-01")                             // A again: counted once
            .Referral("B", "2014-02-01", closed: "2015-03-31")       // closed on the period end: not open
            .Referral("C", "2014-02-01", closed: "2015-04-01")       // closed the day after: open
            .Referral("D", "2015-03-31")                             // referred on the period end: open
            .Referral("E", "2015-04-01")                             // referred after: not open
            .Referral("F", "2014-05-01", nfa: true)                  // NFA with no closure date: open by its dates
            .Referral("G", "2010-01-01", closed: "2012-01-01")       // long closed
            .ToDataSet();

        var result = data.Evaluate("cin-rate", Y2015, EvaluationOptions.Default.WithPopulation(20_000));

        // A, C, D, F: 4 children in 20,000: 4 / 20,000 x 10,000 = 2.0 per 10,000.
        Assert.Equal(4m, result.Numerator);
        Assert.Equal(20_000m, result.Denominator);
        Assert.Equal(2m, result.Value);
        Assert.Equal(["A", "C", "D", "F"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void The_children_in_need_rate_is_a_snapshot_and_is_never_annualised()
    {
        var data = new ReturnBuilder().Referral("A", "2014-05-01").ToDataSet();
        var options = Per10000 with { Annualise = true };

        var result = data.Evaluate("cin-rate", ReportingPeriod.Month(2014, 6), options);

        // 1 / 10,000 x 10,000 = 1.0, not x 12.
        Assert.False(result.IsAnnualised);
        Assert.Equal(1m, result.Value);
    }

    [Fact]
    public void Child_ids_are_trimmed_but_case_sensitive()
    {
        var result = new ReturnBuilder()
            .Referral("A", "2014-05-01")
            .Referral(" A ", "2014-06-01")   // the same child as "A": a re-referral
            .Referral("a", "2014-07-01")     // a different child
            .Evaluate("re-referrals-12m", Y2015);

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
    }
}
