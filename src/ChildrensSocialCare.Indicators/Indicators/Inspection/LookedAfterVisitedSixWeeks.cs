namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-visited-6-weeks</c>: Children in care visited in the last 6 weeks (Ofsted Annex A, List 8).</summary>
/// <remarks>Of the List 8 children looked after at the reference date d, those whose Date of Last Social Work Visit
/// is on or after d - 42 days (and not after d). No visit date is not visited.</remarks>
internal sealed class LookedAfterVisitedSixWeeks : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9080,
        Id = "cla-visited-6-weeks",
        FromAnnexA = true,
        Title = "Children in care visited in the last 6 weeks",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 8"],
        Source = Sources.AnnexA + ", List 8",
        Numerator = "Of those, children whose Date of Last Social Work Visit is on or after d - 42 days",
        Denominator = "List 8 children looked after at the reference date d (no ceased date on or before d)",
        Decisions = [
            "Within 6 weeks is on or after d - 42 days: a visit exactly 42 days before d is in time.",
            "No visit date is not visited; a visit dated after d is not counted as within.",
        ],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsOpenAtEnd.Run(a.Care.Start, a.Care.End, c, new ShareWhere<DatedWithin>(new DatedWithin(a.Care.LastVisit, c.End - 42, c.End)), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.ChildrenInCare(c);
}
