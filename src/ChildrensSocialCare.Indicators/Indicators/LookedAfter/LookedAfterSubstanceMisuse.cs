namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-substance-misuse</c>: Identified as having a substance misuse problem.</summary>
/// <remarks>
/// Of the OC2 cohort (children looked after at the period end, continuously for at least 12 months), those
/// whose SUBSTANCE_MISUSE is 1 (identified as having a substance misuse problem), on their OC2 row of the period end's collection year; a cohort child with no such row, or with SUBSTANCE_MISUSE blank,
/// is left out and listed (DfE Outcomes for children looked after, OC2; specification section 8).
/// </remarks>
internal sealed class LookedAfterSubstanceMisuse : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 420,
        Id = "cla-substance-misuse",
        Title = "Identified as having a substance misuse problem",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE OC2"],
        Source = Sources.Ssda903 + ", OC2 outcomes",
        Numerator = "Of those, children whose SUBSTANCE_MISUSE is 1 (identified as having a substance misuse problem)",
        Denominator = "Children looked after at the period end for 12 months or more (current period of care started on or before the period end - 12 months + 1 day), with an OC2 row of the period end's collection year and SUBSTANCE_MISUSE recorded",
        Decisions = Oc2Cohort.Decisions("SUBSTANCE_MISUSE", ageRange: false),
        Options = [],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak, ExclusionCodes.Oc2NoRow, ExclusionCodes.Oc2FieldBlank],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        Oc2Cohort.Run(c, 0, int.MaxValue, new Oc2Flag(t => t.SubstanceMisuse), ref sink);

    public override UnitSource Units(EvaluationContext c) => Oc2Cohort.Units(c);
}
