namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-review-in-time</c>: Children in care whose latest review is in time (Ofsted Annex A, List 8).</summary>
/// <remarks>Of the List 8 children looked after at the reference date d for at least 20 working days, those whose
/// Date of Latest Statutory Review (on or after the start of care, not after d) is within 6 calendar months before
/// d; while the second review is not yet due (before the 20th working day + 3 months), the latest review is the first
/// and must be within 20 working days of the start.</remarks>
internal sealed class LookedAfterReviewInTime : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9090,
        Id = "cla-review-in-time",
        FromAnnexA = true,
        Title = "Children in care whose latest review is in time",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 8"],
        Source = Sources.AnnexA + ", List 8",
        Numerator = "Of those, children whose latest review is on or after d - 6 calendar months (the first within 20 working days of the start)",
        Denominator = "List 8 children looked after at the reference date d for at least 20 working days",
        Decisions = [
            "The list gives the latest review only: while the second review is not yet due (the first falls due on the 20th working day after the start, the second 3 months later), the latest review is taken to be the first and must be on or before the 20th working day.",
            "A review dated before the start of care or after d is not counted; no review is not in time.",
        ],
        Options = [nameof(EvaluationOptions.Calendar)],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.AnnexALookedAfterUnder20WorkingDays, ExclusionCodes.OutsideCalendar],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsOpenAtEnd.Run(a.Care.Start, a.Care.End, c, new InTime(c, a.Care), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.ChildrenInCare(c);

    private readonly struct InTime(EvaluationContext c, AnnexACareTable t) : IUnitRule
    {
        private readonly int _sixMonths = Day.AddMonths(c.End, -6);

        public Verdict Judge(int row)
        {
            var start = t.Start[row];
            if (!c.TryWorkingDays(start, c.End, t.Child[row], out var days))
            {
                return Verdict.Excluded(ExclusionCodes.OutsideCalendar);
            }

            if (days < 20)
            {
                return Verdict.Excluded(ExclusionCodes.AnnexALookedAfterUnder20WorkingDays);
            }

            var review = t.LatestReview[row];
            if (review == Day.None || review < start || review > c.End)
            {
                return Verdict.Member(false);
            }

            var firstDue = c.Calendar.AddWorkingDays(Day.ToDate(start), 20).DayNumber;
            return Day.AddMonths(firstDue, 3) > c.End
                ? Verdict.Member(review <= firstDue)
                : Verdict.Member(review >= _sixMonths);
        }
    }
}
