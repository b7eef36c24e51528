namespace ChildrensSocialCare.Indicators.Synthetic;

// What happens after a referral. The short pathways close within months, so a re-referral within 12 months can follow.
internal enum Pathway : byte
{
    NoFurtherAction,
    AssessedNoFurtherAction,
    ShortSupport,
    LongSupport,
    Section47Only,
    ConferenceNoPlan,
    ProtectionPlan,
    Care,
    ShortBreaks,
}

internal enum CareRoute : byte
{
    Adoption,
    SpecialGuardianship,
    ChildArrangements,
    ReturnHome,
    UntilEighteen,
    Other,
}

// Pathway probabilities for one age group and history, split so that re-referrals hit their target exactly while the
// overall mix of pathways stays as specified: with probability Quick the next referral comes within 12 months, and then
// this referral takes a short pathway (drawn from Short); otherwise it is drawn from Rest. Short and Rest are chosen so
// that Quick x Short + (1 - Quick) x Rest equals the specified mix.
internal sealed class PathwayTable
{
    public PathwayTable(double[] mix, double reReferralShare)
    {
        double shortTotal = 0;
        for (var k = 0; k < mix.Length; k++)
        {
            if (IsShort((Pathway)k))
            {
                shortTotal += mix[k];
            }
        }

        // A target above the share of short pathways cannot be met by this table; take as much as it allows.
        var quick = Math.Min(reReferralShare, shortTotal * 0.999);
        var shortMix = new double[mix.Length];
        var restMix = new double[mix.Length];
        for (var k = 0; k < mix.Length; k++)
        {
            var share = IsShort((Pathway)k) ? mix[k] / shortTotal : 0;
            shortMix[k] = share;
            restMix[k] = Math.Max(0, mix[k] - (quick * share)) / (1 - quick);
        }

        Quick = Odds.Of(quick);
        Short = new Choice(shortMix);
        Rest = new Choice(restMix);
    }

    public Odds Quick { get; }

    public Choice Short { get; }

    public Choice Rest { get; }

    public static bool IsShort(Pathway p) =>
        p is Pathway.NoFurtherAction or Pathway.AssessedNoFurtherAction or Pathway.ShortSupport or Pathway.Section47Only;
}

// The options turned into integer-threshold distributions, built once per generation and shared by every worker.
internal sealed class Model
{
    // Age groups: under 1, 1-4, 5-9, 10-15, 16-17.
    public const int AgeGroups = 5;

    public Model(SyntheticOptions o)
    {
        Options = o;
        FirstYear = o.FirstCollectionYear;
        LastYear = o.LastCollectionYear;
        WindowStart = new DateOnly(FirstYear - 1, 4, 1).DayNumber;
        WindowEnd = new DateOnly(LastYear, 3, 31).DayNumber;

        // Every child with a record in the window was born at most 21 years before it starts (the last care-leaver
        // outcome is at 21) and first came to notice after birth, so first contacts are drawn from 22 years before the
        // window to its end. Children whose records all fall outside the window are discarded: what remains is a
        // stationary process seen through the window.
        FirstContactFrom = new DateOnly(FirstYear - 23, 4, 1).DayNumber;
        LegacyUntil = new DateOnly(o.LegacyAssessmentsLastYear, 3, 31).DayNumber;
        SingleFrom = new DateOnly(o.SingleAssessmentsFirstYear - 1, 4, 1).DayNumber;
        WorkingDays = new WorkingDayMath(o.Calendar, FirstContactFrom - 400, WindowEnd + 1200);
        Seed = unchecked((ulong)(long)o.Seed);

        Pathways = new PathwayTable[AgeGroups, 2];
        for (var g = 0; g < AgeGroups; g++)
        {
            Pathways[g, 0] = new PathwayTable(PathwayMix(g, history: false, o), o.ReReferralShare);
            Pathways[g, 1] = new PathwayTable(PathwayMix(g, history: true, o), o.ReReferralShare);
        }

        AssessmentDuration = Timeliness(o.AssessmentsWithin45WorkingDaysShare,
            // DfE C2 2024-25 bands within 45 working days: same day 11,680; 1-10 75,590; 11-20 112,180; 21-30 102,260;
            // 31-40 131,380; 41-45 122,730; and beyond: 46-50 37,640; 51-60 27,860; 61+ 27,500.
            [(11_680, 0, 0), (75_590, 1, 10), (112_180, 11, 20), (102_260, 21, 30), (131_380, 31, 40), (122_730, 41, 45)],
            [(37_640, 46, 50), (27_860, 51, 60), (27_500, 61, 120)]);
        ConferenceDuration = Timeliness(o.ConferencesWithin15WorkingDaysShare,
            // DfE C4 2022-23: 0-10 working days 6,850; 11-15 51,480; 16 and over 16,020.
            [(6_850, 3, 10), (51_480, 11, 15)],
            [(9_600, 16, 20), (6_420, 21, 40)]);
        InitialDuration = Timeliness(o.InitialAssessmentsWithin10WorkingDaysShare,
            [(35, 0, 5), (65, 6, 10)], [(50, 11, 15), (35, 16, 25), (15, 26, 45)]);
        CoreDuration = Timeliness(o.CoreAssessmentsWithin35WorkingDaysShare,
            [(40, 10, 25), (60, 26, 35)], [(50, 36, 45), (35, 46, 70), (15, 71, 100)]);

        // DfE D7 2024-25 bands of plans ended: up to 3 months 15.9%, 3-6 months 11%, 6-12 months 43.5%, 1-2 years
        // 25.2%, 2 years or more 4.4%; the last is the option, the others keep their proportions. Day 729 is before
        // the second anniversary and day 731 on or after it, whatever the leap years.
        var rest = (1 - o.PlansLastingTwoYearsOrMoreShare) / (1 - 0.044);
        PlanDuration = new Bands(
            (0.159 * rest, 14, 91), (0.110 * rest, 92, 182), (0.435 * rest, 183, 364), (0.252 * rest, 365, 729),
            (o.PlansLastingTwoYearsOrMoreShare * 0.85, 731, 1095), (o.PlansLastingTwoYearsOrMoreShare * 0.15, 1096, 1825));

        ChildSeen = Odds.Of(o.ChildSeenShare);
        ChildSeenAlone = Odds.Of(o.ChildSeenShare <= 0 ? 0 : o.ChildSeenAloneShare / o.ChildSeenShare);

        InTouch = Odds.Of(o.CareLeaversInTouchShare);
        Suitable = Odds.Of(o.CareLeaversInTouchShare <= 0 ? 0 : o.CareLeaversSuitableAccommodationShare / o.CareLeaversInTouchShare);
        Eet = Odds.Of(o.CareLeaversInTouchShare <= 0 ? 0 : o.CareLeaversEducationEmploymentTrainingShare / o.CareLeaversInTouchShare);

        Settled = Odds.Of(o.SettledPlacementShare);
        EarlyMove = Odds.Of(o.EarlyMoveShare);
        UnsettledMonthly = Odds.Of(o.UnsettledMovesPerYear / 12);
    }

    public SyntheticOptions Options { get; }

    public ulong Seed { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    public int WindowStart { get; }

    public int WindowEnd { get; }

    public int FirstContactFrom { get; }

    // Referrals up to this day have legacy assessments; from SingleFrom, single assessments.
    public int LegacyUntil { get; }

    public int SingleFrom { get; }

    public static int YearStart(int collectionYear) => Days.DayNumber(collectionYear - 1, 4, 1);

    public WorkingDayMath WorkingDays { get; }

    public PathwayTable[,] Pathways { get; }

    // Age at first contact in days: under 1 16%, 1-4 22%, 5-9 24%, 10-15 30%, 16-17 8% (DfE characteristics of
    // children in need: referrals by age).
    public Bands FirstContactAge { get; } = new((0.16, 0, 364), (0.22, 365, 1824), (0.24, 1825, 3649), (0.30, 3650, 5843), (0.08, 5844, 6480));

    // Decision on a contact: referral, early help, onward single agency, advice and information, other (seed table 2.7).
    public Choice ContactOutcome { get; } = new(0.42, 0.22, 0.05, 0.27, 0.04);

    // After a contact that is not a referral, another contact about the child follows with this probability.
    public Odds ContactAgain { get; } = Odds.Of(0.35);

    public Bands ContactGap { get; } = new((0.2, 14, 90), (0.4, 91, 365), (0.4, 366, 1095));

    // After a referral not followed by a quick re-referral, the child comes back (after the 12 months) with this
    // probability; likelier after a plan or care.
    public Odds LaterReturn { get; } = Odds.Of(0.30);

    public Odds LaterReturnWithHistory { get; } = Odds.Of(0.60);

    public Bands LaterGap { get; } = new((0.3, 0, 180), (0.35, 181, 540), (0.25, 541, 1095), (0.1, 1096, 2190));

    // Working days from referral to the start of a single assessment.
    public Bands AssessmentDelay { get; } = new((0.55, 0, 0), (0.25, 1, 1), (0.2, 2, 5));

    public Bands AssessmentDuration { get; }

    public Bands ConferenceDuration { get; }

    public Bands InitialDuration { get; }

    public Bands CoreDuration { get; }

    public Odds CoreAfterInitial { get; } = Odds.Of(0.7);

    public Bands PlanDuration { get; }

    // Days from the end of a plan to the closure of the episode (step down to child in need support).
    public Bands StepDown { get; } = new((0.3, 0, 14), (0.4, 15, 90), (0.3, 91, 180));

    public Odds ChildSeen { get; }

    public Odds ChildSeenAlone { get; }

    public Odds ChildSeenRecorded { get; } = Odds.Of(0.99);

    // A plan ends because the child became looked after, by age group.
    public Odds[] CareFromPlan { get; } = [Odds.Of(0.35), Odds.Of(0.22), Odds.Of(0.15), Odds.Of(0.12), Odds.Of(0.08)];

    // How a period of care ends, by age group at entry: adoption, special guardianship, child arrangements, return
    // home, staying until 18, other.
    public Choice[] CareRoutes { get; } =
    [
        new(0.42, 0.16, 0.04, 0.24, 0.09, 0.05),
        new(0.28, 0.18, 0.05, 0.32, 0.12, 0.05),
        new(0.03, 0.12, 0.05, 0.42, 0.30, 0.08),
        new(0.00, 0.05, 0.03, 0.48, 0.34, 0.10),
        new(0.00, 0.00, 0.00, 0.35, 0.57, 0.08),
    ];

    public Bands ReturnHomeAfter { get; } = new((0.2, 3, 30), (0.35, 31, 180), (0.3, 181, 730), (0.15, 731, 2190));

    public Odds Settled { get; }

    public Odds EarlyMove { get; }

    public Odds UnsettledMonthly { get; }

    // Settled carers still end now and then (about one move in 20 years).
    public Odds SettledMonthly { get; } = Odds.Of(0.05 / 12);

    // Foster placements with one temporary move (hospital, carer's holiday) per year of the placement.
    public Odds TemporaryPerYear { get; } = Odds.Of(0.08);

    public Odds AdoptedByFosterCarer { get; } = Odds.Of(0.15);

    public Odds InTouch { get; }

    public Odds Suitable { get; }

    public Odds Eet { get; }

    // The first placement, by age group: U1 U3 U4 U5 U6 A3 A4 K2 H5 P1 R1 S1 Z1 (indexes of Place).
    public Choice[] FirstPlacement { get; } =
    [
        new(0, 0.25, 0, 0.12, 0.58, 0, 0, 0, 0, 0.05, 0, 0, 0),
        new(0, 0.27, 0, 0.05, 0.62, 0, 0, 0, 0, 0.06, 0, 0, 0),
        new(0, 0.25, 0, 0, 0.65, 0, 0, 0.04, 0, 0.06, 0, 0, 0),
        new(0, 0.12, 0, 0, 0.56, 0, 0, 0.2, 0, 0.04, 0.03, 0.02, 0.03),
        new(0, 0.06, 0, 0, 0.34, 0, 0, 0.15, 0.4, 0.02, 0, 0.01, 0.02),
    ];

    // Carers after a move, by age group (no parents: a move home is an exit).
    public Choice[] NextPlacement { get; } =
    [
        new(0, 0.2, 0, 0.1, 0.7, 0, 0, 0, 0, 0, 0, 0, 0),
        new(0, 0.2, 0, 0.05, 0.75, 0, 0, 0, 0, 0, 0, 0, 0),
        new(0, 0.2, 0, 0, 0.74, 0, 0, 0.06, 0, 0, 0, 0, 0),
        new(0, 0.1, 0, 0, 0.55, 0, 0, 0.28, 0, 0, 0.03, 0.02, 0.02),
        new(0, 0.05, 0, 0, 0.3, 0, 0, 0.2, 0.43, 0, 0, 0, 0.02),
    ];

    public Choice FosterPlacement { get; } = new(0, 0.25, 0, 0.1, 0.65);

    private static Bands Timeliness(double share, (double Weight, int Low, int High)[] within, (double Weight, int Low, int High)[] beyond)
    {
        double inside = 0;
        foreach (var b in within)
        {
            inside += b.Weight;
        }

        double outside = 0;
        foreach (var b in beyond)
        {
            outside += b.Weight;
        }

        var bands = new (double, int, int)[within.Length + beyond.Length];
        for (var i = 0; i < within.Length; i++)
        {
            bands[i] = (share * within[i].Weight / inside, within[i].Low, within[i].High);
        }

        for (var i = 0; i < beyond.Length; i++)
        {
            bands[within.Length + i] = ((1 - share) * beyond[i].Weight / outside, beyond[i].Low, beyond[i].High);
        }

        return new Bands(bands);
    }

    // The mix of pathways after a referral for an age group; children with a previous plan or care ("history") are
    // likelier to need protection or care again.
    private static double[] PathwayMix(int ageGroup, bool history, SyntheticOptions o)
    {
        double[] plan = [0.16, 0.13, 0.11, 0.08, 0.03];
        double[] care = [0.05, 0.02, 0.015, 0.04, 0.05];
        double[] shortBreaks = [0, 0.004, 0.012, 0.012, 0];
        var p = plan[ageGroup] * (history ? o.RepeatPlanFactor : 1);
        var c = care[ageGroup] * (history ? 2 : 1);
        var conference = history ? 1.5 : 1;
        var mix = new double[9];
        mix[(int)Pathway.NoFurtherAction] = o.NoFurtherActionShare;
        mix[(int)Pathway.ProtectionPlan] = p;
        mix[(int)Pathway.Care] = c;
        mix[(int)Pathway.ShortBreaks] = shortBreaks[ageGroup];
        var remainder = Math.Max(0, 1 - o.NoFurtherActionShare - p - c - shortBreaks[ageGroup]);
        double[] split = [0.44, 0.22, 0.16, 0.16, 0.02 * conference];
        double splitTotal = 0;
        foreach (var s in split)
        {
            splitTotal += s;
        }

        mix[(int)Pathway.AssessedNoFurtherAction] = remainder * split[0] / splitTotal;
        mix[(int)Pathway.ShortSupport] = remainder * split[1] / splitTotal;
        mix[(int)Pathway.LongSupport] = remainder * split[2] / splitTotal;
        mix[(int)Pathway.Section47Only] = remainder * split[3] / splitTotal;
        mix[(int)Pathway.ConferenceNoPlan] = remainder * split[4] / splitTotal;
        return mix;
    }
}

// Working-day arithmetic over the days the simulation uses, with the caller's calendar: the calendar itself, extended
// (WorkingDayCalendar.Create with the same bank holidays) over history long before the collection years, where it
// counts Monday to Friday as working days, as any calendar does away from its holidays. Add(day, n) is
// WorkingDayCalendar.AddWorkingDays; a result beyond the simulated days (which never reaches a return) counts Monday to
// Friday.
internal sealed class WorkingDayMath
{
    private readonly WorkingDayCalendar _calendar;
    private readonly DateOnly _last;

    public WorkingDayMath(WorkingDayCalendar calendar, int first, int last)
    {
        _last = DateOnly.FromDayNumber(last);
        _calendar = WorkingDayCalendar.Create(calendar.BankHolidays, DateOnly.FromDayNumber(first), _last, calendar.Name);
    }

    // The n-th working day after `day`, for n >= 0.
    public int Add(int day, int workingDays)
    {
        if (workingDays == 0)
        {
            return day;
        }

        var date = DateOnly.FromDayNumber(day);
        if (_calendar.Covers(date) && _calendar.WorkingDaysBetween(date, _last) >= workingDays)
        {
            return _calendar.AddWorkingDays(date, workingDays).DayNumber;
        }

        // Beyond the simulated days: Monday to Friday (DayNumber 0, 1 January 0001, was a Monday).
        var d = day;
        var left = workingDays;
        while (left > 0)
        {
            d++;
            if (d % 7 < 5)
            {
                left--;
            }
        }

        return d;
    }
}
