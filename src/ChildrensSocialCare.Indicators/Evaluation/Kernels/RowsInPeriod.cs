namespace ChildrensSocialCare.Indicators;

// The rows whose date (one column) is in the period, by a scan of the table in order: for rules that read several
// other columns of each row, where reaching them through a DateIndex would be a random access per column (see
// DateIndex). A missing date (Day.None) or an end still open (Day.Open) is never in the period.
internal static class RowsInPeriod
{
    public static Tally Run<TSink, TRule>(int[] date, EvaluationContext c, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        for (var row = 0; row < date.Length; row++)
        {
            var day = date[row];
            if (day != Day.Open && c.InPeriod(day))
            {
                sink.Report(row, rule.Judge(row));
            }
        }

        into = sink;
        return sink.Tally();
    }
}
