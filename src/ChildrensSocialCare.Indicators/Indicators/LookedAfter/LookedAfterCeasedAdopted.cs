namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-ceased-adopted</c>: Children ceasing to be looked after who were adopted.</summary>
/// <remarks>
/// Of the children who ceased to be looked after in the period (as <c>cla-ceased</c>), those whose last period of
/// care ending in the period ended with REC E11 or E12 (DfE Children looked after in England, table E; specification
/// section 8).
/// </remarks>
internal sealed class LookedAfterCeasedAdopted : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 310,
        Id = "cla-ceased-adopted",
        Title = "Children ceasing to be looked after who were adopted",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE E"],
        Source = Sources.Ssda903 + ", table E",
        Numerator = "Of those, children whose last period of care ending in the period ended with REC E11 or E12",
        Denominator = "Distinct children with a period of care ending in the period",
        Decisions = [
            "A child who ceased twice is judged by the last occasion in the period.",
            "V3 and V4 episodes are ignored.",
        ],
        Options = [],
        Dimensions = [.. DimensionIds.LookedAfter, DimensionIds.ReasonCeased],
        ReferenceDate = ReferenceDate.Event("DEC"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        DistinctChildrenInPeriod.Run(c.Data.Care.PocChild, c.Data.Care.PocEnd, c, last: true, new ShareWhere<Flag>(new Flag(c.Data.Care.PocAdopted)), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.PeriodsOfCare(c, c.Data.Care.PocLast, c.Data.Care.PocEnd);
}
