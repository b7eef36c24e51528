using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

// Simulates one child's whole history, from the first contact to the last care-leaver birthday, into reusable rows.
// One simulator per worker thread; it allocates nothing per child once its row buffers have grown.
internal sealed partial class ChildSimulator
{
    private readonly Model _m;
    private Prng _rng;

    // Birthdays (day numbers) of the current child.
    private int _b1, _b5, _b10, _b12, _b14, _b16, _b17, _b18;
    private int _dobYear, _dobMonth, _dobDay;

    private int _referralNumber;
    private int _assessmentNumber;
    private int _planNumber;
    private bool _history;
    private bool _ended;
    private int _careDaysFrom14;
    private bool _inCareFrom16;
    private bool _careLeaverExcluded;

    public ChildSimulator(Model model) => _m = model;

    public int DateOfBirth { get; private set; }

    public byte Sex { get; private set; }

    public byte Ethnicity { get; private set; }

    public int HomePostcode { get; private set; }

    private int Home => HomePostcode != 0 ? HomePostcode : HomePostcode = Postcodes.Draw(ref _rng);

    public int Upn { get; private set; }

    public bool ShortBreakChild { get; private set; }

    public Rows<ContactRow> Contacts { get; } = new();

    public Rows<ReferralRow> Referrals { get; } = new();

    public Rows<AssessmentRow> Assessments { get; } = new();

    public Rows<LegacyRow> Legacy { get; } = new();

    public Rows<Section47Row> Enquiries { get; } = new();

    public Rows<PlanRow> Plans { get; } = new();

    public Rows<CinPlanRow> CinPlans { get; } = new();

    public Rows<EpisodeRow> Episodes { get; } = new();

    public Rows<CarerRow> Carers { get; } = new();

    public Rows<LeaverRow> Leavers { get; } = new();

    public Rows<AdoptionRow> Adoptions { get; } = new();

    // Simulates child number `index` until one with records in the collection years comes out.
    public void Simulate(int index)
    {
        _rng = Prng.ForStream(_m.Seed, (ulong)index);
        while (!TryOnce())
        {
        }
    }

    private bool TryOnce()
    {
        Reset();
        var firstContact = _rng.Between(_m.FirstContactFrom, _m.WindowEnd);
        DateOfBirth = firstContact - _m.FirstContactAge.Draw(ref _rng);
        // Too old: even a care leaver's last outcome (at 21, at most 366 x 21 days on) falls before the collection years.
        if (DateOfBirth + (366 * 21) < _m.WindowStart)
        {
            return false;
        }

        var dob = DateOnly.FromDayNumber(DateOfBirth);
        _dobYear = dob.Year;
        _dobMonth = dob.Month;
        _dobDay = dob.Day;
        if (Birthday(21) < _m.WindowStart)
        {
            return false;
        }

        _b1 = Birthday(1);
        _b5 = Birthday(5);
        _b10 = Birthday(10);
        _b12 = Birthday(12);
        _b14 = Birthday(14);
        _b16 = Birthday(16);
        _b17 = Birthday(17);
        _b18 = Birthday(18);
        HomePostcode = 0;

        RunJourney(Weekday(firstContact, firstContact, int.MaxValue));
        AddCareLeaverOutcomes();
        if (!HasRecordsInWindow())
        {
            return false;
        }

        // Drawn only for a child that is kept (the home postcode earlier if a placement with parents needed it).
        Sex = _rng.Below(100) < 52 ? Sexes.Male : Sexes.Female;
        Ethnicity = (byte)global::ChildrensSocialCare.Indicators.Synthetic.Ethnicity.Weights.Draw(ref _rng);
        Upn = _rng.Below(10_000_000);
        if (HomePostcode == 0)
        {
            HomePostcode = Postcodes.Draw(ref _rng);
        }

        return true;
    }

    private void Reset()
    {
        Contacts.Clear();
        Referrals.Clear();
        Assessments.Clear();
        Legacy.Clear();
        Enquiries.Clear();
        Plans.Clear();
        CinPlans.Clear();
        Episodes.Clear();
        Carers.Clear();
        Leavers.Clear();
        Adoptions.Clear();
        _referralNumber = 0;
        _assessmentNumber = 0;
        _planNumber = 0;
        _history = false;
        _ended = false;
        _careDaysFrom14 = 0;
        _inCareFrom16 = false;
        _careLeaverExcluded = false;
        ShortBreakChild = false;
    }

    private bool HasRecordsInWindow()
    {
        var a = _m.WindowStart;
        var b = _m.WindowEnd;
        for (var i = 0; i < Contacts.Count; i++)
        {
            if (Contacts[i].Date >= a && Contacts[i].Date <= b)
            {
                return true;
            }
        }

        // Assessments, enquiries, plans and episodes of care all lie within their referral's span.
        for (var i = 0; i < Referrals.Count; i++)
        {
            if (Referrals[i].Date <= b && Referrals[i].Closure >= a)
            {
                return true;
            }
        }

        return Leavers.Count > 0;
    }

    public int Birthday(int age) => Days.Birthday(_dobYear, _dobMonth, _dobDay, age);

    private int AgeGroup(int day) => day < _b1 ? 0 : day < _b5 ? 1 : day < _b10 ? 2 : day < _b16 ? 3 : 4;

    // Most contacts and referrals happen on working days; a day at a weekend moves to the Monday after (or the Friday
    // before when Monday is past `latest`) four times in five.
    private int Weekday(int day, int earliest, int latest)
    {
        if (!Days.IsWeekend(day) || _rng.Below(5) == 0)
        {
            return day;
        }

        var monday = day + (7 - (day % 7));
        if (monday <= latest)
        {
            return monday;
        }

        var friday = day - ((day % 7) - 4);
        return friday >= earliest ? friday : day;
    }

    private int Wd(int day, int workingDays) => _m.WorkingDays.Add(day, workingDays);

    // Contacts and referrals in date order until the child turns 18, the history stops, or the window has passed.
    private void RunJourney(int first)
    {
        var t = first;
        var quick = false;
        while (t <= _m.WindowEnd && t < _b18 && !_ended)
        {
            var outcome = quick ? ContactOutcome.Referral : (ContactOutcome)_m.ContactOutcome.Draw(ref _rng);
            ref var contact = ref Contacts.Add();
            contact.Date = t;
            contact.Outcome = outcome;
            if (outcome != ContactOutcome.Referral)
            {
                if (!_rng.Chance(_m.ContactAgain))
                {
                    return;
                }

                t = Weekday(t + _m.ContactGap.Draw(ref _rng), t + 1, int.MaxValue);
                quick = false;
                continue;
            }

            var closure = RunReferral(t, out var quickNext);
            if (_ended || closure > _m.WindowEnd)
            {
                return;
            }

            // DfE C1: a re-referral is a referral within 12 months of the previous one (P < R <= P + 12 months).
            var latest = Math.Min(Days.AddMonths(t, 12), _b18 - 1);
            if (quickNext && closure < latest)
            {
                var next = _rng.Between(closure + 1, latest);
                t = Weekday(next, closure + 1, latest);
                quick = true;
                continue;
            }

            if (!_rng.Chance(_history ? _m.LaterReturnWithHistory : _m.LaterReturn))
            {
                return;
            }

            var from = Math.Max(Days.AddMonths(t, 12) + 1, closure + 1);
            var later = from + _m.LaterGap.Draw(ref _rng);
            t = Weekday(later, from, int.MaxValue);
            quick = false;
        }
    }

    // One referral and everything that follows from it; returns the closure date of the episode of need.
    private int RunReferral(int r, out bool quickNext)
    {
        var index = Referrals.Count;
        ref var row = ref Referrals.Add();
        row.Date = r;
        row.Number = ++_referralNumber;
        row.Conference = Days.None;
        row.Source = (byte)ReferralSources.Weights.Draw(ref _rng);

        var group = AgeGroup(r);
        var table = _m.Pathways[group, _history ? 1 : 0];
        quickNext = _rng.Chance(table.Quick);
        var pathway = (Pathway)(quickNext ? table.Short : table.Rest).Draw(ref _rng);

        if (pathway == Pathway.NoFurtherAction)
        {
            row.Nfa = true;
            row.Need = 9;
            row.Reason = Closure.RC8;
            row.Closure = r + (_rng.Below(10) < 7 ? 0 : _rng.Between(1, 5));
            return row.Closure;
        }

        row.Need = pathway == Pathway.AssessedNoFurtherAction && _rng.Below(2) == 0
            ? (byte)9
            : pathway == Pathway.ShortBreaks ? (byte)2 : (byte)Need.InNeed.Draw(ref _rng);

        var (assessmentStart, assessmentEnd) = Assess(index, r, pathway);

        int closure;
        byte reason;
        switch (pathway)
        {
            case Pathway.AssessedNoFurtherAction:
                closure = assessmentEnd + _rng.Between(0, 14);
                reason = _rng.Below(10) < 7 ? Closure.RC8 : Closure.RC9;
                break;
            case Pathway.ShortSupport:
                closure = assessmentEnd + _rng.Between(30, 180);
                reason = _rng.Below(10) < 8 ? Closure.RC7 : Closure.RC9;
                AddCinPlan(index, assessmentEnd, closure);
                break;
            case Pathway.LongSupport:
                closure = assessmentEnd + _rng.Between(181, 730);
                reason = Closure.RC7;
                AddCinPlan(index, assessmentEnd, closure);
                break;
            case Pathway.Section47Only:
            {
                var s47 = Enquire(index, r, assessmentStart, conference: false, out _);
                closure = Math.Max(assessmentEnd, s47) + _rng.Between(0, 21);
                reason = Closure.RC8;
                break;
            }

            case Pathway.ConferenceNoPlan:
            {
                Enquire(index, r, assessmentStart, conference: true, out var icpc);
                closure = Math.Max(assessmentEnd, icpc) + _rng.Between(60, 270);
                reason = Closure.RC7;
                AddCinPlan(index, icpc, closure);
                break;
            }

            case Pathway.ProtectionPlan:
                closure = Protect(index, r, assessmentStart, assessmentEnd, group, out reason);
                break;
            case Pathway.Care:
            {
                var entry = r + _rng.Between(0, 10);
                closure = entry < _b18 - 7
                    ? CloseAfterCare(entry, out reason)
                    : CloseAt18(assessmentEnd, out reason);
                break;
            }

            default:
                closure = assessmentEnd + _rng.Between(365, 1825);
                reason = Closure.RC7;
                closure = Math.Min(closure, _b18);
                AddCinPlan(index, assessmentEnd, closure);
                ShortBreaks(assessmentEnd + _rng.Between(7, 60), closure);
                break;
        }

        // Services for children end at 18.
        if (closure > _b18)
        {
            closure = Math.Max(_b18, assessmentEnd);
        }

        // The next referral comes within 12 months, so this episode closes well before (the short pathways almost
        // always do).
        if (quickNext && closure > r + 335)
        {
            closure = Math.Max(assessmentEnd, r) + _rng.Between(0, 7);
        }

        // The episode closes once its assessments are done.
        ref var done = ref Referrals[index];
        done.Closure = Math.Max(closure, Math.Max(r, assessmentEnd));
        done.Reason = reason;
        return done.Closure;
    }

    // The assessments of a referral: legacy initial (and core) assessments up to their last year, single assessments
    // from their first; in the transition year both. Returns the single assessment's start (or the referral date) and
    // the date the last assessment was completed.
    private (int Start, int End) Assess(int referral, int r, Pathway pathway)
    {
        var start = r;
        var end = r;
        if (r <= _m.LegacyUntil)
        {
            ref var ia = ref Legacy.Add();
            ia.Referral = referral;
            ia.Kind = AssessmentKind.Initial;
            ia.Start = r;
            ia.Completed = Wd(r, _m.InitialDuration.Draw(ref _rng));
            if (_rng.Chance(_m.ChildSeenRecorded))
            {
                var seen = _rng.Chance(_m.ChildSeen);
                ia.Seen = seen ? (sbyte)1 : (sbyte)0;
                ia.SeenAlone = seen && _rng.Chance(_m.ChildSeenAlone) ? (sbyte)1 : (sbyte)0;
            }
            else
            {
                ia.Seen = -1;
                ia.SeenAlone = -1;
            }

            end = ia.Completed;
            if (pathway is not Pathway.AssessedNoFurtherAction and not Pathway.Section47Only && _rng.Chance(_m.CoreAfterInitial))
            {
                ref var core = ref Legacy.Add();
                core.Referral = referral;
                core.Kind = AssessmentKind.Core;
                core.Start = end;
                core.Completed = Wd(end, _m.CoreDuration.Draw(ref _rng));
                core.Seen = -1;
                core.SeenAlone = -1;
                end = core.Completed;
            }
        }

        if (r >= _m.SingleFrom)
        {
            ref var a = ref Assessments.Add();
            a.Referral = referral;
            a.Number = ++_assessmentNumber;
            a.Start = Wd(r, _m.AssessmentDelay.Draw(ref _rng));
            a.Authorised = Wd(a.Start, _m.AssessmentDuration.Draw(ref _rng));
            start = a.Start;
            end = Math.Max(end, a.Authorised);
        }

        return (start, end);
    }

    // A section 47 enquiry started during the assessment; returns the day it concluded (the conference, when there is
    // one).
    private int Enquire(int referral, int r, int assessmentStart, bool conference, out int icpc)
    {
        ref var s = ref Enquiries.Add();
        s.Referral = referral;
        s.Start = Wd(Math.Max(r, assessmentStart), _rng.Between(0, 3));
        s.Target = Wd(s.Start, 15);
        if (conference)
        {
            s.Conference = Wd(s.Start, _m.ConferenceDuration.Draw(ref _rng));
            s.Concluded = s.Conference;
            Referrals[referral].Conference = s.Conference;
        }
        else
        {
            s.Conference = Days.None;
            s.Concluded = Wd(s.Start, _rng.Between(5, 15));
            s.NotRequired = true;
        }

        icpc = s.Conference;
        return s.Concluded;
    }

    // Section 47, conference and a child protection plan; the plan ends, or the child becomes looked after when it
    // ends. Returns the closure of the episode of need.
    private int Protect(int referral, int r, int assessmentStart, int assessmentEnd, int group, out byte reason)
    {
        Enquire(referral, r, assessmentStart, conference: true, out var icpc);
        if (icpc >= _b18 - 30)
        {
            reason = Closure.RC7;
            return Math.Max(assessmentEnd, icpc) + _rng.Between(0, 30);
        }

        ref var plan = ref Plans.Add();
        plan.Referral = referral;
        plan.Number = ++_planNumber;
        plan.Previous = _planNumber - 1;
        plan.Start = icpc;
        plan.End = Math.Min(icpc + _m.PlanDuration.Draw(ref _rng), _b18);
        plan.Initial = (byte)Abuse.Weights.Draw(ref _rng);
        plan.Latest = _rng.Below(10) < 8 ? plan.Initial : (byte)Abuse.Weights.Draw(ref _rng);
        var end = plan.End;
        _history = true;

        if (end < _b18 - 30 && _rng.Chance(_m.CareFromPlan[group]))
        {
            // DfE: a plan ceases when the child becomes looked after; care starts the day the plan ends.
            return CloseAfterCare(end, out reason);
        }

        reason = Closure.RC7;
        var closure = Math.Max(end, assessmentEnd) + _m.StepDown.Draw(ref _rng);
        if (closure - end >= 14)
        {
            AddCinPlan(referral, end, closure);
        }

        return closure;
    }

    private int CloseAfterCare(int entry, out byte reason)
    {
        var exit = RunCare(entry, out var route, out var rec);
        switch (route)
        {
            case CareRoute.Adoption:
                reason = Closure.RC1;
                return exit;
            case CareRoute.SpecialGuardianship:
                reason = Closure.RC4;
                return exit;
            case CareRoute.ChildArrangements:
                reason = Closure.RC3;
                return exit;
            default:
                break;
        }

        if (rec == Rec.E2)
        {
            reason = Closure.RC2;
            _ended = true;
            return exit;
        }

        if (rec == Rec.E3)
        {
            reason = Closure.RC5;
            _ended = true;
            return exit;
        }

        if (exit >= _b18)
        {
            reason = _rng.Below(10) < 3 ? Closure.RC6 : Closure.RC7;
            return _b18;
        }

        reason = Closure.RC7;
        return Math.Min(exit + _rng.Between(14, 180), _b18);
    }

    private int CloseAt18(int assessmentEnd, out byte reason)
    {
        reason = Closure.RC7;
        return Math.Max(assessmentEnd, _b18);
    }

    // Child in need plans are recorded from the 2021-22 census.
    private void AddCinPlan(int referral, int start, int end)
    {
        if (_m.LastYear < Codes.CinPlansFrom || end < start)
        {
            return;
        }

        ref var p = ref CinPlans.Add();
        p.Referral = referral;
        p.Start = start;
        p.End = end;
    }
}
