using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// SSDA903 review rows sorted by child and REVIEW date. Rows of children with no other record are not kept: they are
// never in a cohort of children looked after.
internal sealed class ReviewTable : Table<Review>
{
    public ReviewTable(IEnumerable<Review> records, ChildIndex ids)
        : base([.. records.Where(r => ids.TryGet(r.ChildId, out _))], ids, r => r.ChildId, r => Day.Of(r.ReviewDate))
    {
        Date = Column(r => Day.Of(r.ReviewDate));
    }

    // REVIEW, as day numbers, in date order within each child.
    public int[] Date { get; }

    // The child's review dates in [from, to] (inclusive), in date order.
    public ReadOnlySpan<int> Between(int child, int from, int to)
    {
        var (first, last) = (Offsets[child], Offsets[child + 1]);
        var lo = first;
        while (lo < last && Date[lo] < from)
        {
            lo++;
        }

        var hi = lo;
        while (hi < last && Date[hi] <= to)
        {
            hi++;
        }

        return Date.AsSpan(lo, hi - lo);
    }
}
