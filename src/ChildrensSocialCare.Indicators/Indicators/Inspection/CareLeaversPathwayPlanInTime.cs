namespace ChildrensSocialCare.Indicators;

/// <summary><c>care-leavers-pathway-plan-in-time</c>: Care leavers whose pathway plan was reviewed in the last 6
/// months (Ofsted Annex A, List 9).</summary>
/// <remarks>Of the List 9 young people (all eligibility categories), those with a Latest Pathway Plan Review Date on
/// or after d - 6 calendar months (and not after d). Not available when the list has no such column (the 13-column
/// List 9 of the 2019 template).</remarks>
internal sealed class CareLeaversPathwayPlanInTime : Indicator
{
    private const string Column = "Latest Pathway Plan Review Date";

    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9130,
        Id = "care-leavers-pathway-plan-in-time",
        FromAnnexA = true,
        Title = "Care leavers whose pathway plan was reviewed in the last 6 months",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 9"],
        Source = Sources.AnnexA + ", List 9",
        Numerator = "Of those, young people with a Latest Pathway Plan Review Date on or after d - 6 calendar months",
        Denominator = "List 9 young people (all eligibility categories)",
        Decisions = [
            "The column absent from the sheet (the 13-column List 9) makes the measure not available; a blank date is not reviewed.",
            "A review exactly 6 calendar months before d is in time; one dated after d is not counted.",
        ],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        c.Data.AnnexA is not { } a ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : !a.Lists.HasColumn(9, Column) ? Tally.Unavailable($"needs List 9's column '{Column}', which the workbook's sheet does not have (the 13-column List 9 of the 2019 template)")
        : AllRows.Run(a.CareLeavers.Count, new ShareWhere<DatedWithin>(new DatedWithin(a.CareLeavers.PathwayPlanReview, Day.AddMonths(c.End, -6), c.End)), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.CareLeavers(c);
}
