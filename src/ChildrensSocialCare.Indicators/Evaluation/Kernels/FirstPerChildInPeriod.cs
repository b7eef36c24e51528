namespace ChildrensSocialCare.Indicators;

// Children with at least one row dated in the period (a plan starting in it), each once, in a table sorted by child:
// in the numerator when any of those rows passes the test (a repeat plan). The unit reported is the first row that
// passes, or else the child's first row in the period.
internal static class FirstPerChildInPeriod
{
    public static Tally Run<TSink, TTest>(int[] child, int[] date, EvaluationContext c, TTest test, ref TSink into)
        where TSink : struct, IUnitSink
        where TTest : struct, IRowTest
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        var row = 0;
        while (row < child.Length)
        {
            var current = child[row];
            var first = -1;
            var passed = -1;
            for (; row < child.Length && child[row] == current; row++)
            {
                if (!c.InPeriod(date[row]))
                {
                    continue;
                }

                if (first < 0)
                {
                    first = row;
                }

                if (passed < 0 && test.Test(row))
                {
                    passed = row;
                }
            }

            if (first >= 0)
            {
                sink.Member(passed >= 0 ? passed : first, passed >= 0);
            }
        }

        into = sink;
        return sink.Tally();
    }
}
