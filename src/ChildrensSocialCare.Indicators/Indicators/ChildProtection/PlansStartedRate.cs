namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-started-rate</c>: Children who became the subject of a child protection plan per 10,000.</summary>
/// <remarks>
/// Distinct children with a plan starting in the period (DfE counts children: one with two plans starting in it
/// counts once, through the first), per 10,000 children aged 0-17 (DfE Children in need statistics, table D;
/// specification section 8).
/// </remarks>
internal sealed class PlansStartedRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 440,
        Id = "cpp-started-rate",
        Title = "Children who became the subject of a child protection plan per 10,000",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE D"],
        Source = Sources.CinCensus + ", table D",
        Numerator = "Distinct children with a plan whose CPPstartDate is in the period",
        Denominator = "Population aged 0-17",
        Decisions = ["A child with several plans starting in the period counts once, through the first."],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.CpCategory],
        ReferenceDate = ReferenceDate.Event("CPPstartDate"),
        IsAnnualisable = true,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        DistinctChildrenInPeriod.Run(c.Data.Plans.Child, c.Data.Plans.Start, c, last: false, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Plans(c, c.Data.Plans.Start);
}
