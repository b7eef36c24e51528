using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary><c>initial-assessments-10wd</c>: Initial assessments completed within 10 working days.</summary>
/// <remarks>
/// Legacy initial assessments completed in the period, timely when WorkingDaysBetween(start, completed) &lt;= 10
/// (NI 59, 10 working day variant; Walsall scrutiny report, November 2014, table 2.6). A completion before the
/// start is an invalid record, left out of both numerator and denominator.
/// </remarks>
internal sealed class InitialAssessmentsWithin10WorkingDays : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 60,
        Id = "initial-assessments-10wd",
        Title = "Initial assessments completed within 10 working days",
        Family = IndicatorFamily.Assessments,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["NI 59 (10 WD variant)"],
        Source = Sources.Seed + ", table 2.6; NI 59",
        Numerator = "Initial assessments completed in the period with WorkingDaysBetween(start, completed) <= 10",
        Denominator = "Initial assessments completed in the period",
        Decisions = ["A completion before the start is an invalid record, excluded from both numerator and denominator."],
        Options = [nameof(EvaluationOptions.Calendar)],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("completion date"),
        Exclusions = [ExclusionCodes.LegacyCompletedBeforeStart, ExclusionCodes.OutsideCalendar],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        LegacyTimeliness.Run(c, AssessmentKind.Initial, 10, ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.LegacyAssessments(c, c.Data.LegacyTable.Completed);
}
