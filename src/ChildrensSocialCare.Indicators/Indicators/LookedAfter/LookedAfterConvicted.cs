namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-convicted</c>: Aged 10 or over, convicted or subject to a youth caution or youth conditional caution.</summary>
/// <remarks>
/// Of the OC2 cohort (children looked after at the period end, continuously for at least 12 months, aged 10 or over at the period end), those
/// whose CONVICTED is 1 (convicted, or subject to a youth caution or youth conditional caution), on their OC2 row of the period end's collection year; a cohort child with no such row, or with CONVICTED blank,
/// is left out and listed (DfE Outcomes for children looked after, OC2; specification section 8).
/// </remarks>
internal sealed class LookedAfterConvicted : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 410,
        Id = "cla-convicted",
        Title = "Aged 10 or over, convicted or subject to a youth caution or youth conditional caution",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE OC2"],
        Source = Sources.Ssda903 + ", OC2 outcomes",
        Numerator = "Of those, children whose CONVICTED is 1 (convicted, or subject to a youth caution or youth conditional caution)",
        Denominator = "Children looked after at the period end for 12 months or more (current period of care started on or before the period end - 12 months + 1 day), aged 10 or over at the period end, with an OC2 row of the period end's collection year and CONVICTED recorded",
        Decisions = Oc2Cohort.Decisions("CONVICTED", ageRange: true),
        Options = [],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak, ExclusionCodes.EpisodeNoDateOfBirth, ExclusionCodes.Oc2NoRow, ExclusionCodes.Oc2FieldBlank],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        Oc2Cohort.Run(c, 10, int.MaxValue, new Oc2Flag(t => t.Convicted), ref sink);

    public override UnitSource Units(EvaluationContext c) => Oc2Cohort.Units(c);
}
