namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// cla-reviews-on-time (NI 66; INDICATORS.md section 8 and 8.1) over 2013-14 (1 April 2013 to 31 March 2014): the
// first review is due on the 20th working day after the start of the period of care, the second 3 calendar months
// after the first, each later one 6 calendar months after the one before, chained from the day a review was held.
public class LookedAfterReviewsOnTimeTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    [Fact]
    public void Every_review_falling_due_in_the_period_must_be_held_by_its_due_date()
    {
        var result = new ReturnBuilder(2014)
            // Start Mon 3 June 2013: first due 1 July (20 working days, no bank holiday in June); held 28 June. Second
            // due 28 September, held 20 September; third due 20 March 2014, held 14 March; the fourth (14 September)
            // is after the period. In time.
            .Care("A", "2013-06-03").Open().Reviews("A", "2013-06-28", "2013-09-20", "2014-03-14")
            // First review on 5 July, after its due date of 1 July: late.
            .Care("B", "2013-06-03").Open().Reviews("B", "2013-07-05")
            // First on its due date (in time); second due 1 October, held 15 October: late.
            .Care("C", "2013-06-03").Open().Reviews("C", "2013-07-01", "2013-10-15")
            // Started 10 March 2014: 15 working days by 31 March, so not yet 20: not in the denominator.
            .Care("D", "2014-03-10").Open()
            // Care ended on 1 September, before the second review fell due (28 September): only the first was due.
            .Care("E", "2013-06-03").Ends("2013-09-01", "E13").Reviews("E", "2013-06-28")
            // Began before the records (RNE P): chained from the latest review before the period, 15 January 2013:
            // due 15 July, held 10 July; next due 10 January 2014, held 9 January. In time.
            .Care("F", "2012-01-02", rne: "P").Open().Reviews("F", "2013-01-15", "2013-07-10", "2014-01-09")
            // Began before the records with no earlier review recorded: undetermined, left out and listed.
            .Care("G", "2012-01-02", rne: "P").Open().Reviews("G", "2013-07-10")
            // Began before the records; latest earlier review 1 December 2012, so due 1 June 2013, held 10 June: late.
            .Care("H", "2012-01-02", rne: "P").Open().Reviews("H", "2012-12-01", "2013-06-10")
            // Start Mon 7 January 2013: first due 4 February, held 20 February (late, but before the period: not
            // judged). The late review shifts the chain: second due 20 May (not 4 May), held 15 May; third due
            // 15 November, held 10 November. In time (chained from the due date instead, 15 May would be late).
            .Care("I", "2013-01-07").Open().Reviews("I", "2013-02-20", "2013-05-15", "2013-11-10")
            // Two periods of care: the first in time (started 1 May 2013, first due 30 May after the bank holidays of
            // 6 and 27 May, held 20 May; ended 1 July before the second fell due); the second started Mon 2 September,
            // first due 30 September, held 15 October: late, so the child is not in time.
            .Care("K", "2013-05-01").Ends("2013-07-01", "E13").Care("K", "2013-09-02").Open()
            .Reviews("K", "2013-05-20", "2013-10-15")
            .Evaluate("cla-reviews-on-time", Y2014);

        // Denominator A, B, C, E, F, H, I, K = 8; in time A, E, F, I = 4. 4 / 8 = 50%.
        Assert.Equal((4m, 8m), (result.Numerator, result.Denominator));
        Assert.Equal("50", result.Display);
        var explanation = result.Explain();
        Assert.Equal(["A", "E", "F", "I"], explanation.Numerator.Select(e => e.ChildId));
        Assert.Equal([("G", ExclusionCodes.ReviewsUndetermined)], explanation.Excluded.Select(x => (x.Entry.ChildId, x.Code)));
    }

    [Fact]
    public void A_first_review_due_on_the_period_end_is_not_yet_judged()
    {
        // Start Mon 3 March 2014: 20 working days later is Mon 31 March, the period end. The judged window
        // [1 April 2013, 31 March 2014) does not hold it, so nothing fell due: in time.
        var result = new ReturnBuilder(2014).Care("A", "2014-03-03").Open().Evaluate("cla-reviews-on-time", Y2014);

        Assert.Equal((1m, 1m), (result.Numerator, result.Denominator));
    }

    [Fact]
    public void The_only_earlier_review_held_within_20_working_days_of_the_start_is_taken_as_the_first()
    {
        // RNE P on 4 March 2013 (care began before the records as far as they show), review 20 March 2013, within 20
        // working days of 4 March: taken as the first, so the next is due 3 months later, 20 June; held 1 July: late.
        // (Taken as a later review it would be due 20 September, and 1 July would be in time.)
        var result = new ReturnBuilder(2014)
            .Care("A", "2013-03-04", rne: "P").Open().Reviews("A", "2013-03-20", "2013-07-01")
            .Evaluate("cla-reviews-on-time", Y2014);

        Assert.Equal((0m, 1m), (result.Numerator, result.Denominator));
    }
}
