namespace ChildrensSocialCare.Indicators;

// Every row of a table, each a unit the rule decides: lists that are a cohort by themselves (Annex A's care leavers,
// or its children in care with a missing episode, where the rule skips the others).
internal static class AllRows
{
    public static Tally Run<TSink, TRule>(int count, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        for (var row = 0; row < count; row++)
        {
            sink.Report(row, rule.Judge(row));
        }

        into = sink;
        return sink.Tally();
    }
}
