using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Oracle;

/// <summary>
/// A deliberately simple reference implementation of every indicator of INDICATORS.md section 2, written from the
/// specification text (sections 1 and 2 and the decisions the catalogue states) as plain LINQ over the record lists of
/// one <see cref="RecordSet"/>. It shares nothing with the engine but the public record and option types: periods of
/// care, placements, cohorts and boundaries are derived here from the words of the specification, and working days
/// are counted one day at a time. It is slow on purpose and only fit for small data sets.
/// </summary>
/// <remarks>
/// Where the specification is silent or ambiguous, the reading taken is written as a comment starting
/// <c>READING:</c> at the place it matters.
/// </remarks>
internal sealed partial class ReferenceIndicators
{
    private readonly RecordSet _records;
    private readonly DateOnly _start;
    private readonly DateOnly _end;
    private readonly EvaluationOptions _options;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WorkingDayCalendar, HashSet<DateOnly>> Holidays = [];

    private ReferenceIndicators(RecordSet records, ReportingPeriod period, EvaluationOptions options)
    {
        _records = records;
        _start = period.Start;
        _end = period.End;
        _options = options;
    }

    /// <summary>Every indicator id the reference implements: the whole of section 2, in its order, then the section 8 ids done so far.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "referrals-rate", "re-referrals-12m", "referrals-nfa", "contacts-outcomes",
        "initial-assessments-rate", "initial-assessments-10wd", "initial-assessments-child-seen",
        "initial-assessments-child-seen-alone", "core-assessments-35wd", "assessments-rate", "assessments-45wd",
        "s47-rate", "icpc-15wd", "cin-rate", "cpp-rate", "cpp-second-subsequent", "cpp-repeat-within-2y",
        "cpp-ended-2y-plus", "cpp-open-2y-plus", "cla-rate", "cla-3plus-placements", "cla-long-term-stability",
        "care-leavers-suitable-accommodation", "care-leavers-eet", "care-leavers-in-touch",
        "adoption-entry-to-placement-days", "workforce-agency-share", "workforce-sickness-change",
        .. SecondWaveIds,
    ];

    public static OracleResult Evaluate(string id, RecordSet records, ReportingPeriod period, EvaluationOptions options) =>
        new ReferenceIndicators(records, period, options).Evaluate(id);

    private OracleResult Evaluate(string id) => id switch
    {
        "referrals-rate" => FlowRate(_records.CinEpisodes.Count(r => InPeriod(r.ReferralDate))),
        "re-referrals-12m" => ReReferrals(),
        "referrals-nfa" => ReferralsNfa(),
        "contacts-outcomes" => ContactOutcomes(),
        "initial-assessments-rate" => FlowRate(Legacy(AssessmentKind.Initial).Count()),
        "initial-assessments-10wd" => LegacyTimeliness(AssessmentKind.Initial, 10),
        "initial-assessments-child-seen" => ChildSeen(a => a.ChildSeen),
        "initial-assessments-child-seen-alone" => ChildSeen(a => a.ChildSeenAlone),
        "core-assessments-35wd" => LegacyTimeliness(AssessmentKind.Core, 35),
        "assessments-rate" => FlowRate(_records.Assessments.Count(a => a.AuthorisationDate is { } d && InPeriod(d))),
        "assessments-45wd" => Assessments45(),
        "s47-rate" => FlowRate(_records.Section47Enquiries.Count(s => InPeriod(s.StartDate))),
        "icpc-15wd" => Icpc15(),
        "cin-rate" => SnapshotRate(_records.CinEpisodes.Where(e => OpenAtEnd(e.ReferralDate, e.ClosureDate)).Select(e => Id(e.ChildId)).Distinct().Count()),
        "cpp-rate" => SnapshotRate(_records.ChildProtectionPlans.Where(p => OpenAtEnd(p.StartDate, p.EndDate)).Select(p => Id(p.ChildId)).Distinct().Count()),
        "cpp-second-subsequent" => SecondOrSubsequent(),
        "cpp-repeat-within-2y" => RepeatWithinLookBack(),
        "cpp-ended-2y-plus" => PlansEndedTwoYearsPlus(),
        "cpp-open-2y-plus" => PlansOpenTwoYearsPlus(),
        "cla-rate" => SnapshotRate(LookedAfterAtEnd().Count()),
        "cla-3plus-placements" => ThreeOrMorePlacements(),
        "cla-long-term-stability" => LongTermStability(),
        "care-leavers-suitable-accommodation" => CareLeavers(r => IsSuitable(r.Accommodation.Code)),
        "care-leavers-eet" => CareLeavers(r => EetCodes.Contains(Code(r.Activity.Code))),
        "care-leavers-in-touch" => CareLeavers(r => Code(r.InTouch.Code) == "YES"),
        "adoption-entry-to-placement-days" => AdoptionDays(),
        "workforce-agency-share" => AgencyShare(),
        "workforce-sickness-change" => SicknessChange(),
        _ => EvaluateSecondWave(id),
    };

    // ---------------------------------------------------------------- section 1 conventions

    // 1.1: "in the period" means start <= d <= end, both inclusive.
    private bool InPeriod(DateOnly d) => _start <= d && d <= _end;

    // 1.1: open at D iff s <= D and (e empty or e > D).
    private bool OpenAtEnd(DateOnly s, DateOnly? e) => s <= _end && (e is null || e.Value > _end);

    // 1.5: child ids are case-sensitive, trimmed of surrounding white space.
    private static string Id(string id) => id.Trim();

    // 1.5: codes are trimmed and compared without regard to case.
    private static string Code(string? code) => (code ?? "").Trim().ToUpperInvariant();

    // 1.2: whole years completed by `date`; a 29 February birthday falls on 28 February in a common year.
    private static int AgeAt(DateOnly dob, DateOnly date)
    {
        var age = date.Year - dob.Year;
        if (BirthdayIn(dob, date.Year) > date)
        {
            age--;
        }

        return age;
    }

    private static DateOnly BirthdayIn(DateOnly dob, int year) =>
        dob.Month == 2 && dob.Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, dob.Month, dob.Day);

    // 1.2: adding calendar months clamps to the end of the month.
    private static DateOnly AddMonths(DateOnly d, int months)
    {
        var index = (d.Year * 12) + (d.Month - 1) + months;
        var year = index / 12;
        var month = (index % 12) + 1;
        return new DateOnly(year, month, Math.Min(d.Day, DateTime.DaysInMonth(year, month)));
    }

    // 1.3: the number of working days d with start < d <= end, counted one by one; the negative mirror when end < start.
    private int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return -WorkingDaysBetween(end, start);
        }

        var calendar = _options.Calendar;
        if (start < calendar.CoverageStart || end > calendar.CoverageEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "The reference implementation was given a date outside the calendar.");
        }

        var holidays = Holidays.GetValue(calendar, c => c.BankHolidays.ToHashSet());
        var count = 0;
        for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(d))
            {
                count++;
            }
        }

        return count;
    }

    // 1.4: rate per 10,000 = count / population x 10,000; annualised = count x 12 / whole months / population x 10,000.
    // In a result the numerator is the count and the denominator the population. No population: not available.
    private OracleResult FlowRate(long count) => Rate(count, annualisable: true);

    // Snapshots are never annualised, whatever the option says.
    private OracleResult SnapshotRate(long count) => Rate(count, annualisable: false);

    private OracleResult Rate(long count, bool annualisable)
    {
        if (_options.Population is not { } population)
        {
            return OracleResult.Unavailable("no population");
        }

        if (annualisable && _options.Annualise)
        {
            // Whole calendar months: from the first of a month to the last day of a month.
            var wholeMonths = _start.Day == 1 && _end.AddDays(1).Day == 1;
            if (!wholeMonths)
            {
                return OracleResult.Unavailable("not whole months");
            }

            var months = ((_end.Year - _start.Year) * 12) + _end.Month - _start.Month + 1;
            return new OracleResult(count, population, population == 0 ? null : count * 12m / months / population * 10_000m);
        }

        return new OracleResult(count, population, population == 0 ? null : count / (decimal)population * 10_000m);
    }

    // ---------------------------------------------------------------- referrals and contacts

    private OracleResult ReReferrals()
    {
        var all = _records.CinEpisodes;
        var inPeriod = all.Where(r => InPeriod(r.ReferralDate)).ToList();
        // P < R <= P + 12 calendar months, against every earlier referral of the same child, in or before the period.
        var numerator = inPeriod.Count(r => all.Any(p =>
            Id(p.ChildId) == Id(r.ChildId) && p.ReferralDate < r.ReferralDate && r.ReferralDate <= AddMonths(p.ReferralDate, 12)));
        return OracleResult.Percentage(numerator, inPeriod.Count);
    }

    private OracleResult ReferralsNfa()
    {
        var inPeriod = _records.CinEpisodes.Where(r => InPeriod(r.ReferralDate)).ToList();
        // READING (catalogue decision): a referral with no ReferralNFA recorded is not NFA and stays in the denominator.
        return OracleResult.Percentage(inPeriod.Count(r => r.ReferralNfa == true), inPeriod.Count);
    }

    private OracleResult ContactOutcomes()
    {
        var inPeriod = _records.Contacts.Where(c => InPeriod(c.Date)).ToList();
        var total = inPeriod.Count;
        var details = new Dictionary<string, decimal?>();
        foreach (var (outcome, key) in new[]
        {
            (ContactOutcome.Referral, "referral"), (ContactOutcome.EarlyHelp, "early-help"),
            (ContactOutcome.OnwardSingleAgency, "onward-single-agency"), (ContactOutcome.AdviceInformation, "advice-information"),
            (ContactOutcome.Other, "other"),
        })
        {
            var count = inPeriod.Count(c => c.Outcome == outcome);
            details[key] = count;
            details[key + "%"] = total == 0 ? null : count * 100m / total;
        }

        // A count: numerator and denominator are both the number of contacts, and so is the value.
        return new OracleResult(total, total, total, Details: details);
    }

    // ---------------------------------------------------------------- assessments

    // Legacy assessments of one kind completed in the period.
    private IEnumerable<LegacyAssessment> Legacy(AssessmentKind kind) =>
        _records.LegacyAssessments.Where(a => a.Kind == kind && a.CompletionDate is { } c && InPeriod(c));

    private OracleResult LegacyTimeliness(AssessmentKind kind, int limit)
    {
        // A completion before the start is invalid: out of both numerator and denominator.
        var valid = Legacy(kind).Where(a => a.CompletionDate!.Value >= a.StartDate).ToList();
        return OracleResult.Percentage(valid.Count(a => WorkingDaysBetween(a.StartDate, a.CompletionDate!.Value) <= limit), valid.Count);
    }

    private OracleResult ChildSeen(Func<LegacyAssessment, bool?> flag)
    {
        // READING: the child-seen measures are about initial assessments completed in the period with the flag
        // recorded; the "completion before start is invalid" rule is written for timeliness and is not applied here.
        var recorded = Legacy(AssessmentKind.Initial).Where(a => flag(a) is not null).ToList();
        return OracleResult.Percentage(recorded.Count(a => flag(a) == true), recorded.Count);
    }

    private OracleResult Assessments45()
    {
        var byReferral = _options.AssessmentsMeasureFrom == MeasureFrom.Referral;
        var completed = _records.Assessments.Where(a => a.AuthorisationDate is { } d && InPeriod(d)).ToList();
        // READING: under MeasureFrom = Referral an assessment whose episode's referral date is unknown cannot be
        // measured and is left out of the percentage (as an assessment authorised before it started is).
        var measured = completed
            .Select(a => (From: byReferral ? a.ReferralDate : a.StartDate, To: a.AuthorisationDate!.Value))
            .Where(x => x.From is { } from && x.To >= from)
            .ToList();
        return OracleResult.Percentage(measured.Count(x => WorkingDaysBetween(x.From!.Value, x.To) <= 45), measured.Count);
    }

    private OracleResult Icpc15()
    {
        var denominator = _records.Section47Enquiries
            .Where(s => s.InitialConferenceDate is { } c && InPeriod(c) && c >= s.StartDate)
            .ToList();
        return OracleResult.Percentage(denominator.Count(s => WorkingDaysBetween(s.StartDate, s.InitialConferenceDate!.Value) <= 15), denominator.Count);
    }

    // ---------------------------------------------------------------- child protection plans

    private List<ChildProtectionPlan> PlansStartingInPeriod() =>
        _records.ChildProtectionPlans.Where(p => InPeriod(p.StartDate)).ToList();

    private OracleResult SecondOrSubsequent()
    {
        var starting = PlansStartingInPeriod();
        var children = starting.Select(p => Id(p.ChildId)).Distinct().ToList();
        // Not the first: an earlier plan start of the same child anywhere in the records (the catalogue says the
        // earlier plan must start on an earlier day), or NumberOfPreviousCPP > 0 on the plan itself.
        var numerator = children.Count(c => starting.Any(p => Id(p.ChildId) == c && (
            p.NumberOfPreviousPlans > 0 ||
            _records.ChildProtectionPlans.Any(q => Id(q.ChildId) == c && q.StartDate < p.StartDate))));
        return OracleResult.Percentage(numerator, children.Count);
    }

    private OracleResult RepeatWithinLookBack()
    {
        var starting = PlansStartingInPeriod();
        var children = starting.Select(p => Id(p.ChildId)).Distinct().ToList();
        var numerator = children.Count(c => starting.Any(p => Id(p.ChildId) == c && PreviousPlanEndedWithinLookBack(c, p)));
        return OracleResult.Percentage(numerator, children.Count);
    }

    private bool PreviousPlanEndedWithinLookBack(string child, ChildProtectionPlan plan)
    {
        var earlier = _records.ChildProtectionPlans.Where(q => Id(q.ChildId) == child && q.StartDate < plan.StartDate).ToList();
        if (earlier.Count == 0)
        {
            return false;
        }

        // The most recent earlier plan is the one with the latest earlier start.
        // READING: "if several share it, any of them" is read as "it is enough that one of them qualifies", which
        // makes the answer independent of the order of the records.
        var latestStart = earlier.Max(q => q.StartDate);
        var boundary = AddMonths(plan.StartDate, -_options.RepeatPlanLookBackMonths);
        return earlier.Any(q => q.StartDate == latestStart && q.EndDate is { } e && e >= boundary);
    }

    private OracleResult PlansEndedTwoYearsPlus()
    {
        // READING (catalogue decision): a plan that ends before it starts is invalid and out of both.
        var ended = _records.ChildProtectionPlans.Where(p => p.EndDate is { } e && InPeriod(e) && e >= p.StartDate).ToList();
        return OracleResult.Percentage(ended.Count(p => p.EndDate!.Value >= AddMonths(p.StartDate, 24)), ended.Count);
    }

    private OracleResult PlansOpenTwoYearsPlus()
    {
        var open = _records.ChildProtectionPlans.Where(p => OpenAtEnd(p.StartDate, p.EndDate)).ToList();
        return OracleResult.Percentage(open.Count(p => _end >= AddMonths(p.StartDate, 24)), open.Count);
    }

    // ---------------------------------------------------------------- care leavers

    // SOURCES-AND-FIGURES 1.1: the ACCOM list; the second character is 1 for suitable, 2 for unsuitable.
    private static readonly HashSet<string> AccommodationCodes =
    [
        "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2",
        "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2",
    ];

    private static readonly HashSet<string> EetCodes = ["F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5"];

    private static bool IsSuitable(string? code) => Code(code) is var c && AccommodationCodes.Contains(c) && c.EndsWith('1');

    private OracleResult CareLeavers(Func<CareLeaverOutcome, bool> counts)
    {
        var cohort = _records.CareLeaverOutcomes.Where(InCareLeaverCohort).ToList();
        return OracleResult.Percentage(cohort.Count(counts), cohort.Count);
    }

    private bool InCareLeaverCohort(CareLeaverOutcome row)
    {
        if (Code(row.InTouch.Code) is "DIED" or "RHOM")
        {
            return false;
        }

        // 1.2: care leavers use the OC3 DOB and fall back to the header DOB; without either the row is left out.
        if ((row.DateOfBirth ?? HeaderDateOfBirth(Id(row.ChildId))) is not { } dob)
        {
            return false;
        }

        // The birthday that falls in the period (the latest, in a period longer than a year).
        // READING (catalogue decision): a row of a known collection year describes the birthday in that reporting
        // year (1 April to 31 March), so only a birthday in both the period and that year counts.
        var birthdays = Enumerable.Range(_start.Year, _end.Year - _start.Year + 1)
            .Select(y => BirthdayIn(dob, y))
            .Where(InPeriod)
            .Where(b => row.CollectionYear is not { } cy || (b >= new DateOnly(cy - 1, 4, 1) && b <= new DateOnly(cy, 3, 31)))
            .ToList();
        if (birthdays.Count == 0)
        {
            return false;
        }

        var birthday = birthdays.Max();
        return _options.CareLeaverAges.Contains(birthday.Year - dob.Year);
    }

    // READING: when one return holds several header rows (or OC3 rows) of a child with different dates of birth, the
    // earliest is used (the specification does not say; taking the first made answers depend on the order of the rows,
    // which the shuffle property found).
    private DateOnly? HeaderDateOfBirth(string child) =>
        _records.Children.Where(c => Id(c.Id) == child).Min(c => c.DateOfBirth);

    private DateOnly? CareLeaverDateOfBirth(string child) =>
        _records.CareLeaverOutcomes.Where(o => Id(o.ChildId) == child).Min(o => o.DateOfBirth);

    // ---------------------------------------------------------------- workforce

    private OracleResult AgencyShare()
    {
        // Catalogue decision: the latest snapshot dated in the period.
        var latest = _records.WorkforceSnapshots.Where(w => InPeriod(w.Date)).OrderBy(w => w.Date).LastOrDefault();
        if (latest is null)
        {
            return new OracleResult(0, 0, null);
        }

        return new OracleResult(latest.AgencyPosts, latest.FilledPosts,
            latest.FilledPosts == 0 ? null : latest.AgencyPosts * 100m / latest.FilledPosts);
    }

    private OracleResult SicknessChange()
    {
        // Catalogue decision: days per FTE over a period = total sickness days / mean FTE of the records wholly within
        // it; the previous year is the same period a year earlier. Change = (this - last) / last x 100.
        var now = DaysPerFte(_start, _end);
        var before = DaysPerFte(_start.AddYears(-1), _end.AddYears(-1));
        if (now is not { } n || before is not { } b)
        {
            return new OracleResult(0, 0, null);
        }

        // No sickness at all last year: the change is not applicable (the numerator and denominator still say why).
        return new OracleResult(n - b, b, b == 0 ? null : (n - b) * 100m / b);
    }

    private decimal? DaysPerFte(DateOnly from, DateOnly to)
    {
        var within = _records.SicknessAbsences.Where(s => s.Start >= from && s.End <= to).ToList();
        if (within.Count == 0)
        {
            return null;
        }

        var meanFte = within.Sum(s => s.FullTimeEquivalents) / within.Count;
        return meanFte == 0 ? null : within.Sum(s => s.SicknessDays) / meanFte;
    }
}
