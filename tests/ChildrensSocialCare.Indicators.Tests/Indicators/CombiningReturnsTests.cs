using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// Several years' returns (INDICATORS.md 1.5): records are matched by identity and the later return wins; records
// within one return are never merged.
public class CombiningReturnsTests
{
    private static readonly EvaluationOptions Per10000 = EvaluationOptions.Default.WithPopulation(10_000);

    [Fact]
    public void The_later_returns_version_of_a_CIN_episode_wins_whatever_order_returns_are_supplied_in()
    {
        // 2013-14 return: the referral of 10 May 2013 is open at 31 Mar 2014. 2014-15 return: the same referral, now
        // closed on 1 Jun 2014 and flagged NFA.
        var earlier = new ReturnBuilder(2014).Referral("A", "2013-05-10").Referral("B", "2013-06-01").Set;
        var later = new ReturnBuilder(2015).Referral("A", "2013-05-10", closed: "2014-06-01", nfa: true).Set;

        foreach (var data in new[] { DataSet.Create(earlier, later), DataSet.Create(later, earlier) })
        {
            // One referral for A (not two), with the later values; B, only in the earlier return, is kept.
            Assert.Equal(2, data.CinEpisodes.Count);
            Assert.Equal(D("2014-06-01"), data.CinEpisodes.Single(e => e.ChildId == "A").ClosureDate);
            Assert.Equal(2m, data.Evaluate("referrals-rate", ReportingPeriod.Year(2014), Per10000).Numerator);
            Assert.Equal(1m, data.Evaluate("referrals-nfa", ReportingPeriod.Year(2014)).Numerator);
            // At 31 Mar 2015 A is closed; B is still open.
            Assert.Equal(1m, data.Evaluate("cin-rate", ReportingPeriod.Year(2015), Per10000).Numerator);
        }
    }

    [Fact]
    public void Same_day_referrals_within_a_return_stay_separate_and_are_not_doubled_by_a_later_return()
    {
        var earlier = new ReturnBuilder(2015).Referral("A", "2014-06-01").Referral("A", "2014-06-01").Set;
        var later = new ReturnBuilder(2016).Referral("A", "2014-06-01").Referral("A", "2014-06-01").Set;

        var result = DataSet.Create(earlier, later).Evaluate("referrals-rate", ReportingPeriod.Year(2015), Per10000);

        // Two referrals (in each return), not four.
        Assert.Equal(2m, result.Numerator);
    }

    [Fact]
    public void An_episode_repeated_in_the_next_SSDA903_return_is_matched_by_child_and_DECOM()
    {
        var earlier = new ReturnBuilder(2014).Care("A", "2013-06-01").Open().Set;
        var later = new ReturnBuilder(2015).Care("A", "2013-06-01").Ends("2014-06-01", "E13").Set;

        var data = DataSet.Create(earlier, later);

        Assert.Single(data.Episodes);
        Assert.Single(data.PeriodsOfCare("A"));
        Assert.Equal(1m, data.Evaluate("cla-rate", ReportingPeriod.Year(2014), Per10000).Numerator);
        Assert.Equal(0m, data.Evaluate("cla-rate", ReportingPeriod.Year(2015), Per10000).Numerator);
    }

    [Fact]
    public void A_plan_is_matched_by_CPPID_when_the_return_carries_one()
    {
        // The later return corrects the start date of plan P1. Kept twice, the 2 Jun plan would have an earlier plan
        // (1 Jun) and count as a second plan.
        var earlier = new ReturnBuilder(2014).Plan("A", "2013-06-01", id: "P1").Set;
        var later = new ReturnBuilder(2015).Plan("A", "2013-06-02", "2014-08-01", id: "P1").Set;

        var data = DataSet.Create(earlier, later);
        var result = data.Evaluate("cpp-second-subsequent", ReportingPeriod.Year(2014));

        Assert.Equal(D("2013-06-02"), Assert.Single(data.ChildProtectionPlans).StartDate);
        Assert.Equal((0m, 1m), (result.Numerator, result.Denominator));
    }

    [Fact]
    public void Plans_without_a_CPPID_are_matched_by_child_and_start_date()
    {
        var earlier = new ReturnBuilder(2014).Plan("A", "2013-06-01").Set;
        var later = new ReturnBuilder(2015).Plan("A", "2013-06-01", "2014-08-01").Set;

        var data = DataSet.Create(earlier, later);

        Assert.Equal(D("2014-08-01"), Assert.Single(data.ChildProtectionPlans).EndDate);
        Assert.Equal(0m, data.Evaluate("cpp-rate", ReportingPeriod.Year(2015), Per10000).Numerator);
    }

    [Fact]
    public void Assessments_and_section_47_enquiries_appear_once_with_the_later_values()
    {
        var earlier = new ReturnBuilder(2014)
            .Assessment("A", "2014-03-20", null, id: "AS1")
            .Section47("A", "2014-03-20")
            .Set;
        var later = new ReturnBuilder(2015)
            .Assessment("A", "2014-03-21", "2014-04-10", id: "AS1")   // matched by AssessmentID although the start moved
            .Section47("A", "2014-03-20", "2014-04-08")
            .Set;

        var data = DataSet.Create(earlier, later);

        Assert.Equal(D("2014-04-10"), Assert.Single(data.Assessments).AuthorisationDate);
        Assert.Equal(D("2014-04-08"), Assert.Single(data.Section47Enquiries).InitialConferenceDate);
        Assert.Equal(1m, data.Evaluate("assessments-45wd", ReportingPeriod.Year(2015)).Denominator);
        Assert.Equal(1m, data.Evaluate("icpc-15wd", ReportingPeriod.Year(2015)).Denominator);
    }

    [Fact]
    public void Each_years_OC3_rows_are_kept_when_the_rows_carry_only_their_returns_collection_year()
    {
        // The same young person in the 2013-14 return (aged 19 on 1 Jun 2013, in touch) and the 2014-15 return (20 on
        // 1 Jun 2014, not in touch). The rows themselves carry no year: it is the return's. They are different rows
        // ("an OC3 row by child and collection year"), so each year keeps its own.
        var earlier = new ReturnBuilder(2014).CareLeaver("A", "1994-06-01", inTouch: "YES").Set;
        var later = new ReturnBuilder(2015).CareLeaver("A", "1994-06-01", inTouch: "NO").Set;

        var data = DataSet.Create(earlier, later);

        Assert.Equal(2, data.CareLeaverOutcomes.Count);
        Assert.Equal((1m, 1m), Pair(data.Evaluate("care-leavers-in-touch", ReportingPeriod.Year(2014))));
        Assert.Equal((0m, 1m), Pair(data.Evaluate("care-leavers-in-touch", ReportingPeriod.Year(2015))));
    }

    [Fact]
    public void An_OC3_row_repeated_for_the_same_collection_year_is_replaced_by_the_later_return()
    {
        // A resubmission of 2013-14 (supplied second, same year) replaces the row.
        var first = new ReturnBuilder(2014).CareLeaver("A", "1994-06-01", inTouch: "NO").Set;
        var resubmitted = new ReturnBuilder(2014).CareLeaver("A", "1994-06-01", inTouch: "YES").Set;

        var data = DataSet.Create(first, resubmitted);

        Assert.Equal((1m, 1m), Pair(data.Evaluate("care-leavers-in-touch", ReportingPeriod.Year(2014))));
    }

    private static (decimal, decimal) Pair(IndicatorResult r) => (r.Numerator, r.Denominator);
}
