namespace ChildrensSocialCare.Indicators;

/// <summary><c>assessments-open-over-45wd</c>: Open assessments past 45 working days (Ofsted Annex A, List 4).</summary>
/// <remarks>Of the List 4 assessments open at the reference date (no authorisation date, started on or before it),
/// those with WorkingDaysBetween(start, reference date) &gt; 45.</remarks>
internal sealed class AssessmentsOpenOver45WorkingDays : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9040,
        Id = "assessments-open-over-45wd",
        FromAnnexA = true,
        Title = "Open assessments past 45 working days",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["Annex A List 4"],
        Source = Sources.AnnexA + ", List 4",
        Numerator = "Of those, assessments with WorkingDaysBetween(start, reference date) > 45",
        Denominator = "List 4 assessments open at the reference date (no authorisation date, started on or before it)",
        Decisions = ["Working days are counted as for the assessments within 45 working days (the start day not counted, bank holidays of the calendar excluded)."],
        Options = [nameof(EvaluationOptions.Calendar)],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.OutsideCalendar],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsOpenAtEnd.Run(a.Assessments.Start, a.Assessments.Authorised, c, new PastDeadline(c, a.Assessments), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.Assessments(c);

    private readonly struct PastDeadline(EvaluationContext c, AnnexAAssessmentTable t) : IUnitRule
    {
        public Verdict Judge(int row) => c.TryWorkingDays(t.Start[row], c.End, t.Child[row], out var days)
            ? Verdict.Member(days > 45)
            : Verdict.Excluded(ExclusionCodes.OutsideCalendar);
    }
}
