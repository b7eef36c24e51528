namespace ChildrensSocialCare.Indicators;

// The rows open at the period end (started on or before it, not ended on or before it: specification 1.1), each
// a unit: plan-level snapshots such as plans open 2 years or more.
internal static class RowsOpenAtEnd
{
    public static Tally Run<TSink, TRule>(int[] start, int[] end, EvaluationContext c, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        for (var row = 0; row < start.Length; row++)
        {
            if (c.OpenAtEnd(start[row], end[row]))
            {
                sink.Report(row, rule.Judge(row));
            }
        }

        into = sink;
        return sink.Tally();
    }
}
