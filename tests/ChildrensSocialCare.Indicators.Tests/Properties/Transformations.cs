using System.Globalization;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>Changes to a data set that must leave every result unchanged, and the comparison of two scorecards.</summary>
public static class Transformations
{
    /// <summary>The records in another order: sorted by a hash of the seed and each record's content, so that the
    /// records left after shrinking keep their relative order and a counterexample shrinks well.</summary>
    public static List<object> Shuffle(IReadOnlyList<object> records, int seed) =>
        records.Select((r, i) => (Record: r, Index: i)).OrderBy(x => Hash(seed, Scenario.Print(x.Record))).ThenBy(x => x.Index).Select(x => x.Record).ToList();

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    public static uint Hash(int seed, string text)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>
    /// The keys by which a record repeated in a later return is matched (specification 1.5): a CIN episode by child
    /// and referral date; an assessment by child and start date or by AssessmentID (the engine also matches a record
    /// without an id to one with an id on the same child and date, so an assessment has both keys); a section 47
    /// enquiry by child and start date; a plan like an assessment, by CPPID or child and start date; an episode by
    /// child and DECOM; an OC3 row by child and collection year. No keys for records the specification does not match
    /// between returns (contacts, workforce figures), which must each appear in one return only.
    /// </summary>
    /// <remarks>READING: the specification names no identity for legacy assessments; they are matched by child, kind
    /// and start date. The header row of a child is matched by its id.</remarks>
    public static IReadOnlyList<string> Identities(object record) => record switch
    {
        Child r => [Key("child", r.Id.Trim())],
        CinEpisode r => [Key("referral", r.ChildId.Trim(), r.ReferralDate)],
        Assessment r => [Key("assessment", r.ChildId.Trim(), r.StartDate), .. r.Id is { Length: > 0 } id ? [Key("assessment-id", r.ChildId.Trim(), id.Trim())] : Array.Empty<string>()],
        LegacyAssessment r => [Key("legacy", r.ChildId.Trim(), r.Kind, r.StartDate)],
        Section47Enquiry r => [Key("s47", r.ChildId.Trim(), r.StartDate)],
        ChildProtectionPlan r => [Key("plan", r.ChildId.Trim(), r.StartDate), .. r.Id is { Length: > 0 } id ? [Key("plan-id", r.ChildId.Trim(), id.Trim())] : Array.Empty<string>()],
        LookedAfterEpisode r => [Key("episode", r.ChildId.Trim(), r.Start)],
        Review r => [Key("review", r.ChildId.Trim(), r.ReviewDate)],
        CareLeaverOutcome r => [Key("oc3", r.ChildId.Trim(), r.CollectionYear)],
        _ => [],
    };

    private static string Key(params object?[] parts) =>
        string.Join("|", parts.Select(p => p switch
        {
            null => "null",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => p.ToString(),
        }));

    /// <summary>
    /// The records split over two consecutive yearly returns: every group of records that share a matching key goes,
    /// whole, into the earlier return, the later one, or into both (records within one return are never merged, so a
    /// group is never divided). Records without keys go into one return. An OC3 row without a collection year would
    /// take its return's year, so such rows go into a third return that has none. With <paramref name="stale"/>, a
    /// group in both returns appears in the earlier one as an older version (still open, not yet completed, codes
    /// not yet known), which the later return must replace. The returns are listed latest first when
    /// <paramref name="latestFirst"/>: the collection year, not the order, decides which wins.
    /// </summary>
    public static RecordSet[] Split(Scenario scenario, int seed, bool stale = false, bool latestFirst = false)
    {
        var undated = scenario.Records.Where(r => r is CareLeaverOutcome { CollectionYear: null }).ToList();
        var records = scenario.Records.Where(r => r is not CareLeaverOutcome { CollectionYear: null }).ToList();

        // Union-find over the records: two records with a key in common are in one group.
        var parent = Enumerable.Range(0, records.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var key in Identities(records[i]))
            {
                if (owner.TryGetValue(key, out var j))
                {
                    parent[Find(i)] = Find(j);
                }
                else
                {
                    owner[key] = i;
                }
            }
        }

        var earlier = new List<object>();
        var later = new List<object>();
        foreach (var group in Enumerable.Range(0, records.Count).GroupBy(Find))
        {
            var first = records[group.First()];
            var matched = Identities(first).Count > 0;
            // Chosen from the group's content, so that shrinking leaves the other groups where they were.
            var choice = (int)(Hash(seed, Scenario.Print(first)) % (matched ? 3u : 2u));
            if (choice != 1)
            {
                earlier.AddRange(group.Select(i => stale && choice == 2 ? OlderVersion(records[i]) : records[i]));
            }

            if (choice != 0)
            {
                later.AddRange(group.Select(i => records[i]));
            }
        }

        RecordSet[] returns =
        [
            Scenario.ToRecordSet(undated, null, "undated"),
            Scenario.ToRecordSet(earlier, scenario.FocusYear, "earlier"),
            Scenario.ToRecordSet(later, scenario.FocusYear + 1, "later"),
        ];
        return latestFirst ? [.. returns.Reverse()] : returns;
    }

    // What an earlier return would have said about a record the later return completes; the identity is unchanged.
    private static object OlderVersion(object record) => record switch
    {
        Child r => r with { DateOfBirth = null },
        CinEpisode r => r with { ClosureDate = null, ReferralNfa = null },
        Assessment r => r with { AuthorisationDate = null, ReferralDate = null },
        LegacyAssessment r => r with { CompletionDate = null, ChildSeen = null },
        Section47Enquiry r => r with { InitialConferenceDate = null },
        ChildProtectionPlan r => r with { EndDate = null, NumberOfPreviousPlans = 5 },
        LookedAfterEpisode r => r with { End = null, ReasonEnded = "", Placement = "T1", ReasonForNewEpisode = "P" },
        CareLeaverOutcome r => r with { InTouch = "NO", Activity = "G5", Accommodation = "0", DateOfBirth = null },
        _ => record,
    };

    /// <summary>The records with every child id replaced through a bijection (a shuffled list of new names).</summary>
    public static List<object> Rename(IReadOnlyList<object> records, int seed)
    {
        var ids = records.Select(Scenario.ChildOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var map = ids.OrderBy(id => Hash(seed, id)).ThenBy(id => id, StringComparer.Ordinal)
            .Select((id, i) => (id, name: string.Create(CultureInfo.InvariantCulture, $"K{i:D3}")))
            .ToDictionary(p => p.id, p => p.name, StringComparer.Ordinal);
        string To(string id) => map[id.Trim()];
        return records.Select(record => record switch
        {
            Child r => r with { Id = To(r.Id) },
            CinEpisode r => r with { ChildId = To(r.ChildId) },
            Assessment r => r with { ChildId = To(r.ChildId) },
            LegacyAssessment r => r with { ChildId = To(r.ChildId) },
            Section47Enquiry r => r with { ChildId = To(r.ChildId) },
            ChildProtectionPlan r => r with { ChildId = To(r.ChildId) },
            Contact r => r with { ChildId = To(r.ChildId) },
            LookedAfterEpisode r => r with { ChildId = To(r.ChildId) },
            Review r => r with { ChildId = To(r.ChildId) },
            CareLeaverOutcome r => r with { ChildId = To(r.ChildId) },
            _ => record,
        }).ToList();
    }

    /// <summary>Every difference between two results of the same indicators: availability, numerator, denominator,
    /// value and details, compared exactly.</summary>
    public static IEnumerable<string> Differences(IEnumerable<IndicatorResult> expected, IEnumerable<IndicatorResult> actual, IEnumerable<string>? only = null)
    {
        var ids = only?.ToHashSet();
        foreach (var (a, b) in expected.Zip(actual))
        {
            if (a.Id != b.Id)
            {
                yield return $"{a.Id} is paired with {b.Id}";
                continue;
            }

            if (ids is not null && !ids.Contains(a.Id))
            {
                continue;
            }

            if (Describe(a) != Describe(b))
            {
                yield return $"{a.Id} {a.Period}: {Describe(a)} became {Describe(b)}";
            }
        }
    }

    public static string Describe(IndicatorResult r) => r.IsAvailable
        ? string.Create(CultureInfo.InvariantCulture, $"{r.Numerator}/{r.Denominator} = {r.Value?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}") +
          string.Concat(r.Details.Select(d => string.Create(CultureInfo.InvariantCulture, $"; {d.Key} {d.Numerator}/{d.Denominator} = {d.Value}")))
        : "not available";
}
