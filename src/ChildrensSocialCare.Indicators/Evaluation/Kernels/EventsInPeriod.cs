namespace ChildrensSocialCare.Indicators;

// The units whose date is in the period, found through a DateIndex (a binary search, not a scan of every year
// supplied): a count of events (referrals, assessments, section 47 enquiries) or a share of them (NFA referrals),
// as the rule says.
internal static class EventsInPeriod
{
    public static Tally Run<TSink, TRule>(DateIndex index, EvaluationContext c, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        foreach (var row in index.InPeriod(c, TSink.InTableOrder))
        {
            sink.Report(row, rule.Judge(row));
        }

        into = sink;
        return sink.Tally();
    }
}
