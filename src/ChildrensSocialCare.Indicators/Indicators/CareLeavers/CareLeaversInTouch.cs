namespace ChildrensSocialCare.Indicators;

/// <summary><c>care-leavers-in-touch</c>: Care leavers the authority is in touch with.</summary>
/// <remarks>
/// Of the care-leaver cohort, those with IN_TOUCH YES (DfE Children looked after in England, care leavers, table
/// F).
/// </remarks>
internal sealed class CareLeaversInTouch : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 250,
        Id = "care-leavers-in-touch",
        FromAnnexA = true,
        Title = "Care leavers the authority is in touch with",
        Family = IndicatorFamily.CareLeavers,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE F"],
        Source = Sources.Ssda903 + ", care leavers",
        Numerator = "Cohort rows with IN_TOUCH YES",
        Denominator = "OC3 rows aged 19, 20 or 21 on their birthday in the period, excluding IN_TOUCH DIED and RHOM",
        Decisions = [],
        Options = [nameof(EvaluationOptions.CareLeaverAges)],
        Dimensions = [.. DimensionIds.Child, DimensionIds.Uasc],
        ReferenceDate = ReferenceDate.Event("birthday in the period"),
        Exclusions = [ExclusionCodes.CareLeaverNoDateOfBirth, ExclusionCodes.CareLeaverNoBirthdayInPeriod, ExclusionCodes.CareLeaverOutsideCohortAge, ExclusionCodes.CareLeaverInTouchOutsideCohort],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        CareLeaverCohort.Run(c, c.Data.CareLeavers.InTouch, ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.CareLeavers(c);
}
