namespace ChildrensSocialCare.Indicators;

// The children with an SSDA903 episode that passes a span test (open at the period end, or overlapping the period),
// each through the latest such episode (so that the current placement and period of care are found through it).
// Episodes of an agreed series of short-term breaks (legal status V3/V4) are ignored entirely, and reported as
// excluded. The cohorts LookedAfterAtEnd and LookedAfterDuringPeriod are this loop with their span test.
internal static class LookedAfterChildren
{
    public static Tally Run<TSink, TSpan, TRule>(EvaluationContext c, TSpan span, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TSpan : struct, IEpisodeSpan
        where TRule : struct, IUnitRule
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        var care = c.Data.Care;
        var (offsets, start, end, shortBreak) = (care.Offsets, care.Start, care.End, care.ShortBreak);
        foreach (var child in care.EpisodeChildren)
        {
            var found = -1;
            for (var i = offsets[child]; i < offsets[child + 1]; i++)
            {
                if (!span.Selects(start[i], end[i]))
                {
                    continue;
                }

                if (shortBreak[i])
                {
                    sink.Exclude(i, ExclusionCodes.ShortBreak);
                    continue;
                }

                found = i;
            }

            if (found >= 0)
            {
                sink.Report(found, rule.Judge(found));
            }
        }

        into = sink;
        return sink.Tally();
    }
}

// Which episodes (by their span [DECOM, DEC)) a looked-after cohort selects.
internal interface IEpisodeSpan
{
    bool Selects(int start, int end);
}
