namespace ChildrensSocialCare.Indicators;

/// <summary><c>s47-to-icpc</c>: Section 47 enquiries started in the period that led to an initial conference.</summary>
/// <remarks>
/// Of the section 47 enquiries with S47ActualStartDate in the period, those whose Section47 element records a
/// DateOfInitialCPC (in any period, before the start included) and not ICPCnotRequired true (DfE Children in need
/// statistics, table C4; specification section 8 and 8.1).
/// </remarks>
internal sealed class Section47ToConference : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 460,
        Id = "s47-to-icpc",
        Title = "Section 47 enquiries started in the period that led to an initial conference",
        Family = IndicatorFamily.ChildProtection,
        Unit = Unit.Percentage,
        Decimals = 1,
        Polarity = Polarity.Context,
        Kind = MeasureKind.Flow,
        LegacyIds = ["DfE C4"],
        Source = Sources.CinCensus + ", table C4",
        Numerator = "Of those, enquiries whose Section47 element records a DateOfInitialCPC and not ICPCnotRequired true",
        Denominator = "Section 47 enquiries with S47ActualStartDate in the period",
        Decisions = [
            "The conference may be in any period; one dated before the S47 start still counts.",
            "ICPCnotRequired true with a conference date is not a conference here (its date still counts as a conference in the conference rate).",
            "Only the DateOfInitialCPC on the Section47 element counts, not the one on CINdetails.",
        ],
        Options = [],
        Dimensions = [.. DimensionIds.CinCensus, DimensionIds.PrimaryNeed],
        ReferenceDate = ReferenceDate.Event("S47ActualStartDate"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        EventsInPeriod.Run(c.Data.Section47.ByStart, c, new ShareWhere<LedToConference>(new LedToConference(c.Data.Section47)), ref sink);

    public override UnitSource Units(EvaluationContext c) => TableUnits.Section47(c, c.Data.Section47.Start);

    private readonly struct LedToConference(Section47Table t) : IRowTest
    {
        private readonly int[] _conference = t.Conference;
        private readonly bool[] _notRequired = t.NotRequired;

        public bool Test(int row) => _conference[row] != Day.None && !_notRequired[row];
    }
}
