namespace ChildrensSocialCare.Indicators;

/// <summary><c>s47-rate</c>: Section 47 enquiries started per 10,000.</summary>
/// <remarks>
/// Section 47 enquiries with S47ActualStartDate in the period, per 10,000 children aged 0-17 (DfE Children in need
/// statistics, table C4).
/// </remarks>
internal sealed class Section47Rate : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 120,
        Id = "s47-rate",
        FromAnnexA = true,
        Title = "Section 47 enquiries started per 10,000",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.RatePer10000,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C4"],
        Source = Sources.CinCensus + ", table C4",
        Numerator = "Section 47 enquiries with S47ActualStartDate in the period",
        Denominator = "Population aged 0-17",
        Decisions = [],
        Options = [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed],
        ReferenceDate = ReferenceDate.Event("S47ActualStartDate"),
        IsAnnualisable = true,
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        EventsInPeriod.Run(c.Data.Section47.ByStart, c, new CountEvery(), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Section47(c, c.Data.Section47.Start);
}
