namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-repeat-within-2y</c>: Children becoming subject of a plan whose previous plan ended within 2 years.</summary>
/// <remarks>
/// Of the distinct children with a plan starting in the period, those whose most recent earlier plan (the latest
/// earlier start; any of several sharing it) ended on or after the new start minus the look-back, 2 calendar years
/// by default; an earlier plan with no end date is not an ended plan (Walsall scrutiny report, November 2014,
/// paragraph 2.23).
/// </remarks>
internal sealed class PlansRepeatWithinTwoYears : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 170,
        Id = "cpp-repeat-within-2y",
        Title = "Children becoming subject of a plan whose previous plan ended within 2 years",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["local (seed 2.23)"],
        Source = Sources.Seed + ", paragraph 2.23",
        Numerator = "Children with a plan starting in the period whose most recent earlier plan ended on or after (that start - 2 calendar years)",
        Denominator = "Distinct children with at least one plan starting in the period",
        Decisions = [
            "The most recent earlier plan is the one with the latest earlier start; if several share it, any of them.",
            "An earlier plan with no end date is not an ended plan (overlapping plans are a data-quality diagnostic).",
        ],
        Options = [nameof(EvaluationOptions.RepeatPlanLookBackMonths)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed, DimensionIds.CpCategory],
        ReferenceDate = ReferenceDate.Event("CPPstartDate"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        FirstPerChildInPeriod.Run(c.Data.Plans.Child, c.Data.Plans.Start, c, new PreviousPlanEndedWithin(c.Data.Plans, c.Options.RepeatPlanLookBackMonths), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Plans(c, c.Data.Plans.Start);

    private readonly struct PreviousPlanEndedWithin(PlanTable t, int months) : IRowTest
    {
        private readonly int[] _previousEnd = t.PreviousPlanLatestEnd;
        private readonly int[] _start = t.Start;

        public bool Test(int row) => _previousEnd[row] != Day.None && _previousEnd[row] >= Day.AddMonths(_start[row], -months);
    }
}
