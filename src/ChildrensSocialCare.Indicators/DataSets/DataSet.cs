using System.Collections.ObjectModel;
using System.Runtime.InteropServices;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// One authority's records, possibly from several years' returns, combined and laid out for evaluation: every
/// indicator is computed from a data set. Build one with <see cref="Create(RecordSet[])"/>.
/// </summary>
/// <remarks>
/// <para>Combining returns follows the specification (1.5): a record repeated in a later return (an SSDA903 episode
/// by child and DECOM, a CIN episode by child and referral date, an assessment by child and start date or
/// <c>AssessmentID</c>, a section 47 enquiry by child and start date, a plan by child and start date or <c>CPPID</c>,
/// an OC3 row by child and collection year) appears once, with the later return's values. Records within one return
/// are never merged.</para>
/// <para>Derived structures (periods of care, placements, each child's plan and referral history) are computed once
/// and shared by all indicators. Internally the data is held as sorted, contiguous arrays keyed by an interned child
/// index, so a full scorecard is a handful of linear scans.</para>
/// <para>A data set is immutable and safe to evaluate from several threads.</para>
/// </remarks>
public sealed partial class DataSet
{
    private readonly List<Diagnostic> _diagnostics;

    private DataSet(IReadOnlyList<RecordSet> returns)
    {
        _diagnostics = [];
        var ordered = ReturnMerger.Order(returns);

        var children = MergeChildren(ordered);
        var referrals = ReturnMerger.Merge(ordered, r => r.CinEpisodes, e => (e.ChildId.Trim(), e.ReferralDate));
        var assessments = ReturnMerger.MergeByIdOrDate(ordered, r => r.Assessments, a => a.ChildId, a => a.Id, a => a.StartDate);
        var legacy = ReturnMerger.Merge(ordered, r => r.LegacyAssessments, a => (a.ChildId.Trim(), a.Kind, a.StartDate));
        var s47 = ReturnMerger.Merge(ordered, r => r.Section47Enquiries, s => (s.ChildId.Trim(), s.StartDate));
        var plans = ReturnMerger.MergeByIdOrDate(ordered, r => r.ChildProtectionPlans, p => p.ChildId, p => p.Id, p => p.StartDate);
        var cinPlans = ReturnMerger.Merge(ordered, r => r.CinPlans, p => (p.ChildId.Trim(), p.StartDate));
        var contacts = ReturnMerger.Concat(ordered, r => r.Contacts);
        var episodes = ReturnMerger.Merge(ordered, r => r.Episodes, e => (e.ChildId.Trim(), e.Start));
        var careLeavers = ReturnMerger.Merge(ordered, CareLeaverOutcomesOfReturn, o => (o.ChildId.Trim(), o.CollectionYear));
        Adoptions = ReturnMerger.Merge(ordered, r => r.Adoptions, a => (a.ChildId.Trim(), a.DateShouldBePlaced));
        PlacedForAdoption = ReturnMerger.Merge(ordered, r => r.PlacedForAdoption, a => (a.ChildId.Trim(), a.DatePlaced));
        Reviews = ReturnMerger.Merge(ordered, r => r.Reviews, a => (a.ChildId.Trim(), a.ReviewDate));
        UnaccompaniedAsylumSeekers = ReturnMerger.Merge(ordered, r => r.UnaccompaniedAsylumSeekers, a => a.ChildId.Trim());
        HealthOutcomes = ReturnMerger.Merge(ordered, r => r.HealthOutcomes, a => a.ChildId.Trim());
        PreviousPermanence = ReturnMerger.Merge(ordered, r => r.PreviousPermanence, a => a.ChildId.Trim());
        MissingEpisodes = ReturnMerger.Merge(ordered, r => r.MissingEpisodes, a => (a.ChildId.Trim(), a.Start));
        SocialWorkerEpisodes = ReturnMerger.Merge(ordered, r => r.SocialWorkerEpisodes, a => (a.ChildId.Trim(), a.Start));
        WorkforceSnapshots = [.. ReturnMerger.Merge(ordered, r => r.WorkforceSnapshots, w => w.Date).OrderBy(w => w.Date)];
        SicknessAbsences = [.. ReturnMerger.Merge(ordered, r => r.SicknessAbsences, s => (s.Start, s.End)).OrderBy(s => s.Start)];

        var index = new ChildIndex.Builder();
        index.Add(children, c => c.Id);
        index.Add(referrals, r => r.ChildId);
        index.Add(assessments, r => r.ChildId);
        index.Add(legacy, r => r.ChildId);
        index.Add(s47, r => r.ChildId);
        index.Add(plans, r => r.ChildId);
        index.Add(cinPlans, r => r.ChildId);
        index.Add(contacts, r => r.ChildId);
        index.Add(episodes, r => r.ChildId);
        index.Add(careLeavers, r => r.ChildId);
        Ids = index.Build();

        ChildTable = new ChildTable(children, careLeavers, Ids);
        Referrals = new ReferralTable(referrals, Ids);
        AssessmentTable = new AssessmentTable(assessments, Ids);
        LegacyTable = new LegacyAssessmentTable(legacy, Ids);
        Section47 = new Section47Table(s47, Ids);
        Plans = new PlanTable(plans, Ids);
        CinPlans = Sorting.Apply(cinPlans, Sorting.Permutation(Ids.Map(cinPlans, p => p.ChildId), Array.ConvertAll(cinPlans, p => Day.Of(p.StartDate))));
        ContactTable = new ContactTable(contacts, Ids);
        Care = new CareTable(episodes, Ids, _diagnostics);
        CareLeavers = new CareLeaverTable(careLeavers, Ids, ChildTable.DateOfBirthOf);
        UascUntil = UascUntilOf(UnaccompaniedAsylumSeekers, Ids);
        HealthOutcomeTable = new HealthOutcomeTable(ordered, Ids);
        MissingTable = new MissingTable(MissingEpisodes, Ids);
        ReviewTable = new ReviewTable(Reviews, Ids);
        MatchDate = MatchDateOf(Adoptions, Ids);
        FindPlanOverlaps();
        FindEpisodesMissingFromNextReturn(ordered);
        Diagnostics = new ReadOnlyCollection<Diagnostic>(_diagnostics);
    }

    /// <summary>Builds a data set from one or more record sets (returns). Later collection years win where the same
    /// record appears in several.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="returns"/> is null or contains null.</exception>
    public static DataSet Create(params RecordSet[] returns) => Create((IEnumerable<RecordSet>)returns);

    /// <summary>Builds a data set from one or more record sets (returns). Later collection years win where the same
    /// record appears in several.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="returns"/> is null or contains null.</exception>
    public static DataSet Create(IEnumerable<RecordSet> returns)
    {
        ArgumentNullException.ThrowIfNull(returns);
        var list = returns.ToList();
        if (list.Any(r => r is null))
        {
            throw new ArgumentNullException(nameof(returns), "A record set in the list is null.");
        }

        return new DataSet(list);
    }

    // A data set built from Ofsted Annex A lists (specification 9.2): the lists' records as the returns' (see
    // AnnexARecordSet), and the lists themselves with the reference date for the inspection measures (9.3).
    internal static DataSet FromAnnexA(AnnexALists lists, DateOnly referenceDate)
    {
        var data = new DataSet([AnnexARecordSet.From(lists)]);
        data.AnnexA = new AnnexAData(lists, referenceDate, data.Ids);
        return data;
    }

    // The Annex A lists the data set was built from, or null for one built from returns.
    internal AnnexAData? AnnexA { get; private set; }

    /// <summary>The number of distinct children across all records.</summary>
    public int ChildCount => Ids.Count;

    /// <summary>Every child id, in ordinal order.</summary>
    public IReadOnlyList<string> ChildIds => Ids.Ids;

    /// <summary>Data-quality findings made while building: an X1 episode followed by a gap, overlapping episodes, a
    /// plan still open when the next one starts.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Children (header rows), sorted by id.</summary>
    public IReadOnlyList<Child> Children => ChildTable.Records;

    /// <summary>CIN episodes (referrals), sorted by child and referral date.</summary>
    public IReadOnlyList<CinEpisode> CinEpisodes => Referrals.Records;

    /// <summary>Single assessments, sorted by child and start date.</summary>
    public IReadOnlyList<Assessment> Assessments => AssessmentTable.Records;

    /// <summary>Legacy initial and core assessments, sorted by child and start date.</summary>
    public IReadOnlyList<LegacyAssessment> LegacyAssessments => LegacyTable.Records;

    /// <summary>Section 47 enquiries, sorted by child and start date.</summary>
    public IReadOnlyList<Section47Enquiry> Section47Enquiries => Section47.Records;

    /// <summary>Child protection plans, sorted by child and start date.</summary>
    public IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans => Plans.Records;

    /// <summary>Child in need plans, sorted by child and start date.</summary>
    public IReadOnlyList<CinPlan> CinPlans { get; }

    /// <summary>Contacts, sorted by child and date.</summary>
    public IReadOnlyList<Contact> Contacts => ContactTable.Records;

    /// <summary>SSDA903 episodes (short breaks included), sorted by child, start, and end with open episodes last.</summary>
    public IReadOnlyList<LookedAfterEpisode> Episodes => Care.Records;

    /// <summary>OC3 care-leaver outcomes, sorted by child and collection year.</summary>
    public IReadOnlyList<CareLeaverOutcome> CareLeaverOutcomes => CareLeavers.Records;

    /// <summary>AD1 adoptions.</summary>
    public IReadOnlyList<Adoption> Adoptions { get; }

    /// <summary>Decisions to place for adoption.</summary>
    public IReadOnlyList<PlacedForAdoption> PlacedForAdoption { get; }

    /// <summary>Looked-after reviews.</summary>
    public IReadOnlyList<Review> Reviews { get; }

    /// <summary>Unaccompanied asylum-seeking children.</summary>
    public IReadOnlyList<UnaccompaniedAsylumSeeker> UnaccompaniedAsylumSeekers { get; }

    /// <summary>OC2 health and offending outcomes.</summary>
    public IReadOnlyList<HealthOutcome> HealthOutcomes { get; }

    /// <summary>Previous permanence.</summary>
    public IReadOnlyList<PreviousPermanence> PreviousPermanence { get; }

    /// <summary>Missing and away-from-placement episodes.</summary>
    public IReadOnlyList<MissingEpisode> MissingEpisodes { get; }

    /// <summary>Social worker episodes.</summary>
    public IReadOnlyList<SocialWorkerEpisode> SocialWorkerEpisodes { get; }

    /// <summary>Workforce snapshots, by date.</summary>
    public IReadOnlyList<WorkforceSnapshot> WorkforceSnapshots { get; }

    /// <summary>Sickness absence, by start date.</summary>
    public IReadOnlyList<SicknessAbsence> SicknessAbsences { get; }

    internal ChildIndex Ids { get; }

    internal ChildTable ChildTable { get; }

    internal ReferralTable Referrals { get; }

    internal AssessmentTable AssessmentTable { get; }

    internal LegacyAssessmentTable LegacyTable { get; }

    internal Section47Table Section47 { get; }

    internal PlanTable Plans { get; }

    internal ContactTable ContactTable { get; }

    internal CareTable Care { get; }

    internal CareLeaverTable CareLeavers { get; }

    // By child index: DATE_MATCH of the child's first AD1 row (Day.None without one).
    internal int[] MatchDate { get; }

    // Missing and away rows by child and start.
    internal MissingTable MissingTable { get; }

    internal ReviewTable ReviewTable { get; }

    // OC2 rows by child and collection year.
    internal HealthOutcomeTable HealthOutcomeTable { get; }

    // By child index: the DUC of the child's UASC row (Day.Open when blank, so the child is UASC on any later date;
    // Day.None without a row). Of several rows, the latest DUC: the child is UASC on a date when any row says so.
    internal int[] UascUntil { get; }

    /// <summary>The periods of care of a child (chains of episodes joined by REC X1), in date order; short breaks
    /// (V3, V4) are not part of any.</summary>
    public IReadOnlyList<PeriodOfCare> PeriodsOfCare(string childId)
    {
        ArgumentNullException.ThrowIfNull(childId);
        if (!Ids.TryGet(childId, out var c))
        {
            return [];
        }

        var result = new List<PeriodOfCare>();
        for (var p = Care.PocOffsets[c]; p < Care.PocOffsets[c + 1]; p++)
        {
            result.Add(new PeriodOfCare(
                Ids.Ids[c], Day.ToDate(Care.PocStart[p]), Day.ToNullableDate(Care.PocEnd[p]),
                EpisodesBetween(Care.PocFirst[p], Care.PocLast[p]), Care.PocAdopted[p]));
        }

        return result;
    }

    /// <summary>The placements (spells with one carer) of a child under a counting rule, in date order.</summary>
    public IReadOnlyList<Placement> Placements(string childId, PlacementChange rule = PlacementChange.CarerChange)
    {
        ArgumentNullException.ThrowIfNull(childId);
        if (!Ids.TryGet(childId, out var c))
        {
            return [];
        }

        var table = Care.Placements(rule);
        var result = new List<Placement>();
        for (var p = table.Offsets[c]; p < table.Offsets[c + 1]; p++)
        {
            var last = p + 1 < table.Offsets[c + 1] && table.PeriodOfCare[p + 1] == table.PeriodOfCare[p]
                ? table.FirstEpisode[p + 1] - 1
                : Care.PocLast[table.PeriodOfCare[p]];
            result.Add(new Placement(
                Ids.Ids[c], Day.ToDate(table.Start[p]), Day.ToNullableDate(table.End[p]),
                EpisodesBetween(table.FirstEpisode[p], last)));
        }

        return result;
    }

    // An OC3 row without its own collection year belongs to its return's (specification 1.5 matches OC3 rows by child
    // and collection year), so the same young person's rows from two years' returns stay two rows.
    // A child appears in several returns (an SSDA903 header and a CIN census of the same year, or consecutive years).
    // The latest return's row wins, and what it did not record is taken from earlier rows, latest first: a CIN census
    // child has no MOTHER, an SSDA903 header no disabilities.
    private static Child[] MergeChildren(IReadOnlyList<RecordSet> ordered)
    {
        var latest = ReturnMerger.Merge(ordered, r => r.Children, c => c.Id.Trim());
        if (ordered.Count == 1)
        {
            return latest;
        }

        // Each id's rows, latest return first, as chains through one array (no list per child): first and last row of
        // each id, and the row after each row.
        var rows = new List<Child>();
        var next = new List<int>();
        var chains = new Dictionary<string, (int First, int Last)>(StringComparer.Ordinal);
        for (var r = ordered.Count - 1; r >= 0; r--)
        {
            foreach (var child in ordered[r].Children)
            {
                var row = rows.Count;
                rows.Add(child);
                next.Add(-1);
                ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(chains, child.Id.Trim(), out var exists);
                if (exists)
                {
                    next[chain.Last] = row;
                    chain.Last = row;
                }
                else
                {
                    chain = (row, row);
                }
            }
        }

        for (var i = 0; i < latest.Length; i++)
        {
            for (var row = chains[latest[i].Id.Trim()].First; row >= 0; row = next[row])
            {
                latest[i] = Fill(latest[i], rows[row]);
            }
        }

        return latest;
    }

    private static Child Fill(Child c, Child other) => ReferenceEquals(c, other) ? c : c with
    {
        DateOfBirth = c.DateOfBirth ?? other.DateOfBirth,
        Sex = c.Sex.IsEmpty ? other.Sex : c.Sex,
        Ethnicity = c.Ethnicity ?? other.Ethnicity,
        Upn = c.Upn ?? other.Upn,
        FormerUpn = c.FormerUpn ?? other.FormerUpn,
        UpnUnknown = c.UpnUnknown ?? other.UpnUnknown,
        ExpectedDateOfBirth = c.ExpectedDateOfBirth ?? other.ExpectedDateOfBirth,
        DateOfDeath = c.DateOfDeath ?? other.DateOfDeath,
        Disabilities = c.Disabilities.Count == 0 ? other.Disabilities : c.Disabilities,
        IsMother = c.IsMother ?? other.IsMother,
        MotherChildDateOfBirth = c.MotherChildDateOfBirth ?? other.MotherChildDateOfBirth,
    };

    // An episode open at the end of one year's SSDA903 return should be in the next year's return (closed or still
    // open). When it is missing there it stays open in the data set, which inflates snapshots such as cla-rate: say so.
    private void FindEpisodesMissingFromNextReturn(IReadOnlyList<RecordSet> ordered)
    {
        for (var r = 0; r < ordered.Count; r++)
        {
            var year = ordered[r].CollectionYear;
            var next = year is null ? null : ordered.Skip(r + 1).FirstOrDefault(n => n.CollectionYear == year + 1 && n.Episodes.Count > 0);
            if (next is null || !ordered[r].Episodes.Any(e => e.End is null))
            {
                continue;
            }

            var inNext = new HashSet<(string, DateOnly)>(next.Episodes.Select(e => (e.ChildId.Trim(), e.Start)));
            foreach (var e in ordered[r].Episodes.Where(e => e.End is null && !inNext.Contains((e.ChildId.Trim(), e.Start))))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IndicatorDiagnosticCodes.EpisodesMissingFromNextReturn,
                    $"An episode open at the end of the {year} return is not in the {year + 1} return; it is treated as still open.")
                {
                    ChildId = e.ChildId,
                    Column = "DECOM",
                    Value = e.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    Source = ordered[r].Source,
                });
            }
        }
    }

    private static List<CareLeaverOutcome> CareLeaverOutcomesOfReturn(RecordSet r) => r.CollectionYear is not { } year
        ? r.CareLeaverOutcomes
        : r.CareLeaverOutcomes.ConvertAll(o => o.CollectionYear is null ? o with { CollectionYear = year } : o);

    private static int[] MatchDateOf(IReadOnlyList<Adoption> rows, ChildIndex ids)
    {
        var match = new int[ids.Count];
        var seen = new bool[ids.Count];
        Array.Fill(match, Day.None);
        foreach (var row in rows)
        {
            if (ids.TryGet(row.ChildId, out var c) && !seen[c])
            {
                seen[c] = true;
                match[c] = Day.OrNone(row.DateMatched);
            }
        }

        return match;
    }

    private static int[] UascUntilOf(IReadOnlyList<UnaccompaniedAsylumSeeker> rows, ChildIndex ids)
    {
        var until = new int[ids.Count];
        Array.Fill(until, Day.None);
        foreach (var row in rows)
        {
            if (ids.TryGet(row.ChildId, out var c))
            {
                until[c] = Math.Max(until[c], Day.OrOpen(row.DateCeasedUasc));
            }
        }

        return until;
    }

    private List<LookedAfterEpisode> EpisodesBetween(int first, int last)
    {
        var episodes = new List<LookedAfterEpisode>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            if (!Care.ShortBreak[i])
            {
                episodes.Add(Care.Records[i]);
            }
        }

        return episodes;
    }

    // Overlapping plans are a data-quality finding (specification, cpp-repeat-within-2y).
    private void FindPlanOverlaps()
    {
        for (var i = 1; i < Plans.Count; i++)
        {
            if (Plans.Child[i] == Plans.Child[i - 1] && Plans.End[i - 1] > Plans.Start[i] && Plans.Start[i - 1] < Plans.Start[i])
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IndicatorDiagnosticCodes.PlansOverlap,
                    Plans.End[i - 1] == Day.Open
                        ? "A child protection plan starts while an earlier plan of the same child has no end date."
                        : "A child protection plan starts before the earlier plan of the same child ended.")
                {
                    ChildId = Plans.Records[i].ChildId,
                    Column = "CPPstartDate",
                    Value = Plans.Records[i].StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                });
            }
        }
    }
}
