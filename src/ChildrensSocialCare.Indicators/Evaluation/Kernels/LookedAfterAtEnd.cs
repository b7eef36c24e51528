namespace ChildrensSocialCare.Indicators;

// The children looked after at the period end (DfE A1): each child with an SSDA903 episode open then, through the
// latest such episode (so that the current placement and period of care are found through it). Episodes of an
// agreed series of short-term breaks (legal status V3/V4) are ignored entirely, and reported as excluded.
internal static class LookedAfterAtEnd
{
    public static Tally Run<TSink, TRule>(EvaluationContext c, TRule rule, ref TSink into)
        where TSink : struct, IUnitSink
        where TRule : struct, IUnitRule =>
        LookedAfterChildren.Run(c, new OpenAtEnd(c), rule, ref into);

    private readonly struct OpenAtEnd(EvaluationContext c) : IEpisodeSpan
    {
        public bool Selects(int start, int end) => c.OpenAtEnd(start, end);
    }
}
