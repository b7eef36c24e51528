using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Oracle;

// The section 8 indicators (INDICATORS.md section 8 and the readings of 8.1), from the records and the words alone.
internal sealed partial class ReferenceIndicators
{
    private static string[] SecondWaveIds =>
    [
        "cla-started-rate", "cla-ceased", "cla-ceased-adopted", "cla-uasc-share",
        "cla-missing", "cla-away", "cla-health-checks", "cla-dental-checks", "cla-immunisations", "cla-development-assessments", "cla-sdq-mean", "cla-sdq-concern",
        "cla-convicted", "cla-substance-misuse", "cla-reviews-on-time",
        "cpp-started-rate", "icpc-rate", "s47-to-icpc", "cpp-reviews-on-time", "assessment-factors", "cin-disabled-share",
        "adoption-order-to-match-days",
    ];

    private OracleResult EvaluateSecondWave(string id) => id switch
    {
        "cla-started-rate" => FlowRate(PeriodsOfCare().Where(p => InPeriod(p.Start)).Select(p => p.Child).Distinct().Count()),
        "cla-ceased" => Count(LastCeasedPerChild().Count),
        "cla-ceased-adopted" => CeasedAdopted(),
        "cla-uasc-share" => UascShare(),
        "cla-missing" => Incidents("M"),
        "cla-away" => Incidents("A"),
        "cla-health-checks" => Oc2(0, 99, o => Flag(o.HealthCheck)),
        "cla-dental-checks" => Oc2(0, 99, o => Flag(o.TeethCheck)),
        "cla-immunisations" => Oc2(0, 99, o => Flag(o.Immunisations)),
        "cla-development-assessments" => Oc2(0, 4, o => Flag(o.HealthAssessment)),
        "cla-sdq-mean" => SdqMean(),
        "cla-sdq-concern" => Oc2(5, 16, o => o.SdqScore is { } s and >= 0 and <= 40 ? s >= 17 : null),
        "cla-convicted" => Oc2(10, 999, o => Flag(o.Convicted)),
        "cla-substance-misuse" => Oc2(0, 99, o => Flag(o.SubstanceMisuse)),
        "cla-reviews-on-time" => LookedAfterReviews(),
        "cpp-started-rate" => FlowRate(_records.ChildProtectionPlans.Where(p => InPeriod(p.StartDate)).Select(p => Id(p.ChildId)).Distinct().Count()),
        "icpc-rate" => FlowRate(ConferencePairs()),
        "s47-to-icpc" => Section47ToConference(),
        "cpp-reviews-on-time" => PlanReviews(),
        "assessment-factors" => Factors(),
        "cin-disabled-share" => DisabledShare(),
        "adoption-order-to-match-days" => OrderToMatch(),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "The reference implementation has no such indicator."),
    };

    // 8.1: a count reports numerator = value = the count and no denominator.
    private static OracleResult Count(long n) => new(n, 0, n);

    private static bool? Flag(bool? value) => value;

    // Looked after at any time in the period (an episode, not V3/V4, overlapping it); those with a missing row of the
    // kind starting in the period.
    private OracleResult Incidents(string kind)
    {
        var children = _records.Episodes
            .Where(e => Code(e.LegalStatus.Code) is not ("V3" or "V4") && Overlaps(e.Start, e.End))
            .Select(e => Id(e.ChildId)).Distinct().ToList();
        var had = _records.MissingEpisodes.Where(m => Code(m.Kind) == kind && InPeriod(m.Start)).Select(m => Id(m.ChildId)).ToHashSet();
        return OracleResult.Percentage(children.Count(had.Contains), children.Count);
    }

    // The OC2 cohort: looked after at the period end, the current period of care (that of the latest-starting open
    // episode) started on or before w = end - 12 months + 1 day; aged min to max at the end when the indicator has an
    // age range (0 to 99 meaning none: no date of birth needed); judged on the first OC2 row of the return when it is
    // the period end's collection year (or the return has none); a null judgement (blank, out of range) is left out.
    private OracleResult Oc2(int minAge, int maxAge, Func<HealthOutcome, bool?> judge)
    {
        var (num, den) = (0, 0);
        foreach (var row in Oc2Rows(minAge, maxAge))
        {
            if (judge(row) is { } yes)
            {
                den++;
                num += yes ? 1 : 0;
            }
        }

        return OracleResult.Percentage(num, den);
    }

    // The mean SDQ_SCORE of the OC2 cohort aged 5 to 16 whose score is 0 to 40.
    private OracleResult SdqMean()
    {
        var scores = Oc2Rows(5, 16).Select(o => o.SdqScore).Where(s => s is >= 0 and <= 40).Select(s => (long)s!.Value).ToList();
        return new OracleResult(scores.Sum(), scores.Count, scores.Count == 0 ? null : (decimal)scores.Sum() / scores.Count);
    }

    // The OC2 rows of the cohort children who have one.
    private IEnumerable<HealthOutcome> Oc2Rows(int minAge, int maxAge)
    {
        var window = AddMonths(_end, -12).AddDays(1);
        var year = _end.Month >= 4 ? _end.Year + 1 : _end.Year;
        var rowsApply = _records.CollectionYear is null || _records.CollectionYear == year;
        foreach (var child in LookedAfterAtEnd())
        {
            var current = PeriodsOfCare().Where(p => p.Child == child)
                .SelectMany(p => p.Episodes.Where(e => OpenAtEnd(e.Start, e.End)).Select(e => (p, e.Start)))
                .OrderBy(x => x.Start).Last().p;
            if (current.Start > window)
            {
                continue;
            }

            if (minAge > 0 || maxAge < 99)
            {
                var dob = _records.Children.Where(c => Id(c.Id) == child && c.DateOfBirth is not null).Select(c => c.DateOfBirth).Min()
                    ?? _records.CareLeaverOutcomes.Where(c => Id(c.ChildId) == child && c.DateOfBirth is not null).Select(c => c.DateOfBirth).Min();
                if (dob is null || AgeAt(dob.Value, _end) < minAge || AgeAt(dob.Value, _end) > maxAge)
                {
                    continue;
                }
            }

            if ((rowsApply ? _records.HealthOutcomes.FirstOrDefault(o => Id(o.ChildId) == child) : null) is { } row)
            {
                yield return row;
            }
        }
    }

    // NI 66 as section 8 and 8.1 read it, one child at a time, day by day: each period of care overlapping the period
    // that lasted 20 working days by min(end, end of care); first due on its 20th working day, the second 3 months
    // after the first, later ones 6 months after the one before, chained from the review held; one begun before the
    // records (first RNE not S) chains from the latest review before the period (3 months when it is the only one and
    // within the first 20 working days), undetermined without one. A child is in time when every period is; left out
    // when any is undetermined.
    private OracleResult LookedAfterReviews()
    {
        var (num, den) = (0, 0);
        foreach (var child in PeriodsOfCare().GroupBy(p => p.Child))
        {
            var (unit, inTime, undetermined) = (false, true, false);
            DateOnly? previousEnd = null;
            foreach (var poc in child.OrderBy(p => p.Start))
            {
                var to = poc.End is { } e && e < _end ? e : _end;
                // The reviews up to the end of this period of care: from its start, or, for one begun before the
                // records, from the end of the child's previous closed period of care.
                var until = _records.Reviews.Where(r => Id(r.ChildId) == child.Key && (poc.End is null || r.ReviewDate <= poc.End))
                    .Select(r => r.ReviewDate).Order().ToList();
                var sincePrevious = until.Where(r => previousEnd is null || r > previousEnd).ToList();
                previousEnd = poc.End ?? previousEnd;
                if (!Overlaps(poc.Start, poc.End))
                {
                    continue;
                }

                // READING: 20 working days never take more than 6 weeks, so a longer period needs no calendar.
                DateOnly? firstDue = null;
                if (poc.Start >= _options.Calendar.CoverageStart)
                {
                    firstDue = poc.Start;
                    for (var d = poc.Start; WorkingDaysBetween(poc.Start, d) < 20; d = d.AddDays(1))
                    {
                        firstDue = d.AddDays(1);
                    }
                }

                var lasted = firstDue is { } f ? f <= to : to.DayNumber - poc.Start.DayNumber >= 42;
                if (!lasted)
                {
                    continue;
                }

                unit = true;
                DateOnly due;
                List<DateOnly> held;
                var (second, later) = (3, 6);
                if (poc.Episodes[0].Rne == "S")
                {
                    (due, held) = (firstDue!.Value, until.Where(r => r >= poc.Start).ToList());
                }
                else
                {
                    var before = sincePrevious.Where(r => r < _start).ToList();
                    if (before.Count == 0)
                    {
                        undetermined = true;
                        continue;
                    }

                    var months = before.Count == 1 && firstDue is { } fd && before[0] <= fd ? 3 : 6;
                    (due, held, second) = (AddMonths(before[^1], months), until.Where(r => r > before[^1]).ToList(), 6);
                }

                for (var k = 0; due < to; k++)
                {
                    DateOnly? review = k < held.Count ? held[k] : null;
                    if (due >= _start && (review is null || review > due))
                    {
                        inTime = false;
                        break;
                    }

                    due = AddMonths(review ?? due, k == 0 ? second : later);
                }
            }

            if (unit && !undetermined)
            {
                den++;
                num += inTime ? 1 : 0;
            }
        }

        return OracleResult.Percentage(num, den);
    }

    // Each child's last period of care ending in the period.
    private Dictionary<string, PeriodOfCare> LastCeasedPerChild() =>
        PeriodsOfCare().Where(p => p.End is { } e && InPeriod(e))
            .GroupBy(p => p.Child)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.End).Last());

    private OracleResult CeasedAdopted()
    {
        var last = LastCeasedPerChild();
        return OracleResult.Percentage(last.Values.Count(p => p.Episodes[^1].Rec is "E11" or "E12"), last.Count);
    }

    // READING: a child is UASC at the period end when any of their UASC rows has DUC blank or after it.
    private OracleResult UascShare()
    {
        var uasc = _records.UnaccompaniedAsylumSeekers
            .Where(u => u.DateCeasedUasc is null || u.DateCeasedUasc.Value > _end)
            .Select(u => Id(u.ChildId)).ToHashSet();
        var children = LookedAfterAtEnd().ToList();
        return OracleResult.Percentage(children.Count(uasc.Contains), children.Count);
    }

    private int ConferencePairs() =>
        _records.Section47Enquiries.Select(s => (Id(s.ChildId), s.InitialConferenceDate))
            .Concat(_records.CinEpisodes.Select(e => (Id(e.ChildId), e.DateOfInitialCpc)))
            .Where(x => x.Item2 is { } d && InPeriod(d))
            .Distinct().Count();

    private OracleResult Section47ToConference()
    {
        var started = _records.Section47Enquiries.Where(s => InPeriod(s.StartDate)).ToList();
        return OracleResult.Percentage(started.Count(s => s.InitialConferenceDate is not null && !s.ConferenceNotRequired), started.Count);
    }

    // NI 67 as 8.1 reads it: plans overlapping the period, start + 3 months on or before min(end, plan end); due dates
    // chain from the review held (the k-th held answers the k-th due), or from the due date when none is left; every
    // due date in [start, min(end, plan end)) must be met by a review on or before it.
    private OracleResult PlanReviews()
    {
        var (num, den) = (0, 0);
        foreach (var plan in _records.ChildProtectionPlans)
        {
            var to = plan.EndDate is { } e && e < _end ? e : _end;
            if (!Overlaps(plan.StartDate, plan.EndDate) || AddMonths(plan.StartDate, 3) > to)
            {
                continue;
            }

            var held = plan.ReviewDates.Order().ToList();
            var due = AddMonths(plan.StartDate, 3);
            var inTime = true;
            for (var k = 0; due < to; k++)
            {
                DateOnly? review = k < held.Count ? held[k] : null;
                if (due >= _start && (review is null || review > due))
                {
                    inTime = false;
                    break;
                }

                due = AddMonths(review ?? due, 6);
            }

            den++;
            num += inTime ? 1 : 0;
        }

        return OracleResult.Percentage(num, den);
    }

    private OracleResult Factors()
    {
        var authorised = _records.Assessments.Where(a => a.AuthorisationDate is { } d && InPeriod(d)).ToList();
        var total = authorised.Count;
        var details = new Dictionary<string, decimal?>();
        foreach (var group in authorised.SelectMany(a => a.Factors.Select(Code).Where(f => f.Length > 0).Distinct()).GroupBy(f => f))
        {
            details[group.Key] = group.Count();
            details[group.Key + "%"] = group.Count() * 100m / total;
        }

        return new OracleResult(total, total, total, Details: details);
    }

    // Each adoption in the period (a period of care whose last episode ends with E11 or E12 in it): days from the
    // first E1/D1 episode's DECOM to the first AD1 row's DATE_MATCH; left out without either.
    private OracleResult OrderToMatch()
    {
        var days = new List<long>();
        foreach (var poc in PeriodsOfCare().Where(p => p.End is { } e && InPeriod(e) && p.Episodes[^1].Rec is "E11" or "E12"))
        {
            var order = poc.Episodes.FirstOrDefault(e => Code(e.Record.LegalStatus.Code) is "E1" or "D1");
            var match = _records.Adoptions.FirstOrDefault(a => Id(a.ChildId) == poc.Child)?.DateMatched;
            if (order is not null && match is { } m)
            {
                days.Add(m.DayNumber - order.Start.DayNumber);
            }
        }

        days.Sort();
        decimal? median = days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2m;
        return new OracleResult(days.Sum(), days.Count, days.Count == 0 ? null : (decimal)days.Sum() / days.Count,
            Details: new Dictionary<string, decimal?> { ["median"] = median, ["count"] = days.Count });
    }

    // READING: the child's first header row in the return decides (8.1: the first Child element's characteristics).
    private OracleResult DisabledShare()
    {
        var children = _records.CinEpisodes.Where(e => OpenAtEnd(e.ReferralDate, e.ClosureDate)).Select(e => Id(e.ChildId)).Distinct().ToList();
        bool Disabled(string child) =>
            _records.Children.FirstOrDefault(c => Id(c.Id) == child) is { } row && row.Disabilities.Any(d => Code(d) is not ("" or "NONE"));
        return OracleResult.Percentage(children.Count(Disabled), children.Count);
    }
}
