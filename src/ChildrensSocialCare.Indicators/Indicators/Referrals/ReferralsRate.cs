namespace ChildrensSocialCare.Indicators;

/// <summary><c>referrals-rate</c>: Referrals per 10,000 children.</summary>
/// <remarks>
/// Every referral (CIN census CINdetails) with CINreferralDate in the period, several for one child included, per
/// 10,000 children aged 0-17 (DfE Children in need statistics, table C1).
/// </remarks>
internal sealed class ReferralsRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 10,
        Id = "referrals-rate",
        FromAnnexA = true,
        Title = "Referrals per 10,000 children",
        Family = IndicatorFamily.Referrals,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C1"],
        Source = Sources.CinCensus + ", table C1",
        Numerator = "Referrals (CIN census CINdetails) with CINreferralDate in the period; several for one child all count",
        Denominator = "Population aged 0-17",
        Decisions = ["Every referral counts, including several for one child."],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed, DimensionIds.ReferralSource],
        ReferenceDate = ReferenceDate.Event("CINreferralDate"),
        IsAnnualisable = true,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        EventsInPeriod.Run(c.Data.Referrals.ByDate, c, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Referrals(c, c.Data.Referrals.Date);
}
