namespace ChildrensSocialCare.Indicators;

/// <summary><c>care-leavers-eet</c>: Care leavers in education, employment or training.</summary>
/// <remarks>
/// Of the care-leaver cohort, those with ACTIV in F1-F5 or P1-P5 (F3 and P3 were used before 2021-22 and still
/// count) (NI 148; DfE Children looked after in England, care leavers, table F).
/// </remarks>
internal sealed class CareLeaversInEducationEmploymentOrTraining : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 240,
        Id = "care-leavers-eet",
        FromAnnexA = true,
        Title = "Care leavers in education, employment or training",
        Family = IndicatorFamily.CareLeavers,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["NI 148", "DfE F"],
        Source = Sources.Ssda903 + ", care leavers",
        Numerator = "Cohort rows with ACTIV in F1, P1, F2, P2, F3, P3, F4, P4, F5, P5",
        Denominator = "OC3 rows aged 19, 20 or 21 on their birthday in the period, excluding IN_TOUCH DIED and RHOM",
        Decisions = ["F3 and P3 were used before 2021-22 and still count."],
        Options = [nameof(EvaluationOptions.CareLeaverAges)],
        Dimensions = [.. DimensionIds.Child, DimensionIds.Uasc],
        ReferenceDate = ReferenceDate.Event("birthday in the period"),
        Exclusions = [ExclusionCodes.CareLeaverNoDateOfBirth, ExclusionCodes.CareLeaverNoBirthdayInPeriod, ExclusionCodes.CareLeaverOutsideCohortAge, ExclusionCodes.CareLeaverInTouchOutsideCohort],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        CareLeaverCohort.Run(c, c.Data.CareLeavers.EducationEmploymentTraining, ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.CareLeavers(c);
}
