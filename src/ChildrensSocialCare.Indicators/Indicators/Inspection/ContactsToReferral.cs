namespace ChildrensSocialCare.Indicators;

/// <summary><c>contacts-to-referral</c>: Children with a contact who were referred (Ofsted Annex A, lists 1 and 3).</summary>
/// <remarks>Of the distinct children with a List 1 contact in the period, those with a List 3 referral dated on or
/// after their first contact in the period and in the period.</remarks>
internal sealed class ContactsToReferral : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9020,
        Id = "contacts-to-referral",
        FromAnnexA = true,
        Title = "Children with a contact who were referred",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["Annex A lists 1 and 3"],
        Source = Sources.AnnexA + ", lists 1 and 3",
        Numerator = "Of those, children with a List 3 referral dated on or after their first contact in the period and in the period",
        Denominator = "Distinct children with a List 1 contact in the period",
        Decisions = ["A referral on the day of the first contact counts (on or after).", "The unit is the child's first contact in the period, and that contact's date dates it."],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("Date of Contact"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : DistinctChildrenInPeriod.Run(a.Contacts.Child, a.Contacts.Date, c, false, new ShareWhere<Referred>(new Referred(a, c.End)), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.Contacts(c);

    private readonly struct Referred(AnnexAData a, int end) : IRowTest
    {
        public bool Test(int row) => a.Referrals.Any(a.Contacts.Child[row], a.Contacts.Date[row], end);
    }
}
