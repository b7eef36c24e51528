namespace ChildrensSocialCare.Indicators;

/// <summary><c>initial-assessments-child-seen</c>: Initial assessments where the child was seen.</summary>
/// <remarks>
/// Legacy initial assessments completed in the period with the child-seen flag recorded, in the numerator when the
/// child was seen; records without the flag are left out and listed (Walsall scrutiny report, November 2014, table
/// 2.6).
/// </remarks>
internal sealed class InitialAssessmentsChildSeen : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 70,
        Id = "initial-assessments-child-seen",
        Title = "Initial assessments where the child was seen",
        Family = IndicatorFamily.Assessments,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["local (seed 2.6)"],
        Source = Sources.Seed + ", table 2.6",
        Numerator = "Initial assessments completed in the period where the child was seen",
        Denominator = "Initial assessments completed in the period with the flag recorded",
        Decisions = ["Records without the flag are excluded and listed in the explanation."],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("completion date"),
        Exclusions = [ExclusionCodes.LegacySeenNotRecorded],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        RowsInPeriod.Run(c.Data.LegacyTable.Completed, c, new ChildSeen(c.Data.LegacyTable, c.Data.LegacyTable.Seen, ExclusionCodes.LegacySeenNotRecorded), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.LegacyAssessments(c, c.Data.LegacyTable.Completed);
}
