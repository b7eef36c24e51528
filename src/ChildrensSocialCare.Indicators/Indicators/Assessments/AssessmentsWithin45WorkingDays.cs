namespace ChildrensSocialCare.Indicators;

/// <summary><c>assessments-45wd</c>: Assessments completed within 45 working days.</summary>
/// <remarks>
/// Assessments authorised in the period and not before they started (a calendar comparison), timely when
/// WorkingDaysBetween(AssessmentActualStartDate, AssessmentAuthorisationDate) &lt;= 45 (DfE Children in need
/// statistics, table C2). Option MeasureFrom = Referral measures from the enclosing episode's CINreferralDate
/// instead (Working Together's wording). A record with no date to measure from, or a date outside the working-day
/// calendar, is left out and listed (the latter with a diagnostic on the result).
/// </remarks>
internal sealed class AssessmentsWithin45WorkingDays : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 110,
        Id = "assessments-45wd",
        FromAnnexA = true,
        Title = "Assessments completed within 45 working days",
        Family = IndicatorFamily.Assessments,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C2"],
        Source = Sources.CinCensus + ", table C2",
        Numerator = "Completed assessments with WorkingDaysBetween(AssessmentActualStartDate, AssessmentAuthorisationDate) <= 45",
        Denominator = "Assessments authorised in the period and not before their start date",
        Decisions = [
            "Measured from the assessment start (DfE C2 duration) by default; option MeasureFrom = Referral measures from the episode's CINreferralDate (Working Together's wording).",
            "Assessments authorised before they started are left out of the percentage (not of the rate) and listed.",
            "A record with a date outside the working-day calendar's coverage is left out and listed, and the result carries a diagnostic saying how many.",
        ],
        Options = [nameof(EvaluationOptions.AssessmentsMeasureFrom), nameof(EvaluationOptions.Calendar)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed],
        ReferenceDate = ReferenceDate.Event("AssessmentAuthorisationDate"),
        Exclusions = [ExclusionCodes.AssessmentNoReferralDate, ExclusionCodes.AssessmentAuthorisedBeforeReferral, ExclusionCodes.AssessmentAuthorisedBeforeStart, ExclusionCodes.OutsideCalendar],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink)
    {
        var t = c.Data.AssessmentTable;
        var fromReferral = c.Options.AssessmentsMeasureFrom == MeasureFrom.Referral;
        var timely = new WithinWorkingDays<EveryRow>(c, fromReferral ? t.Referral : t.Start, t.Authorised, t.Child, 45,
            fromReferral ? ExclusionCodes.AssessmentAuthorisedBeforeReferral : ExclusionCodes.AssessmentAuthorisedBeforeStart,
            default, noStartCode: ExclusionCodes.AssessmentNoReferralDate);
        return RowsInPeriod.Run(t.Authorised, c, timely, ref sink);
    }

    public override UnitSource Units(EvaluationContext c) => TableUnits.Assessments(c, c.Data.AssessmentTable.Authorised);
}
