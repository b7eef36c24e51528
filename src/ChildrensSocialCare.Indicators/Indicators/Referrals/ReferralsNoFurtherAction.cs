namespace ChildrensSocialCare.Indicators;

/// <summary><c>referrals-nfa</c>: Referrals resulting in no further action.</summary>
/// <remarks>
/// Of the referrals with CINreferralDate in the period, those with ReferralNFA true; a referral with no ReferralNFA
/// recorded counts as not NFA (DfE Children in need statistics, table C1).
/// </remarks>
internal sealed class ReferralsNoFurtherAction : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 30,
        Id = "referrals-nfa",
        FromAnnexA = true,
        Title = "Referrals resulting in no further action",
        Family = IndicatorFamily.Referrals,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C1"],
        Source = Sources.CinCensus + ", table C1",
        Numerator = "Referrals in the period with ReferralNFA true",
        Denominator = "Referrals in the period",
        Decisions = ["A referral with no ReferralNFA recorded counts as not NFA."],
        Options = [],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed, DimensionIds.ReferralSource],
        ReferenceDate = ReferenceDate.Event("CINreferralDate"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        EventsInPeriod.Run(c.Data.Referrals.ByDate, c, new ShareWhere<Flag>(new Flag(c.Data.Referrals.Nfa)), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Referrals(c, c.Data.Referrals.Date);
}
