namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-rate</c>: Children subject of a child protection plan at period end per 10,000.</summary>
/// <remarks>
/// Distinct children with a child protection plan open at the period end, per 10,000 children aged 0-17 (DfE
/// Children in need statistics, table D1).
/// </remarks>
internal sealed class ChildProtectionPlansRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 150,
        Id = "cpp-rate",
        FromAnnexA = true,
        Title = "Children subject of a child protection plan at period end per 10,000",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE D1"],
        Source = Sources.CinCensus + ", table D1",
        Numerator = "Distinct children with a child protection plan open at the period end",
        Denominator = "Population aged 0-17",
        Decisions = [],
        Options = [nameof(EvaluationOptions.Population)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed, DimensionIds.CpCategory],
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        DistinctChildrenOpenAtEnd.Run(c.Data.Plans.Child, c.Data.Plans.Start, c.Data.Plans.End, c, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Plans(c);
}
