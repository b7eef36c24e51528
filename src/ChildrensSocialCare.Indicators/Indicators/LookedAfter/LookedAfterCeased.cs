namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-ceased</c>: Children who ceased to be looked after.</summary>
/// <remarks>
/// Distinct children with a period of care ending in the period (its end is the DEC of its last episode); a child who
/// ceased twice counts once, with the reason of the last occasion (DfE Children looked after in England, ceased;
/// specification section 8 and 8.1).
/// </remarks>
internal sealed class LookedAfterCeased : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 300,
        Id = "cla-ceased",
        Title = "Children who ceased to be looked after",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Count,
        Decimals = 0,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE A (ceased)"],
        Source = Sources.Ssda903 + ", ceased",
        Numerator = "Distinct children with a period of care ending in the period (the DEC of its last episode)",
        Denominator = "None: a count",
        Decisions = [
            "A child who ceased twice counts once, through the last occasion (its REC is the reason).",
            "Every end of a period of care counts, an X1 followed by a gap included (its reason is other).",
            "V3 and V4 episodes are ignored.",
        ],
        Options = [],
        Dimensions = [.. DimensionIds.LookedAfter, DimensionIds.ReasonCeased],
        ReferenceDate = ReferenceDate.Event("DEC"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        DistinctChildrenInPeriod.Run(c.Data.Care.PocChild, c.Data.Care.PocEnd, c, last: true, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.PeriodsOfCare(c, c.Data.Care.PocLast, c.Data.Care.PocEnd);
}
