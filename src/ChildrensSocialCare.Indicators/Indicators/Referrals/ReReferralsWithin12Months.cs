namespace ChildrensSocialCare.Indicators;

/// <summary><c>re-referrals-12m</c>: Re-referrals within 12 months of a previous referral.</summary>
/// <remarks>
/// Of the referrals R in the period, those with an earlier referral P of the same child such that P &lt; R &lt;= P
/// + 12 calendar months (DfE Children in need statistics, table C1). The latest earlier referral decides, because P
/// + 12 months grows with P; earlier referrals outside the period count as history.
/// </remarks>
internal sealed class ReReferralsWithin12Months : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 20,
        Id = "re-referrals-12m",
        FromAnnexA = true,
        Title = "Re-referrals within 12 months of a previous referral",
        Family = IndicatorFamily.Referrals,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C1"],
        Source = Sources.CinCensus + ", table C1",
        Numerator = "Referrals in the period with an earlier referral P of the same child such that P < R <= P + 12 calendar months",
        Denominator = "Referrals in the period (every referral record)",
        Decisions = [
            "The 12-month boundary is inclusive: a referral on 10 May 2014 after one on 10 May 2013 is a re-referral.",
            "A referral on the same day as another of the same child is not a re-referral of it (P < R is strict).",
            "Earlier referrals outside the period count as history.",
            "From Ofsted Annex A (specification 9.2): a child's latest listed referral is a re-referral when its \"Number of Referrals in Last 12 Months\" is 1 or more; the child's earlier listed referrals are judged from the list's own history (a blank number falls back to it too).",
        ],
        Options = [],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed, DimensionIds.ReferralSource],
        ReferenceDate = ReferenceDate.Event("CINreferralDate"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is { } annexA
        ? RowsInPeriod.Run(c.Data.Referrals.Date, c, new AnnexAReReferral(c.Data.Referrals, annexA), ref sink)
        : RowsInPeriod.Run(c.Data.Referrals.Date, c, new ReReferral(c.Data.Referrals), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Referrals(c, c.Data.Referrals.Date);

    // A repeat when the latest earlier referral's boundary (P + 12 months, precomputed) is on or after this one.
    private readonly struct ReReferral(ReferralTable t) : IUnitRule
    {
        private readonly int[] _date = t.Date;
        private readonly int[] _boundary = t.PreviousPlusTwelveMonths;

        public Verdict Judge(int row) => Verdict.Member(_boundary[row] != Day.None && _date[row] <= _boundary[row]);
    }

    // From Annex A: the list's number on the child's latest referral decides it; earlier referrals as from returns.
    private readonly struct AnnexAReReferral(ReferralTable t, AnnexAData annexA) : IUnitRule
    {
        private readonly ReReferral _history = new(t);

        public Verdict Judge(int row)
        {
            var child = t.Child[row];
            return t.Date[row] == annexA.LatestReferral[child] && annexA.ReferralsInLast12Months[child] >= 0
                ? Verdict.Member(annexA.ReferralsInLast12Months[child] >= 1)
                : _history.Judge(row);
        }
    }
}
