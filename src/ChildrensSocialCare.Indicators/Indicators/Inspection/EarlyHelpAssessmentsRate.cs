namespace ChildrensSocialCare.Indicators;

/// <summary><c>early-help-assessments-rate</c>: Early help assessments started per 10,000 (Ofsted Annex A, List 2).</summary>
/// <remarks>List 2 rows whose Assessment start date is in the period, per 10,000 children aged 0-17; annualisable.</remarks>
internal sealed class EarlyHelpAssessmentsRate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 9030,
        Id = "early-help-assessments-rate",
        FromAnnexA = true,
        Title = "Early help assessments started per 10,000",
        Family = IndicatorFamily.Inspection,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["Annex A List 2"],
        Source = Sources.AnnexA + ", List 2",
        Numerator = "List 2 rows with Assessment start date in the period",
        Denominator = "Population aged 0-17",
        Decisions = [],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("Assessment start date"),
        IsAnnualisable = true,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) => c.Data.AnnexA is not { } a
        ? Tally.Unavailable(AnnexAUnits.NotAnnexA)
        : RowsInPeriod.Run(a.EarlyHelp.Start, c, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => AnnexAUnits.EarlyHelp(c);
}
