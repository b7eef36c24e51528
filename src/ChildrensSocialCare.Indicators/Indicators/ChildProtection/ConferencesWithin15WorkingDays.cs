namespace ChildrensSocialCare.Indicators;

/// <summary><c>icpc-15wd</c>: Initial child protection conferences within 15 working days of the S47 start.</summary>
/// <remarks>
/// Section 47 enquiries whose DateOfInitialCPC is in the period and not before the S47 start, timely when
/// WorkingDaysBetween(S47ActualStartDate, DateOfInitialCPC) &lt;= 15 (DfE Children in need statistics, table C4).
/// Conferences dated before the start are left out of the percentage (they still count as conferences) and listed.
/// </remarks>
internal sealed class ConferencesWithin15WorkingDays : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 130,
        Id = "icpc-15wd",
        FromAnnexA = true,
        Title = "Initial child protection conferences within 15 working days of the S47 start",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.HigherIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C4"],
        Source = Sources.CinCensus + ", table C4",
        Numerator = "Enquiries with WorkingDaysBetween(S47ActualStartDate, DateOfInitialCPC) <= 15",
        Denominator = "Section 47 enquiries whose DateOfInitialCPC is in the period and not before the S47 start",
        Decisions = ["Conferences dated before the S47 start are excluded from the percentage (still counted as conferences) and listed."],
        Options = [nameof(EvaluationOptions.Calendar)],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed],
        ReferenceDate = ReferenceDate.Event("DateOfInitialCPC"),
        Exclusions = [ExclusionCodes.ConferenceBeforeSection47Start, ExclusionCodes.OutsideCalendar],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        RowsInPeriod.Run(c.Data.Section47.Conference, c, new WithinWorkingDays<EveryRow>(c, c.Data.Section47.Start, c.Data.Section47.Conference, c.Data.Section47.Child, 15, ExclusionCodes.ConferenceBeforeSection47Start, default), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Section47(c, c.Data.Section47.Conference);
}
