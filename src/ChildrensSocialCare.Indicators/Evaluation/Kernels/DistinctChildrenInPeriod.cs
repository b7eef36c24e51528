namespace ChildrensSocialCare.Indicators;

// Children with at least one row dated in the period, each once, in a table sorted by child (periods of care, plans):
// the unit is the child's row with the earliest such date (a start, specification 8.1: "starts take the first start
// in the period") or the latest (a ceasing: "the last occasion"), the earlier row on a tie for the first and the later
// for the last, and the rule decides it (counted for a count or rate, a member of a share). The dates need not be
// sorted within a child: periods of care are in order of their start, and overlapping episodes can leave their ends
// out of order.
internal static class DistinctChildrenInPeriod
{
    public static Tally Run<TSink, TRule>(int[] child, int[] date, EvaluationContext c, bool last, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        var row = 0;
        while (row < child.Length)
        {
            var current = child[row];
            var unit = -1;
            for (; row < child.Length && child[row] == current; row++)
            {
                var day = date[row];
                if (day != Day.Open && c.InPeriod(day) && (unit < 0 || (last ? day >= date[unit] : day < date[unit])))
                {
                    unit = row;
                }
            }

            if (unit >= 0)
            {
                sink.Report(unit, rule.Judge(unit));
            }
        }

        into = sink;
        return sink.Tally();
    }
}
