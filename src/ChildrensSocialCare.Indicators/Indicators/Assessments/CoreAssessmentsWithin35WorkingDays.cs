using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary><c>core-assessments-35wd</c>: Core assessments completed within 35 working days (legacy).</summary>
/// <remarks>
/// Legacy core assessments completed in the period, timely when WorkingDaysBetween(start, completed) &lt;= 35 (NI
/// 60; Working Together 2010). A completion before the start is an invalid record, left out of both numerator and
/// denominator.
/// </remarks>
internal sealed class CoreAssessmentsWithin35WorkingDays : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 90,
        Id = "core-assessments-35wd",
        Title = "Core assessments completed within 35 working days (legacy)",
        Family = IndicatorFamily.Assessments,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["NI 60"],
        Source = "NI 60; Working Together 2010",
        Numerator = "Core assessments completed in the period with WorkingDaysBetween(start, completed) <= 35",
        Denominator = "Core assessments completed in the period",
        Decisions = ["A completion before the start is an invalid record, excluded from both numerator and denominator."],
        Options = [nameof(EvaluationOptions.Calendar)],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("completion date"),
        Exclusions = [ExclusionCodes.LegacyCompletedBeforeStart, ExclusionCodes.OutsideCalendar],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        LegacyTimeliness.Run(c, AssessmentKind.Core, 35, ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.LegacyAssessments(c, c.Data.LegacyTable.Completed);
}
