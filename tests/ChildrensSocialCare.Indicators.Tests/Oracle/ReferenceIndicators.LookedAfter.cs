using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Oracle;

// The looked-after indicators, with periods of care and placements derived here from INDICATORS.md section 2
// ("Looked-after episodes (SSDA903)") and nothing else.
internal sealed partial class ReferenceIndicators
{
    private sealed record Episode(LookedAfterEpisode Record, string Child, DateOnly Start, DateOnly? End, string Rne, string Place, string Rec)
    {
        public bool IsTemporary => Place is "T0" or "T1" or "T2" or "T3" or "T4";
    }

    // A chain of episodes joined by REC X1 on the date the next one starts.
    private sealed record PeriodOfCare(string Child, IReadOnlyList<Episode> Episodes)
    {
        public DateOnly Start => Episodes[0].Start;

        public DateOnly? End => Episodes[^1].End;
    }

    // A spell with one carer: [Start, End), End null while open. FirstEpisode indexes PeriodOfCare.Episodes.
    private sealed record Placement(PeriodOfCare PeriodOfCare, int FirstEpisode, DateOnly Start, DateOnly? End);

    private IReadOnlyList<PeriodOfCare>? _periodsOfCare;

    // Every child's periods of care, V3/V4 episodes ignored entirely.
    private IReadOnlyList<PeriodOfCare> PeriodsOfCare() => _periodsOfCare ??= BuildPeriodsOfCare();

    private List<PeriodOfCare> BuildPeriodsOfCare()
    {
        var result = new List<PeriodOfCare>();
        var episodes = _records.Episodes
            .Where(e => Code(e.LegalStatus.Code) is not ("V3" or "V4"))
            .Select(e => new Episode(e, Id(e.ChildId), e.Start, e.End, Code(e.ReasonForNewEpisode.Code), Code(e.Placement.Code), Code(e.ReasonEnded.Code)));
        foreach (var child in episodes.GroupBy(e => e.Child))
        {
            // 1.5: ordered by DECOM, and two with the same DECOM by DEC with an open episode last.
            // READING: the specification orders by nothing more, so episodes that tie on both would take the order
            // they were supplied in, and answers would change with it (the shuffle property found this). They are
            // ordered by content instead: an episode ending with X1 first, as it is the one that hands care on to the
            // next, then by REC, RNE, LS, PLACE, URN and PL_POST, ordinally.
            var ordered = child
                .OrderBy(e => e.Start)
                .ThenBy(e => e.End ?? DateOnly.MaxValue)
                .ThenBy(e => e.Rec == "X1" ? 0 : 1)
                .ThenBy(e => e.Rec, StringComparer.Ordinal)
                .ThenBy(e => e.Rne, StringComparer.Ordinal)
                .ThenBy(e => Code(e.Record.LegalStatus.Code), StringComparer.Ordinal)
                .ThenBy(e => e.Place, StringComparer.Ordinal)
                .ThenBy(e => e.Record.Urn ?? "", StringComparer.Ordinal)
                .ThenBy(e => e.Record.PlacementPostcode ?? "", StringComparer.Ordinal)
                .ToList();
            List<Episode>? current = null;
            for (var i = 0; i < ordered.Count; i++)
            {
                // The chain continues only when the previous episode ended with X1 on the day this one starts; any
                // other REC, an open episode, or an X1 followed by a gap (or an overlap) ends it.
                var continues = i > 0 && ordered[i - 1].Rec == "X1" && ordered[i - 1].End == ordered[i].Start;
                if (!continues)
                {
                    current = [];
                    result.Add(new PeriodOfCare(child.Key, current));
                }

                current!.Add(ordered[i]);
            }
        }

        return result;
    }

    private IReadOnlyList<Placement> Placements(PeriodOfCare poc, PlacementChange rule)
    {
        var starts = new List<int>();
        Episode? before = null; // the last non-temporary episode so far: the placement the child had
        for (var k = 0; k < poc.Episodes.Count; k++)
        {
            var e = poc.Episodes[k];
            bool startsPlacement;
            if (k == 0)
            {
                // READING: the first episode of a period of care always starts a placement, even when it is a
                // temporary placement (the child has to be somewhere; "never start a placement" is read as "never
                // start one by a change").
                startsPlacement = true;
            }
            else if (e.IsTemporary)
            {
                startsPlacement = false;
            }
            else
            {
                // READING: an S in the middle of a chain (the child "started to be looked after" again without a
                // break in the episodes) is a new carer like P and B; a blank or unknown RNE continues the placement,
                // as only the codes the specification names start one.
                var changesCarer = e.Rne is "P" or "B" or "S" || (rule == PlacementChange.AnyPlacementChange && e.Rne is "T" or "U");
                // READING: the placement the child had before a run of temporary placements is its last
                // non-temporary episode; a change straight after the run that matches it is a return, not a move.
                var returns = poc.Episodes[k - 1].IsTemporary && before is not null && IsSamePlacement(e.Record, before.Record);
                startsPlacement = changesCarer && !returns;
            }

            if (startsPlacement)
            {
                starts.Add(k);
            }

            if (!e.IsTemporary)
            {
                before = e;
            }
        }

        // A placement covers [its first episode's DECOM, the DECOM of the episode that starts the next one, or the end
        // of the period of care).
        return starts
            .Select((k, i) => new Placement(poc, k, poc.Episodes[k].Start, i + 1 < starts.Count ? poc.Episodes[starts[i + 1]].Start : poc.End))
            .ToList();
    }

    // "Returns" means the same PLACE, and the same URN and the same PL_POST wherever both episodes record them (a
    // blank or XXXXXXX URN is not recorded; URNs compared without regard to case, postcodes upper-cased without spaces).
    private static bool IsSamePlacement(LookedAfterEpisode a, LookedAfterEpisode b)
    {
        if (Code(a.Placement.Code) != Code(b.Placement.Code))
        {
            return false;
        }

        static string? Urn(string? u) => Code(u) is var c && c.Length > 0 && c != "XXXXXXX" ? c : null;
        static string? Postcode(string? p) => new string((p ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray()).ToUpperInvariant() is { Length: > 0 } s ? s : null;

        var sameUrn = Urn(a.Urn) is not { } ua || Urn(b.Urn) is not { } ub || ua == ub;
        var samePostcode = Postcode(a.PlacementPostcode) is not { } pa || Postcode(b.PlacementPostcode) is not { } pb || pa == pb;
        return sameUrn && samePostcode;
    }

    // Section 2: a span [s, e) overlaps the period [ps, pe] iff s <= pe and e > ps and s < e (an open span runs on).
    private bool Overlaps(DateOnly s, DateOnly? e) => s <= _end && (e is null || (e.Value > _start && s < e.Value));

    // Children with an episode (not V3/V4) open at the period end.
    private IEnumerable<string> LookedAfterAtEnd() =>
        _records.Episodes
            .Where(e => Code(e.LegalStatus.Code) is not ("V3" or "V4") && OpenAtEnd(e.Start, e.End))
            .Select(e => Id(e.ChildId))
            .Distinct();

    private OracleResult ThreeOrMorePlacements()
    {
        var children = LookedAfterAtEnd().ToList();
        var placements = PeriodsOfCare()
            .SelectMany(p => Placements(p, _options.PlacementChange))
            .Where(p => Overlaps(p.Start, p.End))
            .GroupBy(p => p.PeriodOfCare.Child)
            .ToDictionary(g => g.Key, g => g.Count());
        return OracleResult.Percentage(children.Count(c => placements.GetValueOrDefault(c) >= 3), children.Count);
    }

    private OracleResult LongTermStability()
    {
        var pocs = PeriodsOfCare();
        var denominator = 0;
        var numerator = 0;
        foreach (var child in LookedAfterAtEnd())
        {
            // 1.2: looked-after children use the header DOB and fall back to the OC3 DOB; without one the child is
            // left out (and listed).
            if ((HeaderDateOfBirth(child) ?? CareLeaverDateOfBirth(child)) is not { } dob || AgeAt(dob, _end) >= 16)
            {
                continue;
            }

            // The current period of care is the one the child is looked after in at the period end: the one holding
            // the episode open then (an episode that ends before it starts can close a chain early, so the chain's own
            // dates are not used for this).
            // READING: if overlapping records leave several open, the one that started last is current.
            var current = pocs
                .Where(p => p.Child == child)
                .SelectMany(p => p.Episodes.Select((e, k) => (Poc: p, Index: k, Episode: e)))
                .Where(x => OpenAtEnd(x.Episode.Start, x.Episode.End))
                .MaxBy(x => x.Poc.Start);
            if (current.Poc is null || current.Poc.Start > AddMonths(_end, -30))
            {
                continue;
            }

            denominator++;
            // The current placement is the one holding that episode.
            var placement = Placements(current.Poc, _options.PlacementChange).Last(p => p.FirstEpisode <= current.Index);
            if (placement.Start <= AddMonths(_end, -24))
            {
                numerator++;
            }
        }

        return OracleResult.Percentage(numerator, denominator);
    }

    private OracleResult AdoptionDays()
    {
        var days = new List<long>();
        foreach (var poc in PeriodsOfCare())
        {
            for (var k = 0; k < poc.Episodes.Count; k++)
            {
                var e = poc.Episodes[k];
                if (e.Rec is "E11" or "E12" && e.End is { } adopted && InPeriod(adopted))
                {
                    // The placement (carer spell, whatever the PlacementChange option) in which the child was
                    // adopted: the last one that started at or before the adoption episode.
                    var placement = Placements(poc, PlacementChange.CarerChange).Last(p => p.FirstEpisode <= k);
                    days.Add(placement.Start.DayNumber - poc.Start.DayNumber);
                }
            }
        }

        // READING: each adoption in the period is one child adopted (a child adopted twice in one period, which real
        // data cannot show, would count twice).
        var total = days.Sum();
        var sorted = days.Order().ToList();
        decimal? median = sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2m;
        return new OracleResult(total, days.Count, days.Count == 0 ? null : total / (decimal)days.Count,
            Details: new Dictionary<string, decimal?> { ["median"] = median, ["count"] = days.Count });
    }
}
