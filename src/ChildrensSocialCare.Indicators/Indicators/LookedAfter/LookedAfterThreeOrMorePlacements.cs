namespace ChildrensSocialCare.Indicators;

/// <summary><c>cla-3plus-placements</c>: Looked after at period end with 3 or more placements during the period.</summary>
/// <remarks>
/// Of the children looked after at the period end (short breaks ignored), those with 3 or more placements
/// overlapping the period: the one current at its start counts, and so do placements of an earlier period of care
/// (NI 62; DfE Stability measures for children looked after in England).
/// </remarks>
internal sealed class LookedAfterThreeOrMorePlacements : Indicator
{
    public override IndicatorDefinition Define() => new()
    {
        Sequence = 210,
        Id = "cla-3plus-placements",
        FromAnnexA = true,
        AnnexAWindowMonths = 12,
        Title = "Looked after at period end with 3 or more placements during the period",
        Family = IndicatorFamily.LookedAfter,
        Unit = Unit.Percentage,
        Decimals = 0,
        Polarity = Polarity.LowerIsBetter,
        Kind = MeasureKind.Snapshot,
        LegacyIds = ["NI 62"],
        Source = Sources.Stability,
        Numerator = "Children looked after at the period end with 3 or more placements overlapping the period",
        Denominator = "Children looked after at the period end",
        Decisions = [
            "A placement is a spell with one carer: RNE P or B starts one; L, T and U continue it; temporary placements (T0-T4) and the return from one never start one.",
            "The placement current at the period start counts, and so do placements of an earlier period of care that overlap the period.",
            "V3 and V4 episodes are ignored.",
            "RNE S within a chain of episodes starts a placement; a blank or unknown RNE continues the current one.",
            "Episodes with the same DECOM and DEC are ordered with an X1 ending first, then by their codes, so the result never depends on input order.",
            "From Ofsted Annex A (specification 9.2): only over the 12 months to the reference date, from List 8's \"Number of Placements in the Last 12 months\"; a blank count is left out and listed.",
        ],
        Options = [nameof(EvaluationOptions.PlacementChange)],
        Dimensions = DimensionIds.LookedAfter,
        ReferenceDate = ReferenceDate.PeriodEnd,
        Exclusions = [ExclusionCodes.ShortBreak, ExclusionCodes.AnnexAPlacementsNotRecorded],
    };

    public override Tally Run<TSink>(EvaluationContext c, ref TSink sink) =>
        c.Data.AnnexA is not { } annexA ? LookedAfterAtEnd.Run(c, new ThreeOrMore(c, c.Data.Care.Placements(c.Options.PlacementChange)), ref sink)
        : c.Period != ReportingPeriod.TwelveMonthsEnding(annexA.ReferenceDate)
            ? Tally.Unavailable($"is available from Ofsted Annex A only over the 12 months to the reference date ({ReportingPeriod.TwelveMonthsEnding(annexA.ReferenceDate)}): List 8 counts the placements in the last 12 months")
            : LookedAfterAtEnd.Run(c, new AnnexAThreeOrMore(c.Data.Care.Child, annexA.PlacementsInLast12Months), ref sink);

    // From Annex A: the child's List 8 count of placements in the last 12 months.
    private readonly struct AnnexAThreeOrMore(int[] child, int[] placements) : IUnitRule
    {
        public Verdict Judge(int row) => placements[child[row]] is var n && n < 0
            ? Verdict.Excluded(ExclusionCodes.AnnexAPlacementsNotRecorded)
            : Verdict.Member(n >= 3);
    }

    // A child's entry lists the starts of the placements counted.
    public override UnitSource Units(EvaluationContext c)
    {
        var placements = c.Data.Care.Placements(c.Options.PlacementChange);
        return TableUnits.Episodes(c, (row, _) =>
        {
            var starts = new List<KeyDate>();
            OverlappingPlacements(c, placements, c.Data.Care.Child[row], starts);
            return [.. starts];
        });
    }

    // The child's placements that overlap the period, their starts added to starts when given.
    private static int OverlappingPlacements(EvaluationContext c, PlacementTable placements, int child, List<KeyDate>? starts)
    {
        var count = 0;
        for (var p = placements.Offsets[child]; p < placements.Offsets[child + 1]; p++)
        {
            if (c.Overlaps(placements.Start[p], placements.End[p]))
            {
                count++;
                starts?.Add(new KeyDate("placement start", Day.ToDate(placements.Start[p])));
            }
        }

        return count;
    }

    private readonly struct ThreeOrMore(EvaluationContext c, PlacementTable placements) : IUnitRule
    {
        private readonly int[] _child = c.Data.Care.Child;

        public Verdict Judge(int row) => Verdict.Member(OverlappingPlacements(c, placements, _child[row], null) >= 3);
    }
}
