namespace ChildrensSocialCare.Indicators;

/// <summary><c>contacts-rate</c>: Contacts per 10,000 (Ofsted Annex A, List 1).</summary>
/// <remarks>List 1 rows whose Date of Contact is in the period, per 10,000 children aged 0-17; annualisable.</remarks>
internal sealed class ContactsRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9010,
        Id = "contacts-rate",
        FromAnnexA = true,
        Title = "Contacts per 10,000",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["Annex A List 1"],
        Source = Sources.AnnexA + ", List 1",
        Numerator = "List 1 rows with Date of Contact in the period",
        Denominator = "Population aged 0-17",
        Decisions = ["Every row is a contact, several of one child included."],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("Date of Contact"),
        IsAnnualisable = true,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsInPeriod.Run(a.Contacts.Date, c, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.Contacts(c);
}
