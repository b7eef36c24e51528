namespace ChildrensSocialCare.Indicators;

/// <summary><c>assessments-rate</c>: Assessments completed per 10,000.</summary>
/// <remarks>
/// Single assessments with AssessmentAuthorisationDate in the period, per 10,000 children aged 0-17; every
/// completed assessment counts, including those authorised before they started (DfE Children in need statistics,
/// table C2).
/// </remarks>
internal sealed class AssessmentsRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 100,
        Id = "assessments-rate",
        FromAnnexA = true,
        Title = "Assessments completed per 10,000",
        Family = IndicatorFamily.Assessments,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C2"],
        Source = Sources.CinCensus + ", table C2",
        Numerator = "Single assessments with AssessmentAuthorisationDate in the period",
        Denominator = "Population aged 0-17",
        Decisions = ["Every completed assessment counts, including those authorised before they started."],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed],
        ReferenceDate = ReferenceDate.Event("AssessmentAuthorisationDate"),
        IsAnnualisable = true,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        EventsInPeriod.Run(c.Data.AssessmentTable.ByAuthorised, c, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Assessments(c, c.Data.AssessmentTable.Authorised);
}
