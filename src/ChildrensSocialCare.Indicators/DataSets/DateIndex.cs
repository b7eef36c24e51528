namespace ChildrensSocialCare.Indicators;

// The rows of a table ordered by one of its dates, so that the rows whose date falls in a period are one contiguous
// run, found by binary search: a flow indicator visits the rows of its period only, not those of every year supplied.
// Rows without the date (Day.None, or an end still Open) are not in the index. Worth it for the indicators that read
// little else of each row (a count, one flag or code): reaching several other columns through the index is a random
// access per column, slower than scanning the table in order, so the timeliness indicators scan.
internal sealed class DateIndex
{
    private readonly int[] _dates;
    private readonly int[] _rows;

    public DateIndex(int[] date)
    {
        var count = 0;
        foreach (var d in date)
        {
            if (d is not (Day.None or Day.Open))
            {
                count++;
            }
        }

        _dates = new int[count];
        _rows = new int[count];
        var k = 0;
        for (var i = 0; i < date.Length; i++)
        {
            if (date[i] is not (Day.None or Day.Open))
            {
                _dates[k] = date[i];
                _rows[k] = i;
                k++;
            }
        }

        Array.Sort(_dates, _rows);
    }

    // The rows whose date is in the period. Counting needs no order; an explanation lists records in the table's
    // order (child, then date), as a scan of the whole table would, so when explaining the rows are sorted first.
    public ReadOnlySpan<int> InPeriod(EvaluationContext c, bool tableOrder)
    {
        var from = FirstAtOrAfter(c.Start);
        var to = c.End == int.MaxValue ? _dates.Length : FirstAtOrAfter(c.End + 1);
        var rows = _rows.AsSpan(from, to - from);
        if (!tableOrder)
        {
            return rows;
        }

        var sorted = rows.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private int FirstAtOrAfter(int day) => SortedSearch.FirstAtLeast(_dates, day);
}
