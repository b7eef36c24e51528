using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary><c>initial-assessments-rate</c>: Initial assessments completed per 10,000 (legacy, to 2013-14).</summary>
/// <remarks>
/// Legacy initial assessments completed in the period, per 10,000 children aged 0-17, annualised as count x 12 /
/// whole months (reproduces Walsall's 810.4 for April-September 2014; Walsall scrutiny report, November 2014, table
/// 2.6).
/// </remarks>
internal sealed class InitialAssessmentsRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 50,
        Id = "initial-assessments-rate",
        Title = "Initial assessments completed per 10,000 (legacy, to 2013-14)",
        Family = IndicatorFamily.Assessments,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["seed 2.6"],
        Source = Sources.Seed + ", table 2.6",
        Numerator = "Initial assessments completed in the period",
        Denominator = "Population aged 0-17",
        Decisions = ["Annualised as count x 12 / whole months (reproduces Walsall's 810.4 for April-September 2014)."],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("completion date"),
        IsAnnualisable = true,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        EventsInPeriod.Run(c.Data.LegacyTable.ByCompleted, c, new CountWhere<LegacyKind>(new(c.Data.LegacyTable, AssessmentKind.Initial)), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.LegacyAssessments(c, c.Data.LegacyTable.Completed);
}
