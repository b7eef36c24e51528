namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-open-2y-plus</c>: Plans open at period end that have lasted 2 years or more.</summary>
/// <remarks>
/// Plans open at the period end, in the numerator when they have lasted 2 years or more (period end &gt;= start + 2
/// calendar years); plan-level (Walsall scrutiny report, November 2014, paragraph 2.23).
/// </remarks>
internal sealed class PlansOpenTwoYearsOrMore : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 190,
        Id = "cpp-open-2y-plus",
        Title = "Plans open at period end that have lasted 2 years or more",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["local (seed 2.23)"],
        Source = Sources.Seed + ", paragraph 2.23",
        Numerator = "Plans open at the period end with period end >= start + 2 calendar years",
        Denominator = "Plans open at the period end",
        Decisions = ["Plan-level."],
        Options = [],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed, DimensionIds.CpCategory],
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        RowsOpenAtEnd.Run(c.Data.Plans.Start, c.Data.Plans.End, c, new OpenTwoYears(c.End, c.Data.Plans.StartPlusTwoYears), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Plans(c);

    private readonly struct OpenTwoYears(int periodEnd, int[] startPlusTwoYears) : IUnitRule
    {
        public Verdict Judge(int row) => Verdict.Member(periodEnd >= startPlusTwoYears[row]);
    }
}
