namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-visited-6-weeks</c>: Children on a plan visited in the last 6 weeks (Ofsted Annex A, List 7).</summary>
/// <remarks>Of the List 7 children on a plan at the reference date d, those whose Date of the Last Statutory Visit is
/// within 6 weeks: on or after d - 42 days (and not after d). No visit date is not visited.</remarks>
internal sealed class ChildProtectionVisitedSixWeeks : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9050,
        Id = "cpp-visited-6-weeks",
        FromAnnexA = true,
        Title = "Children on a plan visited in the last 6 weeks",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 7"],
        Source = Sources.AnnexA + ", List 7",
        Numerator = "Of those, children whose Date of the Last Statutory Visit is on or after d - 42 days",
        Denominator = "List 7 children on a plan at the reference date d",
        Decisions = [
            "Within 6 weeks is on or after d - 42 days: a visit exactly 42 days before d is in time.",
            "No visit date is not visited; a visit dated after d is not counted as within.",
            "The specification's option of 10 working days is not offered yet.",
        ],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsOpenAtEnd.Run(a.Plans.Start, a.Plans.End, c, new ShareWhere<DatedWithin>(new DatedWithin(a.Plans.LastVisit, c.End - 42, c.End)), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.Plans(c);
}
