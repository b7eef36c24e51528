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
        var (min, max) = (int.MaxValue, int.MinValue);
        foreach (var d in date)
        {
            if (d is not (Day.None or Day.Open))
            {
                count++;
                min = Math.Min(min, d);
                max = Math.Max(max, d);
            }
        }

        _dates = new int[count];
        _rows = new int[count];
        if (count == 0)
        {
            return;
        }

        // A counting sort on the day when the dates span few days for their number (a few years of records, as
        // returns hold): rows of one day in row order. Else a comparison sort.
        var span = (long)max - min + 1;
        if (span <= Math.Max(4L * count, 4096))
        {
            var start = new int[span + 1];
            foreach (var d in date)
            {
                if (d is not (Day.None or Day.Open))
                {
                    start[d - min + 1]++;
                }
            }

            for (var k = 0; k < span; k++)
            {
                start[k + 1] += start[k];
            }

            for (var i = 0; i < date.Length; i++)
            {
                if (date[i] is not (Day.None or Day.Open))
                {
                    var at = start[date[i] - min]++;
                    _dates[at] = date[i];
                    _rows[at] = i;
                }
            }

            return;
        }

        var j = 0;
        for (var i = 0; i < date.Length; i++)
        {
            if (date[i] is not (Day.None or Day.Open))
            {
                _dates[j] = date[i];
                _rows[j] = i;
                j++;
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
