namespace ChildrensSocialCare.Indicators;

/// <summary><c>cin-disabled-share</c>: Children in need at period end with a disability recorded.</summary>
/// <remarks>
/// Of the children in need at the period end (as <c>cin-rate</c>), those with a Disability other than NONE recorded
/// (DfE Children in need statistics, table B; specification section 8). A child with no disability recorded is in
/// the denominator and not the numerator.
/// </remarks>
internal sealed class ChildrenInNeedDisabledShare : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 490,
        Id = "cin-disabled-share",
        Title = "Children in need at period end with a disability recorded",
        Family = IndicatorFamily.ChildrenInNeed,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE B"],
        Source = Sources.CinCensus + ", table B",
        Numerator = "Of those, children with a Disability other than NONE recorded",
        Denominator = "Distinct children with a CIN episode open at the period end",
        Decisions = [
            "A child with no Disability recorded is in the denominator, not the numerator.",
            "A Disability code outside the list counts as a disability.",
            "The child's record is the latest return's, with what it did not record taken from earlier returns; a CIN child in two Child elements of one return keeps the first one's codes.",
        ],
        Options = [],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed],
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        DistinctChildrenOpenAtEnd.Run(c.Data.Referrals.Child, c.Data.Referrals.Date, c.Data.Referrals.Closure, c,
            new ShareWhere<Disabled>(new Disabled(c.Data)), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Referrals(c);

    private readonly struct Disabled(DataSet data) : IRowTest
    {
        private readonly int[] _child = data.Referrals.Child;
        private readonly bool[] _disabled = data.ChildTable.Disabled;

        public bool Test(int row) => _disabled[_child[row]];
    }
}
