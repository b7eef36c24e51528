namespace ChildrensSocialCare.Indicators;

// A chain of statutory reviews against their due dates (NI 66, NI 67; specification section 8 and 8.1): the k-th
// review held answers the k-th due date; the first is due on `firstDue`, each later one `months` calendar months
// after the previous review was held, or after its due date when it was not held. A unit is in time when every due
// date in the judged window [from, to) (the period start to the earlier of the period end and the end of care or of
// the plan, as written) was met by a review held on or before it; nothing falling due in the window is in time.
internal static class ReviewChain
{
    public static bool InTime(int firstDue, ReadOnlySpan<int> held, int months, int from, int to) =>
        InTime(firstDue, held, months, months, from, to);

    // As above, with the second review due `secondMonths` after the first and each later one `laterMonths` after the one
    // before (looked-after reviews: 3, then 6).
    public static bool InTime(int firstDue, ReadOnlySpan<int> held, int secondMonths, int laterMonths, int from, int to)
    {
        var due = firstDue;
        for (var k = 0; due < to; k++)
        {
            var review = k < held.Length ? held[k] : Day.None;
            if (due >= from && (review == Day.None || review > due))
            {
                return false;
            }

            due = Day.AddMonths(review == Day.None ? due : review, k == 0 ? secondMonths : laterMonths);
        }

        return true;
    }
}
