namespace ChildrensSocialCare.Indicators;

/// <summary><c>initial-assessments-child-seen-alone</c>: Initial assessments where the child was seen alone.</summary>
/// <remarks>
/// Legacy initial assessments completed in the period with the seen-alone flag recorded, in the numerator when the
/// child was seen alone; records without the flag are left out and listed (Walsall scrutiny report, November 2014,
/// table 2.6).
/// </remarks>
internal sealed class InitialAssessmentsChildSeenAlone : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 80,
        Id = "initial-assessments-child-seen-alone",
        Title = "Initial assessments where the child was seen alone",
        Family = IndicatorFamily.Assessments,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["local (seed 2.6)"],
        Source = Sources.Seed + ", table 2.6",
        Numerator = "Initial assessments completed in the period where the child was seen alone",
        Denominator = "Initial assessments completed in the period with the flag recorded",
        Decisions = ["Records without the flag are excluded and listed in the explanation."],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("completion date"),
        Exclusions = [ExclusionCodes.LegacySeenAloneNotRecorded],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        RowsInPeriod.Run(c.Data.LegacyTable.Completed, c, new ChildSeen(c.Data.LegacyTable, c.Data.LegacyTable.SeenAlone, ExclusionCodes.LegacySeenAloneNotRecorded), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.LegacyAssessments(c, c.Data.LegacyTable.Completed);
}
