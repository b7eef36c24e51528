using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// SSDA903 episodes sorted by child, DECOM, then DEC with open episodes last (specification 1.5), with the structures
// every looked-after indicator shares, computed once: periods of care and placements (carer spells).
internal sealed class CareTable : Table<LookedAfterEpisode>
{
    private readonly List<Diagnostic> _diagnostics;
    private PlacementTable? _anyPlacementChange;

    public CareTable(LookedAfterEpisode[] records, ChildIndex ids, List<Diagnostic> diagnostics)
        : base(records, ids, r => r.ChildId, r => Day.Of(r.Start), r => Day.OrOpen(r.End), SameDates)
    {
        _diagnostics = diagnostics;
        ChildCount = ids.Count;
        Start = Column(r => Day.Of(r.Start));
        End = Column(r => Day.OrOpen(r.End));
        ShortBreak = Flags(r => r.LegalStatus.IsShortBreak);
        EpisodeChildren = [.. Child.Distinct()];
        BuildPeriodsOfCare();
        Adoptions = new DateIndex([.. PocEnd.Select((end, p) => PocAdopted[p] ? end : Day.None)]);
        CarerChange = new PlacementTable(this, PlacementChange.CarerChange);
    }

    public int ChildCount { get; }

    public int[] Start { get; }

    public int[] End { get; }

    // Legal status V3 or V4: ignored entirely by every looked-after indicator.
    public bool[] ShortBreak { get; }

    // The children with at least one episode, in index order: the only ones a looked-after indicator need visit.
    public int[] EpisodeChildren { get; }

    // The periods of care that ended in adoption (their last episode ended with REC E11 or E12), by their end: a few in
    // every hundred, so adoption-entry-to-placement-days visits its period's adoptions only.
    public DateIndex Adoptions { get; }

    // Periods of care: maximal chains of episodes joined by REC X1 on the same day. PocFirst and PocLast are episode
    // rows; short breaks inside the range are skipped.
    public int[] PocChild { get; private set; } = [];

    public int[] PocStart { get; private set; } = [];

    public int[] PocEnd { get; private set; } = [];

    public int[] PocFirst { get; private set; } = [];

    public int[] PocLast { get; private set; } = [];

    public bool[] PocAdopted { get; private set; } = [];

    public int[] PocOffsets { get; private set; } = [];

    // The period of care each episode belongs to (-1 for a short break).
    public int[] EpisodePoc { get; private set; } = [];

    public PlacementTable CarerChange { get; }

    public PlacementTable Placements(PlacementChange rule) => rule switch
    {
        PlacementChange.CarerChange => CarerChange,
        _ => _anyPlacementChange ??= new PlacementTable(this, PlacementChange.AnyPlacementChange),
    };

    private void BuildPeriodsOfCare()
    {
        var child = new List<int>();
        var start = new List<int>();
        var end = new List<int>();
        var first = new List<int>();
        var last = new List<int>();
        var adopted = new List<bool>();
        var episodePoc = new int[Count];
        Array.Fill(episodePoc, -1);

        var prev = -1;
        for (var i = 0; i < Count; i++)
        {
            if (ShortBreak[i])
            {
                continue;
            }

            var continues = false;
            if (prev >= 0 && Child[prev] == Child[i])
            {
                if (End[prev] == Day.Open)
                {
                    // Specification section 2: only REC X1 on the next episode's start joins two episodes, so the
                    // open episode stays open and the next one starts another period of care (a finding, not a repair:
                    // repairing it here made the periods of care disagree with cla-rate, which reads the open episode).
                    _diagnostics.Add(Problem(IndicatorDiagnosticCodes.EpisodesOpenThenAnother,
                        "An episode with no end date is followed by another episode of the same child; it is left open, and the next episode starts another period of care.", prev));
                }
                else if (Records[prev].ReasonEnded.IsContinuation)
                {
                    continues = End[prev] == Start[i];
                    if (!continues)
                    {
                        _diagnostics.Add(Problem(IndicatorDiagnosticCodes.EpisodesX1Gap,
                            $"The episode ended with X1 (care continues) on {Day.ToDate(End[prev]):yyyy-MM-dd}, but the next episode starts on {Day.ToDate(Start[i]):yyyy-MM-dd}; the period of care is treated as ending.", prev));
                    }
                }
                else if (Start[i] < End[prev])
                {
                    _diagnostics.Add(Problem(IndicatorDiagnosticCodes.EpisodesOverlap,
                        $"The episode starting {Day.ToDate(Start[i]):yyyy-MM-dd} begins before the previous one ended ({Day.ToDate(End[prev]):yyyy-MM-dd}).", i));
                }
            }

            if (continues)
            {
                last[^1] = i;
                end[^1] = End[i];
                adopted[^1] = Records[i].ReasonEnded.IsAdoption;
            }
            else
            {
                child.Add(Child[i]);
                start.Add(Start[i]);
                end.Add(End[i]);
                first.Add(i);
                last.Add(i);
                adopted.Add(Records[i].ReasonEnded.IsAdoption);
            }

            episodePoc[i] = child.Count - 1;
            prev = i;
        }

        PocChild = [.. child];
        PocStart = [.. start];
        PocEnd = [.. end];
        PocFirst = [.. first];
        PocLast = [.. last];
        PocAdopted = [.. adopted];
        PocOffsets = Sorting.Offsets(PocChild, ChildCount);
        EpisodePoc = episodePoc;
    }

    // Episodes of one child with the same DECOM and DEC (specification 1.5 orders by nothing more) are ordered by
    // content, so that periods of care and placements never depend on the order the records were supplied in: an
    // episode ending with X1 first, as it is the one that hands care on to the next; then by the codes, ordinally.
    private static int SameDates(LookedAfterEpisode a, LookedAfterEpisode b)
    {
        var byContinuation = b.ReasonEnded.IsContinuation.CompareTo(a.ReasonEnded.IsContinuation);
        if (byContinuation != 0)
        {
            return byContinuation;
        }

        foreach (var (x, y) in new[]
        {
            (a.ReasonEnded.Code, b.ReasonEnded.Code), (a.ReasonForNewEpisode.Code, b.ReasonForNewEpisode.Code),
            (a.LegalStatus.Code, b.LegalStatus.Code), (a.Placement.Code, b.Placement.Code),
            (a.Urn ?? "", b.Urn ?? ""), (a.PlacementPostcode ?? "", b.PlacementPostcode ?? ""),
        })
        {
            var c = string.CompareOrdinal(x, y);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private Diagnostic Problem(string code, string message, int row) =>
        new(DiagnosticSeverity.Warning, code, message)
        {
            ChildId = Records[row].ChildId,
            Column = "DECOM",
            Value = Records[row].Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
}

// Placements (spells with one carer) under one counting rule, sorted by child and start. A placement covers
// [the DECOM of its first episode, the DECOM of the episode that starts the next placement, or the end of its period
// of care). Specification section 2, "Looked-after episodes".
internal sealed class PlacementTable
{
    public PlacementTable(CareTable care, PlacementChange rule)
    {
        var child = new List<int>();
        var start = new List<int>();
        var end = new List<int>();
        var poc = new List<int>();
        var firstEpisode = new List<int>();
        var episodePlacement = new int[care.Count];
        Array.Fill(episodePlacement, -1);

        for (var p = 0; p < care.PocChild.Length; p++)
        {
            var previousEpisode = -1;
            for (var i = care.PocFirst[p]; i <= care.PocLast[p]; i++)
            {
                if (care.ShortBreak[i])
                {
                    continue;
                }

                if (previousEpisode < 0 || StartsPlacement(care, rule, care.PocFirst[p], previousEpisode, i))
                {
                    if (previousEpisode >= 0)
                    {
                        end[^1] = care.Start[i];
                    }

                    child.Add(care.PocChild[p]);
                    start.Add(care.Start[i]);
                    end.Add(care.PocEnd[p]);
                    poc.Add(p);
                    firstEpisode.Add(i);
                }

                episodePlacement[i] = child.Count - 1;
                previousEpisode = i;
            }
        }

        Child = [.. child];
        Start = [.. start];
        End = [.. end];
        PeriodOfCare = [.. poc];
        FirstEpisode = [.. firstEpisode];
        EpisodePlacement = episodePlacement;
        Offsets = Sorting.Offsets(Child, care.ChildCount);
    }

    public int[] Child { get; }

    public int[] Start { get; }

    public int[] End { get; }

    public int[] PeriodOfCare { get; }

    public int[] FirstEpisode { get; }

    // The placement each episode belongs to (-1 for a short break).
    public int[] EpisodePlacement { get; }

    public int[] Offsets { get; }

    public int Count => Child.Length;

    private static bool StartsPlacement(CareTable care, PlacementChange rule, int firstOfPeriod, int previous, int i)
    {
        var episode = care.Records[i];
        var rne = episode.ReasonForNewEpisode;
        var starts = rne.Code is "S" || rne.ChangesCarer || (rule == PlacementChange.AnyPlacementChange && rne.ChangesPlacementKeepingCarer);
        if (!starts)
        {
            return false;
        }

        // Temporary placements (T0-T4) never start a placement.
        if (episode.Placement.IsTemporary)
        {
            return false;
        }

        // Nor does the return from a temporary placement to the placement the child had before it.
        if (care.Records[previous].Placement.IsTemporary)
        {
            var before = previous;
            while (before > firstOfPeriod && (care.ShortBreak[before] || care.Records[before].Placement.IsTemporary))
            {
                before--;
            }

            var original = care.Records[before];
            if (!original.Placement.IsTemporary && SamePlacement(original, episode))
            {
                return false;
            }
        }

        return true;
    }

    // "Returns" means the same PLACE, and the same URN and PL_POST wherever both episodes record them.
    private static bool SamePlacement(LookedAfterEpisode a, LookedAfterEpisode b) =>
        a.Placement == b.Placement &&
        (!IsRecordedUrn(a.Urn) || !IsRecordedUrn(b.Urn) || string.Equals(a.Urn!.Trim(), b.Urn!.Trim(), StringComparison.OrdinalIgnoreCase)) &&
        (Postcode(a.PlacementPostcode) is not { } pa || Postcode(b.PlacementPostcode) is not { } pb || pa == pb);

    private static bool IsRecordedUrn(string? urn) =>
        !string.IsNullOrWhiteSpace(urn) && !string.Equals(urn.Trim(), "XXXXXXX", StringComparison.OrdinalIgnoreCase);

    // Postcodes are compared upper-cased with spaces removed (specification 1.5).
    private static string? Postcode(string? postcode) =>
        string.IsNullOrWhiteSpace(postcode) ? null : postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
