namespace ChildrensSocialCare.Indicators;

// A duration of each event in the period (found through a DateIndex), in days: the mean is the value (total days
// over the number of events), the median and the count are details, and the sum of squares gives the mean's
// interval. Every event measured is a member of both numerator and denominator; one the measure cannot take (a date
// missing) is left out with the measure's code.
internal static class MeanDaysOfEvents
{
    public static Tally Run<TSink, TDays>(DateIndex index, EvaluationContext c, TDays measure, string countLabel, ref TSink into)
        where TSink : struct, IUnitSink
        where TDays : struct, IUnitDays
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        var rows = index.InPeriod(c, TSink.InTableOrder);
        var measured = new long[rows.Length];
        var n = 0;
        for (var k = 0; k < rows.Length; k++)
        {
            var d = measure.Days(rows[k], out var unit, out var excludedBy);
            if (excludedBy is not null)
            {
                sink.Exclude(unit, excludedBy);
                continue;
            }

            measured[n++] = d;
            sink.Member(unit, true);
        }

        into = sink;
        var days = n == measured.Length ? measured : measured[..n];
        Array.Sort(days);
        decimal? median = days.Length == 0 ? null
            : days.Length % 2 == 1 ? days[days.Length / 2]
            : (days[(days.Length / 2) - 1] + days[days.Length / 2]) / 2m;
        ResultDetail[] details =
        [
            new("median", "Median days", median ?? 0, null, median, Unit.Days),
            new("count", countLabel, days.Length, null, days.Length, Unit.Count),
        ];
        // The sum of squares for the mean's interval (its sample standard deviation), in the pass the sum needs anyway.
        long total = 0, squares = 0;
        foreach (var d in days)
        {
            total += d;
            squares += d * d;
        }

        return new Tally(total, days.Length) { Details = details, SumOfSquares = squares };
    }
}

// The days of one event of a DateIndex, and the row of the unit it reports (an adoption's last episode); or, with
// excludedBy set to its exclusion code, why the event cannot be measured.
internal interface IUnitDays
{
    long Days(int indexRow, out int unit, out string? excludedBy);
}
