namespace ChildrensSocialCare.Indicators;

// The children looked after at any time in the period: each child with an SSDA903 episode whose span [DECOM, DEC)
// overlaps the period (specification section 2), through the latest such episode. Episodes of an agreed series of
// short-term breaks (legal status V3/V4) are ignored entirely, and reported as excluded.
internal static class LookedAfterDuringPeriod
{
    public static Tally Run<TSink, TRule>(EvaluationContext c, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
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
                if (!c.Overlaps(start[i], end[i]))
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
