namespace ChildrensSocialCare.Indicators;

// The rows open at the period end (started on or before it, not ended on or before it: specification 1.1), each
// a unit: plan-level snapshots such as plans open 2 years or more.
internal static class RowsOpenAtEnd
{
    public static Tally Run<TSink, TRule>(int[] start, int[] end, EvaluationContext c, TRule rule, ref TSink sink)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule
    {
        for (var row = 0; row < start.Length; row++)
        {
            if (c.OpenAtEnd(start[row], end[row]))
            {
                sink.Report(row, rule.Judge(row));
            }
        }

        return sink.Tally();
    }
}
