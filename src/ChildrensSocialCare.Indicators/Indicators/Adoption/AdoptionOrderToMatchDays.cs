namespace ChildrensSocialCare.Indicators;

/// <summary><c>adoption-order-to-match-days</c>: Mean days from the placement order to the match with the adopters.</summary>
/// <remarks>
/// For each child adopted in the period (as <c>adoption-entry-to-placement-days</c>), the days from the court
/// authority to place (the DECOM of the first episode with legal status E1 or D1 in the period of care that ended in
/// adoption) to DATE_MATCH on the child's first AD1 row; a child with no such episode or no match date is left out and
/// listed. The mean is the value, with the median and the count as details (DfE adoption scorecard A2, from SSDA903;
/// specification section 8).
/// </remarks>
internal sealed class AdoptionOrderToMatchDays : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 500,
        Id = "adoption-order-to-match-days",
        Title = "Mean days from the placement order to the match with the adopters",
        Family = IndicatorFamily.Adoption,
        Unit = Unit.Days,
        Decimals = 0,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Flow,
        LegacyIds = ["scorecard A2"],
        Source = Sources.Ssda903 + "; adoption scorecard A2",
        Numerator = "Total days from the DECOM of the first episode with legal status E1 or D1 in the period of care that ended in adoption to DATE_MATCH on the child's first AD1 row",
        Denominator = "Children adopted in the period (an episode ending with REC E11 or E12 in the period) with both dates",
        Decisions = [
            "The placement order is the first episode with legal status E1 or D1 in the period of care that ended in adoption.",
            "A match before the order gives negative days, kept.",
            "The child's first AD1 row gives DATE_MATCH; a child without one, or without a placement order, is left out and listed.",
            "The mean is the value; the median and the count are details.",
        ],
        Options = [],
        Dimensions = DimensionIds.Child,
        ReferenceDate = ReferenceDate.Event("DEC"),
        Exclusions = [ExclusionCodes.AdoptionNoPlacementOrder, ExclusionCodes.AdoptionNoMatchDate],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        MeanDaysOfEvents.Run(c.Data.Care.Adoptions, c, new OrderToMatch(c.Data), "Children adopted", ref sink);

    public override UnitSource Units(EvaluationContext c)
    {
        var care = c.Data.Care;
        return TableUnits.Episodes(c, (row, _) =>
        [
            new KeyDate("placement order", Day.ToNullableDate(PlacementOrder(care, care.EpisodePoc[row]))),
            new KeyDate("matched", Day.ToNullableDate(c.Data.MatchDate[care.Child[row]])),
        ], eventDate: care.End, value: row => (long)c.Data.MatchDate[care.Child[row]] - PlacementOrder(care, care.EpisodePoc[row]));
    }

    // The DECOM of the first episode of the period of care with legal status E1 or D1, or Day.None.
    private static int PlacementOrder(CareTable care, int poc)
    {
        for (var i = care.PocFirst[poc]; i <= care.PocLast[poc]; i++)
        {
            if (!care.ShortBreak[i] && care.Records[i].LegalStatus.Code.Trim().ToUpperInvariant() is "E1" or "D1")
            {
                return care.Start[i];
            }
        }

        return Day.None;
    }

    // A period of care ended by adoption: its last episode is the unit.
    private readonly struct OrderToMatch(DataSet data) : IUnitDays
    {
        public long Days(int indexRow, out int unit, out string? excludedBy)
        {
            var care = data.Care;
            unit = care.PocLast[indexRow];
            var order = PlacementOrder(care, indexRow);
            var match = data.MatchDate[care.PocChild[indexRow]];
            excludedBy = order == Day.None ? ExclusionCodes.AdoptionNoPlacementOrder
                : match == Day.None ? ExclusionCodes.AdoptionNoMatchDate
                : null;
            return excludedBy is null ? match - order : 0;
        }
    }
}
