namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-uasc-share</c>: Looked after at period end who are unaccompanied asylum-seeking children.</summary>
/// <remarks>
/// Of the children looked after at the period end (short breaks ignored), those with an SSDA903 UASC row whose DUC
/// is blank or after the period end (DfE Children looked after in England, table A; specification section 8).
/// </remarks>
internal sealed class LookedAfterUascShare : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 320,
        Id = "cla-uasc-share",
        FromAnnexA = true,
        Title = "Looked after at period end who are unaccompanied asylum-seeking children",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE A"],
        Source = Sources.Ssda903 + ", table A",
        Numerator = "Of those, children with a UASC row whose DUC is blank or after the period end",
        Denominator = "Children looked after at the period end",
        Decisions = [
            "A child who ceased to be UASC on the period end (DUC = period end) is not UASC at it.",
            "An unreadable DUC is blank, so the child is UASC; of several UASC rows of a child, any one that makes the child UASC is enough.",
            "V3 and V4 episodes are ignored.",
        ],
        Options = [],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        LookedAfterAtEnd.Run(c, new ShareWhere<UascAtEnd>(new UascAtEnd(c)), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Episodes(c, (row, _) =>
        [new KeyDate("DUC", Day.ToNullableDate(c.Data.UascUntil[c.Data.Care.Child[row]]))]);

    private readonly struct UascAtEnd(EvaluationContext c) : IRowTest
    {
        private readonly int[] _child = c.Data.Care.Child;
        private readonly int[] _until = c.Data.UascUntil;

        public bool Test(int row) => _until[_child[row]] > c.End;
    }
}
