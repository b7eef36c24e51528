namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-second-subsequent</c>: Children becoming subject of a plan for a second or subsequent time (ever).</summary>
/// <remarks>
/// Of the distinct children with a plan starting in the period, those for whom one such plan is not their first: an
/// earlier plan start in the records (on an earlier day), or NumberOfPreviousCPP &gt; 0; "ever" means regardless of
/// how long ago (NI 65; DfE Children in need statistics, table D3).
/// </remarks>
internal sealed class PlansSecondOrSubsequent : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 160,
        Id = "cpp-second-subsequent",
        FromAnnexA = true,
        Title = "Children becoming subject of a plan for a second or subsequent time (ever)",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["NI 65", "DfE D3"],
        Source = Sources.CinCensus + ", table D3; NI 65",
        Numerator = "Children with a plan starting in the period that is not their first: an earlier plan start in the records, or NumberOfPreviousCPP > 0",
        Denominator = "Distinct children with at least one plan starting in the period",
        Decisions = ["\"Ever\" means regardless of how long ago.", "An earlier plan must start on an earlier day."],
        Options = [],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed, DimensionIds.CpCategory],
        ReferenceDate = ReferenceDate.Event("CPPstartDate"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        FirstPerChildInPeriod.Run(c.Data.Plans.Child, c.Data.Plans.Start, c, new NotFirstPlan(c.Data.Plans), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Plans(c, c.Data.Plans.Start);

    private readonly struct NotFirstPlan(PlanTable t) : IRowTest
    {
        private readonly bool[] _hasEarlierPlan = t.HasEarlierPlan;
        private readonly int[] _previousPlans = t.PreviousPlans;

        public bool Test(int row) => _hasEarlierPlan[row] || _previousPlans[row] > 0;
    }
}
