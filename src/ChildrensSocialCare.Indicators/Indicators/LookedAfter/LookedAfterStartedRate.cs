namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-started-rate</c>: Children who started to be looked after per 10,000.</summary>
/// <remarks>
/// Distinct children with a period of care starting in the period (a child who started twice counts once, through
/// the first start), per 10,000 children aged 0-17 (DfE Children looked after in England, starts; specification
/// section 8).
/// </remarks>
internal sealed class LookedAfterStartedRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 290,
        Id = "cla-started-rate",
        Title = "Children who started to be looked after per 10,000",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.RatePer10000,
        Decimals = 0,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE A (starts)"],
        Source = Sources.Ssda903 + ", starts",
        Numerator = "Distinct children with a period of care starting in the period",
        Denominator = "Population aged 0-17",
        Decisions = [
            "A child who started twice in the period counts once, through the first start.",
            "A period of care is a chain of episodes joined by REC X1 on the same day; V3 and V4 episodes are ignored.",
            "A period of care whose first supplied episode began before the records (not RNE S) still starts on its first DECOM.",
        ],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.Event("DECOM"),
        IsAnnualisable = true,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        DistinctChildrenInPeriod.Run(c.Data.Care.PocChild, c.Data.Care.PocStart, c, last: false, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.PeriodsOfCare(c, c.Data.Care.PocFirst, c.Data.Care.PocStart);
}
