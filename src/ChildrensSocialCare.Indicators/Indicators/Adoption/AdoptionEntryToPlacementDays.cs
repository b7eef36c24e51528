namespace ChildrensSocialCare.Indicators;

/// <summary><c>adoption-entry-to-placement-days</c>: Mean days from entering care to moving in with the adoptive family.</summary>
/// <remarks>
/// For each child adopted in the period (an episode ending with REC E11 or E12 in the period), the days from the
/// start of the period of care that ended in adoption to the start of the placement (carer spell) in which the
/// child was adopted; a child adopted by their foster carers counts from the day they moved in with them. The mean
/// is the value, with the median and the count as details (DfE adoption scorecard A1, from SSDA903).
/// </remarks>
internal sealed class AdoptionEntryToPlacementDays : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 260,
        Id = "adoption-entry-to-placement-days",
        Title = "Mean days from entering care to moving in with the adoptive family",
        Family = IndicatorFamily.Adoption,
        Unit = Unit.Days,
        Decimals = 0,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["scorecard A1"],
        Source = Sources.Ssda903 + "; adoption scorecard A1",
        Numerator = "Total days from the start of the period of care to the start of the placement (carer spell) in which the child was adopted",
        Denominator = "Children adopted in the period (an episode ending with REC E11 or E12 in the period)",
        Decisions = [
            "A child adopted by their foster carers counts from the day they moved in with those carers.",
            "The mean is the value; the median and the count are details.",
            "Placements here are always carer spells, whatever the PlacementChange option.",
        ],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("DEC"),
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        MeanDaysOfEvents.Run(c.Data.Care.Adoptions, c, new EntryToPlacement(c.Data.Care), "Children adopted", ref sink);

    public override UnitSource Units(EvaluationContext c)
    {
        var care = c.Data.Care;
        var placements = care.CarerChange;
        return TableUnits.Episodes(c, (row, _) =>
        [
            new KeyDate("entered care", Day.ToDate(care.PocStart[care.EpisodePoc[row]])),
            new KeyDate("moved in with adopters", Day.ToDate(placements.Start[placements.EpisodePlacement[row]])),
        ], eventDate: care.End, value: row => placements.Start[placements.EpisodePlacement[row]] - care.PocStart[care.EpisodePoc[row]]);
    }

    // A period of care ended by adoption: its last episode is the unit; placements are always carer spells here.
    private readonly struct EntryToPlacement(CareTable care) : IUnitDays
    {
        private readonly PlacementTable _placements = care.CarerChange;

        public long Days(int indexRow, out int unit, out string? excludedBy)
        {
            excludedBy = null;
            unit = care.PocLast[indexRow];
            return _placements.Start[_placements.EpisodePlacement[unit]] - care.PocStart[indexRow];
        }
    }
}
