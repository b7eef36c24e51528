namespace ChildrensSocialCare.Indicators;

// Distinct children with a record open at the period end (specification 1.1), in a table sorted by child: each
// child once, through the child's first open row (children in need, children on a plan).
internal static class DistinctChildrenOpenAtEnd
{
    public static Tally Run<TSink, TRule>(int[] child, int[] start, int[] end, EvaluationContext c, TRule rule, ref TSink sink)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule
    {
        var lastChild = -1;
        for (var row = 0; row < child.Length; row++)
        {
            if (child[row] != lastChild && c.OpenAtEnd(start[row], end[row]))
            {
                lastChild = child[row];
                sink.Report(row, rule.Judge(row));
            }
        }

        return sink.Tally();
    }
}
