namespace ChildrensSocialCare.Indicators;

/// <summary><c>care-leavers-suitable-accommodation</c>: Care leavers in suitable accommodation.</summary>
/// <remarks>
/// Of the care-leaver cohort (OC3 rows aged 19, 20 or 21 on their birthday in the period, excluding IN_TOUCH DIED
/// and RHOM), those whose ACCOM is a valid code ending in 1; 0, blank and invalid codes are "no information" and
/// stay in the denominator (NI 147; DfE Children looked after in England, care leavers, table F).
/// </remarks>
internal sealed class CareLeaversSuitableAccommodation : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 230,
        Id = "care-leavers-suitable-accommodation",
        FromAnnexA = true,
        Title = "Care leavers in suitable accommodation",
        Family = IndicatorFamily.CareLeavers,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["NI 147", "DfE F"],
        Source = Sources.Ssda903 + ", care leavers",
        Numerator = "Cohort rows whose ACCOM is a valid code ending in 1 (suitable)",
        Denominator = "OC3 rows aged 19, 20 or 21 on their birthday in the period, excluding IN_TOUCH DIED and RHOM",
        Decisions = [
            "0, blank and invalid ACCOM codes are \"no information\" and stay in the denominator.",
            "The latest birthday in the period counts; a row of a known collection year (its own, or its return's) describes a birthday in that year.",
        ],
        Options = [nameof(EvaluationOptions.CareLeaverAges)],
        Dimensions = [.. DimensionIds.Child, DimensionIds.Uasc],
        ReferenceDate = ReferenceDate.Event("birthday in the period"),
        Exclusions = [ExclusionCodes.CareLeaverNoDateOfBirth, ExclusionCodes.CareLeaverNoBirthdayInPeriod, ExclusionCodes.CareLeaverOutsideCohortAge, ExclusionCodes.CareLeaverInTouchOutsideCohort],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        CareLeaverCohort.Run(c, c.Data.CareLeavers.SuitableAccommodation, ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.CareLeavers(c);
}
