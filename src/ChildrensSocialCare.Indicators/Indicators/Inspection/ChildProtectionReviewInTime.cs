namespace ChildrensSocialCare.Indicators;

/// <summary><c>cpp-review-in-time</c>: Plans whose latest review conference is in time (Ofsted Annex A, List 7).</summary>
/// <remarks>Of the List 7 plans open at the reference date d: in time when the plan started on or after d - 3 months
/// (its first review is not yet overdue), or when the latest review conference, on or after the plan's start, is on
/// or after d - 6 calendar months (so a plan started 3 to 6 months ago must have one).</remarks>
internal sealed class ChildProtectionReviewInTime : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9070,
        Id = "cpp-review-in-time",
        FromAnnexA = true,
        Title = "Plans whose latest review conference is in time",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 7"],
        Source = Sources.AnnexA + ", List 7",
        Numerator = "Of those, plans started on or after d - 3 months, or whose latest review conference (on or after the start) is on or after d - 6 calendar months",
        Denominator = "List 7 plans open at the reference date d",
        Decisions = [
            "A plan started exactly 3 months before d is in time without a review: its first review falls due on d.",
            "A review conference dated before the plan's start belongs to another plan and is not counted; one dated after d is not counted.",
        ],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsOpenAtEnd.Run(a.Plans.Start, a.Plans.End, c, new ShareWhere<InTime>(new InTime(a.Plans, c.End)), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.Plans(c);

    private readonly struct InTime(AnnexAPlanTable t, int d) : IRowTest
    {
        private readonly int _threeMonths = Day.AddMonths(d, -3);
        private readonly int _sixMonths = Day.AddMonths(d, -6);

        public bool Test(int row)
        {
            var review = t.LatestReview[row];
            return t.Start[row] >= _threeMonths
                || (review != Day.None && review >= t.Start[row] && review >= _sixMonths && review <= d);
        }
    }
}
