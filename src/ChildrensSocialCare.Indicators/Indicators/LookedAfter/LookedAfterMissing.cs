namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-missing</c>: Looked after during the period who had a missing incident.</summary>
/// <remarks>
/// Of the children looked after at any time in the period (an episode overlapping it; short breaks ignored), those
/// with a missing incident (MISSING = M) whose MIS_START is in the period, whether or not they were looked after that day (DfE Children looked
/// after in England, missing incidents; specification section 8 and 8.1).
/// </remarks>
internal sealed class LookedAfterMissing : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 330,
        Id = "cla-missing",
        Title = "Looked after during the period who had a missing incident",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE (missing)"],
        Source = Sources.Ssda903 + ", missing incidents",
        Numerator = "Of those, children with a missing-table row with MISSING = M whose MIS_START is in the period",
        Denominator = "Distinct children with an episode overlapping the period (looked after at any time in it)",
        Decisions = HadIncident.Decisions,
        Options = [],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        LookedAfterDuringPeriod.Run(c, new ShareWhere<HadIncident>(new HadIncident(c, 'M')), ref sink);

    public override UnitSource Units(EvaluationContext c) => HadIncident.Units(c, 'M');
}
