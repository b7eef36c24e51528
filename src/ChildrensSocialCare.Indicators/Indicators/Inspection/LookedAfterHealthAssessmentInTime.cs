namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-health-assessment-in-time</c>: Health assessment within the last 12 months (6 for under 5s)
/// (Ofsted Annex A, List 8).</summary>
/// <remarks>Of the List 8 children looked after at the reference date d for 12 months or more, those whose Date of
/// Last Health Assessment is on or after d - 12 calendar months, or d - 6 calendar months for a child under 5 at d
/// (by the date of birth; the rounded Age column is not used).</remarks>
internal sealed class LookedAfterHealthAssessmentInTime : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9100,
        Id = "cla-health-assessment-in-time",
        FromAnnexA = true,
        Title = "Health assessment within the last 12 months (6 for under 5s)",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 8"],
        Source = Sources.AnnexA + ", List 8",
        Numerator = "Of those, children whose Date of Last Health Assessment is on or after d - 12 calendar months (d - 6 for a child under 5 at d)",
        Denominator = "List 8 children looked after at the reference date d for 12 months or more (started on or before d - 12 months)",
        Decisions = [
            "Under 5 is decided by the date of birth at d (Age.At), not the list's rounded Age: a child without a date of birth is left out and listed.",
            "An assessment exactly 6 (or 12) calendar months before d is in time; a day earlier is not.",
        ],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.AnnexALookedAfterUnder12Months, ExclusionCodes.AnnexANoDateOfBirth],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsOpenAtEnd.Run(a.Care.Start, a.Care.End, c, new HealthInTime(c, a.Care), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.ChildrenInCare(c);

    private readonly struct HealthInTime(EvaluationContext c, AnnexACareTable t) : IUnitRule
    {
        private readonly int _twelveMonths = Day.AddMonths(c.End, -12);
        private readonly int _sixMonths = Day.AddMonths(c.End, -6);

        public Verdict Judge(int row)
        {
            if (t.Start[row] > _twelveMonths)
            {
                return Verdict.Excluded(ExclusionCodes.AnnexALookedAfterUnder12Months);
            }

            var dob = t.DateOfBirth[row];
            if (dob == Day.None)
            {
                return Verdict.Excluded(ExclusionCodes.AnnexANoDateOfBirth);
            }

            var from = Age.At(Day.ToDate(dob), c.Period.End) < 5 ? _sixMonths : _twelveMonths;
            return Verdict.Member(new DatedWithin(t.LastHealthAssessment, from, c.End).Test(row));
        }
    }
}
