namespace ChildrensSocialCare.Indicators;

// cla-missing and cla-away: whether the child of an episode has a missing row of the kind starting in the period.
internal readonly struct HadIncident(EvaluationContext c, char kind) : IRowTest
{
    private readonly int[] _child = c.Data.Care.Child;

    public bool Test(int row) => c.Data.MissingTable.FirstInPeriod(c, _child[row], kind) != Day.None;

    // The decisions both definitions state.
    public static string[] Decisions =>
    [
        "An incident counts when MIS_START is in the period, for a child of the denominator, whether or not looked after that day; one that started the day before the period does not.",
        "MISSING is trimmed and compared without regard to case; a row with another code is neither missing nor away.",
        "The child's unit is the latest episode overlapping the period; the breakdown date is the period end.",
        "V3 and V4 episodes are ignored.",
    ];

    // A child's entry shows the first such incident's start.
    public static UnitSource Units(EvaluationContext c, char kind) => TableUnits.Episodes(c, (row, _) =>
        [new KeyDate("first incident start", Day.ToNullableDate(c.Data.MissingTable.FirstInPeriod(c, c.Data.Care.Child[row], kind)))]);
}
