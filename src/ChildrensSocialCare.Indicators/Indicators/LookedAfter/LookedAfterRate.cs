namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-rate</c>: Children looked after at period end per 10,000.</summary>
/// <remarks>
/// Distinct children with an SSDA903 episode open at the period end, per 10,000 children aged 0-17; episodes of an
/// agreed series of short-term breaks (V3/V4) are ignored (DfE Children looked after in England including
/// adoptions, table A1).
/// </remarks>
internal sealed class LookedAfterRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 200,
        Id = "cla-rate",
        FromAnnexA = true,
        Title = "Children looked after at period end per 10,000",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.RatePer10000,
        Decimals = 0,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE A1"],
        Source = Sources.Ssda903,
        Numerator = "Distinct children with an SSDA903 episode open at the period end",
        Denominator = "Population aged 0-17",
        Decisions = [
            "Episodes with legal status V3 or V4 (agreed series of short-term breaks) are ignored entirely.",
            "An episode with no end date stays open even when another episode of the child follows it (only REC X1 joins episodes; the data set reports it).",
        ],
        Options = [nameof(EvaluationOptions.Population)],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        LookedAfterAtEnd.Run(c, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Episodes(c);
}
