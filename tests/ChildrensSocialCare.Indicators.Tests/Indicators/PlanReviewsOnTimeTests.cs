namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// cpp-reviews-on-time (NI 67; INDICATORS.md section 8 and 8.1), in 2013-14: the window is [1 April 2013,
// min(31 March 2014, plan end)).
public class PlanReviewsOnTimeTests
{
    [Fact]
    public void Every_review_due_in_the_window_must_be_held_by_its_due_date_chained_from_the_one_held()
    {
        var result = new ReturnBuilder(2014)
            // Due 10 Apr 2013 (held that day), then 10 Oct 2013 (held), then 10 Apr 2014: after the window. In time.
            .Plan("A", "2013-01-10", reviews: ["2013-04-10", "2013-10-10"])
            // Due 10 Apr 2013, held a day late. Not in time.
            .Plan("B", "2013-01-10", reviews: ["2013-04-11"])
            // Due 1 Jan 2013, held late on 1 Feb 2013 (before the period: not judged); the next is due 6 months from
            // the day it was held, 1 Aug 2013 (not 1 Jul), and was held then; the next, 1 Feb 2014, on 20 Jan. In time.
            .Plan("D", "2012-10-01", reviews: ["2013-02-01", "2013-08-01", "2014-01-20"])
            // Lasted 3 months by 15 Mar 2014, the first review due then and not held. Not in time.
            .Plan("E", "2013-12-15")
            // Not 3 months old by the period end (due 5 Apr 2014): not a unit.
            .Plan("F", "2014-01-05")
            // Ended 1 May 2013; due 1 Apr 2013, held 25 Mar. In time.
            .Plan("G", "2013-01-01", "2013-05-01", reviews: ["2013-03-25"])
            // Due 1 Mar 2013 (held), then 1 Sep 2013, after the plan ended on 1 Aug: not due. In time.
            .Plan("H", "2012-12-01", "2013-08-01", reviews: ["2013-03-01"])
            // Ended 1 Apr 2013, the period's first day: [start, 1 Apr) does not overlap the period.
            .Plan("I", "2012-01-01", "2013-04-01")
            // Due on 31 Mar 2014, the period end, outside [1 Apr 2013, 31 Mar 2014) as written. In time.
            .Plan("J", "2013-12-31")
            .Evaluate("cpp-reviews-on-time", ReportingPeriod.Year(2014));

        // Units A, B, D, E, G, H, J; in time A, D, G, H, J: 5 / 7 = 71.4%.
        Assert.Equal((5m, 7m), (result.Numerator, result.Denominator));
        Assert.Equal("71.4", result.Display);
        Assert.Equal(["A", "D", "G", "H", "J"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void When_no_review_is_left_the_chain_runs_on_from_the_due_date()
    {
        // Due 1 Feb 2013 (held 1 Jan 2013: early, in time), 1 Jul 2013 (not held: late), and nothing more is judged.
        var result = new ReturnBuilder(2014).Plan("A", "2012-11-01", reviews: ["2013-01-01"])
            .Evaluate("cpp-reviews-on-time", ReportingPeriod.Year(2014));

        Assert.Equal((0m, 1m), (result.Numerator, result.Denominator));
    }
}
