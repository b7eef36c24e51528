namespace ChildrensSocialCare.Indicators;

/// <summary><c>cin-rate</c>: Children in need at period end per 10,000.</summary>
/// <remarks>
/// Distinct children with a CIN episode open at the period end (referral date &lt;= end, closure empty or after
/// end), decided by the dates alone, per 10,000 children aged 0-17 (DfE Children in need statistics, table B1).
/// </remarks>
internal sealed class ChildrenInNeedRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 140,
        Id = "cin-rate",
        FromAnnexA = true,
        Title = "Children in need at period end per 10,000",
        Family = IndicatorFamily.ChildrenInNeed,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE B1"],
        Source = Sources.CinCensus + ", table B1",
        Numerator = "Distinct children with a CIN episode open at the period end (referral date <= end, closure empty or after end)",
        Denominator = "Population aged 0-17",
        Decisions = ["Open is decided by the dates alone: an NFA referral with no closure date is open."],
        Options = [nameof(EvaluationOptions.Population)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed],
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        DistinctChildrenOpenAtEnd.Run(c.Data.Referrals.Child, c.Data.Referrals.Date, c.Data.Referrals.Closure, c, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Referrals(c);
}
