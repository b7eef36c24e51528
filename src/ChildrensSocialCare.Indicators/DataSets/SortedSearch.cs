namespace ChildrensSocialCare.Indicators;

// Binary search over ascending integers, shared by the date indexes and the working-day calendar.
internal static class SortedSearch
{
    // The index of the first element at least value (the length when there is none).
    public static int FirstAtLeast(ReadOnlySpan<int> sorted, long value)
    {
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
