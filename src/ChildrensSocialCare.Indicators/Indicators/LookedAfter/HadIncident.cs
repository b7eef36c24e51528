namespace ChildrensSocialCare.Indicators;

// cla-missing and cla-away: whether the child of an episode has a missing row of the kind starting in the period.
internal readonly struct HadIncident(EvaluationContext c, char kind) : IRowTest
{
    private readonly int[] _child = c.Data.Care.Child;

    public bool Test(int row) => c.Data.MissingTable.FirstInPeriod(c, _child[row], kind) != Day.None;

    // A child's entry shows the first such incident's start.
    public static UnitSource Units(EvaluationContext c, char kind) => TableUnits.Episodes(c, (row, _) =>
        [new KeyDate("first incident start", Day.ToNullableDate(c.Data.MissingTable.FirstInPeriod(c, c.Data.Care.Child[row], kind)))]);
}
