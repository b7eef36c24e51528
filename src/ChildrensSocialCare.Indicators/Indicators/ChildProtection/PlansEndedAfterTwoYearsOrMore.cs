namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-ended-2y-plus</c>: Plans ended in the period that had lasted 2 years or more.</summary>
/// <remarks>
/// Plans with an end date in the period, in the numerator when they had lasted 2 years or more (end &gt;= start + 2
/// calendar years); plan-level, as DfE D7. A plan ending before it started is an invalid record, left out and
/// listed (NI 64; DfE Children in need statistics, table D7).
/// </remarks>
internal sealed class PlansEndedAfterTwoYearsOrMore : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 180,
        Id = "cpp-ended-2y-plus",
        Title = "Plans ended in the period that had lasted 2 years or more",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["NI 64", "DfE D7"],
        Source = Sources.CinCensus + ", table D7",
        Numerator = "Plans ended in the period with end >= start + 2 calendar years",
        Denominator = "Plans with an end date in the period",
        Decisions = ["Plan-level, as DfE D7.", "A plan that ends before it starts is an invalid record, excluded and listed."],
        Options = [],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed, DimensionIds.CpCategory],
        ReferenceDate = ReferenceDate.Event("CPPendDate"),
        Exclusions = [ExclusionCodes.PlanEndedBeforeStart],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        RowsInPeriod.Run(c.Data.Plans.End, c, new LongPlan(c.Data.Plans), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Plans(c, c.Data.Plans.End);

    private readonly struct LongPlan(PlanTable t) : IUnitRule
    {
        private readonly int[] _start = t.Start;
        private readonly int[] _end = t.End;
        private readonly int[] _startPlusTwoYears = t.StartPlusTwoYears;

        public Verdict Judge(int row) => _end[row] < _start[row]
            ? Verdict.Excluded(ExclusionCodes.PlanEndedBeforeStart)
            : Verdict.Member(_end[row] >= _startPlusTwoYears[row]);
    }
}
