namespace ChildrensSocialCare.Indicators;

// The children looked after at any time in the period: each child with an SSDA903 episode whose span [DECOM, DEC)
// overlaps the period (specification section 2), through the latest such episode. Episodes of an agreed series of
// short-term breaks (legal status V3/V4) are ignored entirely, and reported as excluded.
internal static class LookedAfterDuringPeriod
{
    public static Tally Run<TSink, TRule>(EvaluationContext c, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule =>
        LookedAfterChildren.Run(c, new OverlapsPeriod(c), rule, ref into);

    private readonly struct OverlapsPeriod(EvaluationContext c) : IEpisodeSpan
    {
        public bool Selects(int start, int end) => c.Overlaps(start, end);
    }
}
