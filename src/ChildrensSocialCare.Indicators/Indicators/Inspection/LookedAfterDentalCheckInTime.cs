namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-dental-check-in-time</c>: Dental check within the last 12 months (Ofsted Annex A, List 8).</summary>
/// <remarks>Of the List 8 children looked after at the reference date d for 12 months or more, those whose Date of
/// Last Dental Check is on or after d - 12 calendar months.</remarks>
internal sealed class LookedAfterDentalCheckInTime : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9110,
        Id = "cla-dental-check-in-time",
        FromAnnexA = true,
        Title = "Dental check within the last 12 months",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 8"],
        Source = Sources.AnnexA + ", List 8",
        Numerator = "Of those, children whose Date of Last Dental Check is on or after d - 12 calendar months",
        Denominator = "List 8 children looked after at the reference date d for 12 months or more (started on or before d - 12 months)",
        Decisions = ["A check exactly 12 calendar months before d is in time; a day earlier is not."],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.AnnexALookedAfterUnder12Months],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsOpenAtEnd.Run(a.Care.Start, a.Care.End, c, new DentalInTime(c, a.Care), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.ChildrenInCare(c);

    private readonly struct DentalInTime(EvaluationContext c, AnnexACareTable t) : IUnitRule
    {
        private readonly int _twelveMonths = Day.AddMonths(c.End, -12);

        public Verdict Judge(int row) => t.Start[row] > _twelveMonths
            ? Verdict.Excluded(ExclusionCodes.AnnexALookedAfterUnder12Months)
            : Verdict.Member(new DatedWithin(t.LastDentalCheck, _twelveMonths, c.End).Test(row));
    }
}
