using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// Struct-of-arrays tables, one per kind of record, each sorted by (child index, key date). Row i of every column
// describes Records[i]. Indicators scan these columns; the record objects are kept for drill-down.
internal abstract class Table<T>
{
    protected Table(T[] records, ChildIndex ids, Func<T, string> childId, Func<T, int> keyDate, Func<T, int>? secondary = null, Comparison<T>? tieBreak = null)
    {
        var child = ids.Map(records, childId);
        var key = Array.ConvertAll(records, r => keyDate(r));
        var perm = Sorting.Permutation(child, key, secondary is null ? null : Array.ConvertAll(records, r => secondary(r)),
            tieBreak is null ? null : (a, b) => tieBreak(records[a], records[b]));
        Records = Sorting.Apply(records, perm);
        Child = Sorting.Apply(child, perm);
        Offsets = Sorting.Offsets(Child, ids.Count);
    }

    public T[] Records { get; }

    public int[] Child { get; }

    // Rows of child c are Offsets[c] .. Offsets[c + 1] - 1.
    public int[] Offsets { get; }

    public int Count => Records.Length;

    protected int[] Column(Func<T, int> select) => Array.ConvertAll(Records, r => select(r));

    protected bool[] Flags(Func<T, bool> select) => Array.ConvertAll(Records, r => select(r));
}

internal sealed class ReferralTable : Table<CinEpisode>
{
    public ReferralTable(CinEpisode[] records, ChildIndex ids)
        : base(records, ids, r => r.ChildId, r => Day.Of(r.ReferralDate))
    {
        Date = Column(r => Day.Of(r.ReferralDate));
        Closure = Column(r => Day.OrOpen(r.ClosureDate));
        Nfa = Flags(r => r.ReferralNfa == true);
        Conference = Column(r => Day.OrNone(r.DateOfInitialCpc));
        ByDate = new DateIndex(Date);

        // The latest referral of the same child on an earlier day (a same-day referral is not "earlier").
        PreviousDate = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            var j = i - 1;
            while (j >= 0 && Child[j] == Child[i] && Date[j] == Date[i])
            {
                j--;
            }

            PreviousDate[i] = j >= 0 && Child[j] == Child[i] ? Date[j] : Day.None;
        }

        // re-referrals-12m compares each referral with its previous one plus 12 calendar months, whatever the period.
        PreviousPlusTwelveMonths = Array.ConvertAll(PreviousDate, d => d == Day.None ? Day.None : Day.AddMonthsOrOpen(d, 12));
    }

    public int[] Date { get; }

    public int[] Closure { get; }

    public bool[] Nfa { get; }

    // The DateOfInitialCPC recorded on the CINdetails element (Day.None when blank).
    public int[] Conference { get; }

    public DateIndex ByDate { get; }

    public int[] PreviousDate { get; }

    // PreviousDate + 12 calendar months (Day.None without a previous referral).
    public int[] PreviousPlusTwelveMonths { get; }
}

internal sealed class AssessmentTable : Table<Assessment>
{
    public AssessmentTable(Assessment[] records, ChildIndex ids)
        : base(records, ids, r => r.ChildId, r => Day.Of(r.StartDate))
    {
        Start = Column(r => Day.Of(r.StartDate));
        Authorised = Column(r => Day.OrNone(r.AuthorisationDate));
        Referral = Column(r => Day.OrNone(r.ReferralDate));
        ByAuthorised = new DateIndex(Authorised);

        // AssessmentFactors as interned codes (trimmed, upper case, ordinal order), each once per assessment: a code
        // written twice in one assessment counts once (specification 8.1). Row i's are
        // FactorIds[FactorOffsets[i] .. FactorOffsets[i + 1] - 1].
        var provisional = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        var rowFactors = new List<int>();
        FactorOffsets = new int[Count + 1];
        for (var i = 0; i < Count; i++)
        {
            FactorOffsets[i] = rowFactors.Count;
            foreach (var written in Records[i].Factors)
            {
                var code = Factor(written);
                if (code.Length == 0)
                {
                    continue;
                }

                if (!provisional.TryGetValue(code, out var k))
                {
                    provisional.Add(code, k = codes.Count);
                    codes.Add(code);
                }

                if (rowFactors.IndexOf(k, FactorOffsets[i]) < 0)
                {
                    rowFactors.Add(k);
                }
            }
        }

        FactorCodes = [.. codes.Order(StringComparer.Ordinal)];
        var rank = new int[codes.Count];
        for (var k = 0; k < FactorCodes.Length; k++)
        {
            rank[provisional[FactorCodes[k]]] = k;
        }

        var factorIds = rowFactors.ConvertAll(k => rank[k]);
        FactorOffsets[Count] = factorIds.Count;
        FactorIds = [.. factorIds];
    }

    public int[] Start { get; }

    public int[] Authorised { get; }

    public int[] Referral { get; }

    public DateIndex ByAuthorised { get; }

    public string[] FactorCodes { get; }

    public int[] FactorOffsets { get; }

    public int[] FactorIds { get; }

    private static string Factor(string code) => code.Trim().ToUpperInvariant();
}

internal sealed class LegacyAssessmentTable : Table<LegacyAssessment>
{
    public LegacyAssessmentTable(LegacyAssessment[] records, ChildIndex ids)
        : base(records, ids, r => r.ChildId, r => Day.Of(r.StartDate))
    {
        Kind = Array.ConvertAll(Records, r => r.Kind);
        Start = Column(r => Day.Of(r.StartDate));
        Completed = Column(r => Day.OrNone(r.CompletionDate));
        Seen = Array.ConvertAll(Records, r => ToFlag(r.ChildSeen));
        SeenAlone = Array.ConvertAll(Records, r => ToFlag(r.ChildSeenAlone));
        ByCompleted = new DateIndex(Completed);
    }

    public AssessmentKind[] Kind { get; }

    public int[] Start { get; }

    public int[] Completed { get; }

    // -1 not recorded, 0 no, 1 yes.
    public sbyte[] Seen { get; }

    public sbyte[] SeenAlone { get; }

    public DateIndex ByCompleted { get; }

    private static sbyte ToFlag(bool? value) => value switch { true => 1, false => 0, null => -1 };
}

internal sealed class Section47Table : Table<Section47Enquiry>
{
    public Section47Table(Section47Enquiry[] records, ChildIndex ids)
        : base(records, ids, r => r.ChildId, r => Day.Of(r.StartDate))
    {
        Start = Column(r => Day.Of(r.StartDate));
        Conference = Column(r => Day.OrNone(r.InitialConferenceDate));
        NotRequired = Flags(r => r.ConferenceNotRequired);
        ByStart = new DateIndex(Start);
    }

    public int[] Start { get; }

    public int[] Conference { get; }

    // ICPCnotRequired true.
    public bool[] NotRequired { get; }

    public DateIndex ByStart { get; }
}

internal sealed class PlanTable : Table<ChildProtectionPlan>
{
    public PlanTable(ChildProtectionPlan[] records, ChildIndex ids)
        : base(records, ids, r => r.ChildId, r => Day.Of(r.StartDate), r => Day.OrOpen(r.EndDate))
    {
        Start = Column(r => Day.Of(r.StartDate));
        End = Column(r => Day.OrOpen(r.EndDate));
        PreviousPlans = Column(r => r.NumberOfPreviousPlans ?? -1);
        StartPlusTwoYears = Array.ConvertAll(Start, d => Day.AddMonthsOrOpen(d, 24));

        // CPPreviewDate values of each plan in date order: row i's are ReviewDays[ReviewOffsets[i] .. ReviewOffsets[i + 1] - 1].
        ReviewOffsets = new int[Count + 1];
        var reviews = new List<int>();
        for (var i = 0; i < Count; i++)
        {
            ReviewOffsets[i] = reviews.Count;
            reviews.AddRange(Records[i].ReviewDates.Select(Day.Of).Order());
        }

        ReviewOffsets[Count] = reviews.Count;
        ReviewDays = [.. reviews];

        // For each plan: whether the child has a plan that started on an earlier day, and the latest end among the
        // plans that started on the latest earlier day (None when none of those has ended).
        HasEarlierPlan = new bool[Count];
        PreviousPlanStart = new int[Count];
        PreviousPlanLatestEnd = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            var j = i - 1;
            while (j >= 0 && Child[j] == Child[i] && Start[j] == Start[i])
            {
                j--;
            }

            if (j < 0 || Child[j] != Child[i])
            {
                PreviousPlanStart[i] = Day.None;
                PreviousPlanLatestEnd[i] = Day.None;
                continue;
            }

            HasEarlierPlan[i] = true;
            PreviousPlanStart[i] = Start[j];
            var latestEnd = Day.None;
            for (var k = j; k >= 0 && Child[k] == Child[i] && Start[k] == Start[j]; k--)
            {
                if (End[k] != Day.Open && End[k] > latestEnd)
                {
                    latestEnd = End[k];
                }
            }

            PreviousPlanLatestEnd[i] = latestEnd;
        }
    }

    public int[] Start { get; }

    public int[] End { get; }

    public int[] PreviousPlans { get; }

    // Start + 2 calendar years: the boundary of the plan-duration indicators (D7 and the seed's open plans).
    public int[] StartPlusTwoYears { get; }

    public int[] ReviewOffsets { get; }

    public int[] ReviewDays { get; }

    public bool[] HasEarlierPlan { get; }

    public int[] PreviousPlanStart { get; }

    public int[] PreviousPlanLatestEnd { get; }
}

internal sealed class ContactTable : Table<Contact>
{
    public ContactTable(Contact[] records, ChildIndex ids)
        : base(records, ids, r => r.ChildId, r => Day.Of(r.Date))
    {
        Date = Column(r => Day.Of(r.Date));
        Outcome = Array.ConvertAll(Records, r => r.Outcome);
        ByDate = new DateIndex(Date);
    }

    public int[] Date { get; }

    public ContactOutcome[] Outcome { get; }

    public DateIndex ByDate { get; }
}

internal sealed class CareLeaverTable : Table<CareLeaverOutcome>
{
    public CareLeaverTable(CareLeaverOutcome[] records, ChildIndex ids, Func<int, int> headerDateOfBirth)
        : base(records, ids, r => r.ChildId, r => r.CollectionYear ?? 0)
    {
        // Specification 1.2: care leavers use the OC3 DOB, falling back to the header's.
        DateOfBirth = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            DateOfBirth[i] = Records[i].DateOfBirth is { } dob ? Day.Of(dob) : headerDateOfBirth(Child[i]);
        }

        CollectionYear = Column(r => r.CollectionYear ?? 0);

        OutsideCohort = Flags(r => r.InTouch.ExcludesFromCohort);
        InTouch = Flags(r => r.InTouch.IsInTouch);
        SuitableAccommodation = Flags(r => r.Accommodation.IsSuitable);
        EducationEmploymentTraining = Flags(r => r.Activity.IsEducationEmploymentOrTraining);
    }

    public int[] DateOfBirth { get; }

    // 0 when unknown.
    public int[] CollectionYear { get; }

    // IN_TOUCH DIED or RHOM.
    public bool[] OutsideCohort { get; }

    public bool[] InTouch { get; }

    public bool[] SuitableAccommodation { get; }

    public bool[] EducationEmploymentTraining { get; }
}
