namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-immunisations</c>: Looked after 12 months or more whose immunisations were up to date.</summary>
/// <remarks>
/// Of the OC2 cohort (children looked after at the period end, continuously for at least 12 months), those
/// whose IMMUNISATIONS is 1 (immunisations up to date), on their OC2 row of the period end's collection year; a cohort child with no such row, or with IMMUNISATIONS blank,
/// is left out and listed (DfE Outcomes for children looked after, OC2; specification section 8).
/// </remarks>
internal sealed class LookedAfterImmunisations : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 370,
        Id = "cla-immunisations",
        Title = "Looked after 12 months or more whose immunisations were up to date",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["DfE OC2"],
        Source = Sources.Ssda903 + ", OC2 outcomes",
        Numerator = "Of those, children whose IMMUNISATIONS is 1 (immunisations up to date)",
        Denominator = "Children looked after at the period end for 12 months or more (current period of care started on or before the period end - 12 months + 1 day), with an OC2 row of the period end's collection year and IMMUNISATIONS recorded",
        Decisions = Oc2Cohort.Decisions("IMMUNISATIONS", ageRange: false),
        Options = [],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak, ExclusionCodes.Oc2NoRow, ExclusionCodes.Oc2FieldBlank],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        Oc2Cohort.Run(c, 0, int.MaxValue, new Oc2Flag(t => t.Immunisations), ref sink);

    public override UnitSource Units(EvaluationContext c) => Oc2Cohort.Units(c);
}
