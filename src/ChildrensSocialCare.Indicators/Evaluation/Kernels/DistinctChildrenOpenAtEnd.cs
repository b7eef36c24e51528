namespace ChildrensSocialCare.Indicators;

// Distinct children with a record open at the period end (specification 1.1), in a table sorted by child: each
// child once, through the child's first open row (children in need, children on a plan).
internal static class DistinctChildrenOpenAtEnd
{
    public static Tally Run<TSink, TRule>(int[] child, int[] start, int[] end, EvaluationContext c, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        var lastChild = -1;
        for (var row = 0; row < child.Length; row++)
        {
            if (child[row] != lastChild && c.OpenAtEnd(start[row], end[row]))
            {
                lastChild = child[row];
                sink.Report(row, rule.Judge(row));
            }
        }

        into = sink;
        return sink.Tally();
    }
}
