using ChildrensSocialCare.Indicators.Records;
using FsCheck;
using FsCheck.Fluent;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// Generators of small record sets (1-30 children) aimed at the specification's boundaries: dates on and around the
/// period's first and last days, exactly 12 months, 2 years and 30 months apart, same-day duplicates, 29 February,
/// V3/V4 episodes, X1 chains with and without gaps, temporary placements and returns to the same or another
/// PLACE/URN/postcode, RNE T/U adoptions, open records, negative durations, missing flags and dates of birth, and care
/// leavers aged 17-23 including DIED and RHOM. Every date lies in 2000-2030, the built-in calendar's coverage.
/// </summary>
public static class Generators
{
    public static readonly DateOnly MinDate = new(2000, 1, 1);
    public static readonly DateOnly MaxDate = new(2030, 12, 31);

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    public static DateOnly Clamp(DateOnly d) => d < MinDate ? MinDate : d > MaxDate ? MaxDate : d;

    private static Gen<T> Pick<T>(params (int Weight, Gen<T> Gen)[] choices) => Gen.Frequency(choices);

    private static Gen<T> One<T>(params T[] values) => Gen.Elements(values);

    private static Gen<int> Jitter => One(-1, 0, 0, 0, 1);

    // AddWorkingDays, kept inside the calendar (the generator must not throw near its edges).
    private static DateOnly AddWorkingDays(DateOnly d, int n)
    {
        var guard = Math.Abs(n) * 2 + 20;
        if (d.AddDays(-guard) < MinDate || d.AddDays(guard) > MaxDate)
        {
            return Clamp(d.AddDays(n * 7 / 5));
        }

        return Calendar.AddWorkingDays(d, n);
    }

    /// <summary>The dates the generator aims at for a focus year: period ends and starts and the boundaries of every
    /// look-back, one day either side.</summary>
    public sealed class Context
    {
        public Context(int focusYear, IReadOnlyList<ReportingPeriod> periods)
        {
            FocusYear = focusYear;
            Periods = periods;
            var anchors = new List<DateOnly>();
            foreach (var p in periods)
            {
                anchors.AddRange([p.Start, p.End, p.End.AddMonths(-12), p.End.AddMonths(-24), p.End.AddMonths(-30),
                    p.Start.AddMonths(-12), p.Start.AddMonths(-24), p.End.AddYears(-16)]);
            }

            anchors.Add(new DateOnly(focusYear, 2, 28));
            for (var y = focusYear - 3; y <= focusYear; y++)
            {
                if (DateTime.IsLeapYear(y))
                {
                    anchors.Add(new DateOnly(y, 2, 29));
                }
            }

            Anchors = anchors.Select(Clamp).Distinct().ToList();
            From = Clamp(new DateOnly(focusYear - 4, 4, 1));
            To = Clamp(new DateOnly(focusYear + 1, 3, 31));
        }

        public int FocusYear { get; }

        public IReadOnlyList<ReportingPeriod> Periods { get; }

        public IReadOnlyList<DateOnly> Anchors { get; }

        public DateOnly From { get; }

        public DateOnly To { get; }

        /// <summary>A date on or next to a boundary, or anywhere in the years around the focus year.</summary>
        public Gen<DateOnly> Date => Pick(
            (5, from a in Gen.Elements(Anchors.ToArray()) from j in Jitter select Clamp(a.AddDays(j))),
            (4, Gen.Choose(0, To.DayNumber - From.DayNumber).Select(k => From.AddDays(k))));

        /// <summary>A date a calendar interval after <paramref name="d"/> (12 months, 2 years, 30 months, one day
        /// either side), the same day, or a while later.</summary>
        public Gen<DateOnly> After(DateOnly d) => Pick(
            (3, from m in One(12, 24, 30) from j in Jitter select Clamp(d.AddMonths(m).AddDays(j))),
            (1, Gen.Constant(d)),
            (4, Gen.Choose(1, 500).Select(k => Clamp(d.AddDays(k)))),
            (2, Date.Select(a => a < d ? d : a)));
    }

    // ---------------------------------------------------------------- periods and options

    /// <summary>Whole years, years to date, single months, rolling years, two-year and arbitrary periods.</summary>
    public static Gen<IReadOnlyList<ReportingPeriod>> PeriodsFor(int y) =>
        from month in Gen.Choose(1, 12)
        from ytdMonth in Gen.Choose(4, 14)
        from rollingMonth in Gen.Choose(1, 12)
        from start in Gen.Choose(0, 500)
        from length in Gen.Choose(0, 400)
        select (IReadOnlyList<ReportingPeriod>)
        [
            ReportingPeriod.Year(y),
            ReportingPeriod.YearToDate(new DateOnly(y - 1 + (ytdMonth - 1) / 12, ((ytdMonth - 1) % 12) + 1, 1).AddMonths(1).AddDays(-1)),
            ReportingPeriod.Month(month >= 4 ? y - 1 : y, month),
            ReportingPeriod.TwelveMonthsEnding(new DateOnly(y, rollingMonth, 1).AddMonths(1).AddDays(-1)),
            new ReportingPeriod(new DateOnly(y - 2, 4, 1), new DateOnly(y, 3, 31)),
            new ReportingPeriod(new DateOnly(y - 2, 1, 1).AddDays(start), new DateOnly(y - 2, 1, 1).AddDays(start + length)),
        ];

    public static Gen<EvaluationOptions> Options =>
        from population in Pick((1, Gen.Constant<long?>(null)), (1, Gen.Constant<long?>(0)), (8, Gen.Choose(1_000, 200_000).Select(p => (long?)p)))
        from annualise in One(false, true)
        from measureFrom in One(MeasureFrom.AssessmentStart, MeasureFrom.Referral)
        from placementChange in One(PlacementChange.CarerChange, PlacementChange.AnyPlacementChange)
        from lookBack in One(24, 24, 12, 18, 30, 36)
        from ages in One<int[]>([19, 20, 21], [19, 20, 21], [17, 18], [17, 18, 19, 20, 21, 22, 23], [21])
        from extraHoliday in Pick((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new EvaluationOptions
        {
            Population = population,
            Annualise = annualise,
            AssessmentsMeasureFrom = measureFrom,
            PlacementChange = placementChange,
            RepeatPlanLookBackMonths = lookBack,
            CareLeaverAges = ages,
            // A user-supplied extra holiday: the reference counts working days from the calendar's own list.
            Calendar = extraHoliday ? WorkingDayCalendar.EnglandAndWales.WithAdditionalHolidays(new DateOnly(2014, 5, 6), new DateOnly(2021, 11, 5)) : WorkingDayCalendar.EnglandAndWales,
        };

    // ---------------------------------------------------------------- scenarios

    public static Gen<Case> Case(int maxChildren = 30, int optionSets = 2) =>
        from y in Pick((1, Gen.Choose(2004, 2019)), (1, Gen.Choose(2020, 2029)))
        from periods in PeriodsFor(y)
        from records in RecordsFor(new Context(y, periods), maxChildren)
        from options in Gen.ListOf(Options, optionSets)
        select new Case(new Scenario(y, records), periods, options.ToList());

    public static Gen<IReadOnlyList<object>> RecordsFor(Context ctx, int maxChildren) =>
        from count in Pick((4, Gen.Choose(1, 6)), (3, Gen.Choose(7, 15)), (2, Gen.Choose(16, maxChildren)))
        from lowerCaseTwin in Gen.ListOf(Pick((9, Gen.Constant(false)), (1, Gen.Constant(true))), count)
        from children in Gen.CollectToList(Enumerable.Range(1, count).Select(i =>
            ChildRecords(ctx, i > 1 && lowerCaseTwin[i - 1] ? $"c{i - 1:D2}" : $"C{i:D2}")))
        from workforce in Workforce(ctx)
        select (IReadOnlyList<object>)[.. children.SelectMany(c => c), .. workforce];

    // Ids are case-sensitive ("c03" is not "C03") and trimmed (" C03 " is "C03").
    private static Gen<string> Spelling(string id) => Pick((9, Gen.Constant(id)), (1, One(" " + id, id + " ", "\t" + id + " ")));

    private static Gen<List<T>> Several<T>(Gen<T> gen, params (int Weight, int Count)[] counts) =>
        Pick(counts.Select(c => (c.Weight, Gen.ListOf(gen, c.Count).Select(l => l.ToList()))).ToArray());

    public static Gen<List<object>> ChildRecords(Context ctx, string id) =>
        from dob in DateOfBirth(ctx)
        from header in Pick((2, Gen.Constant<Child?>(null)), (7, from s in Spelling(id) from d in Pick((1, Gen.Constant<DateOnly?>(null)), (6, Gen.Constant<DateOnly?>(dob))) select (Child?)new Child(s, d)))
        // Now and then a second header row for the same child, without a date of birth or with another one.
        from second in Pick((12, Gen.Constant<Child?>(null)), (1, from s in Spelling(id) from d in One<DateOnly?>(null, Clamp(dob.AddDays(1)), Clamp(dob.AddYears(-1))) select (Child?)new Child(s, d)))
        from referrals in Referrals(ctx, id)
        from assessments in Several(Assessment(ctx, id), (3, 0), (2, 1), (1, 2), (1, 3))
        from legacy in Several(Legacy(ctx, id), (4, 0), (2, 1), (1, 3))
        from s47 in Several(Section47(ctx, id), (3, 0), (2, 1), (1, 2))
        from plans in Plans(ctx, id)
        from contacts in Several(Contact(ctx, id), (3, 0), (2, 1), (1, 3))
        from episodes in Episodes(ctx, id)
        from reviews in Reviews(id, episodes)
        from careLeaver in CareLeaverRows(ctx, id, dob)
        select (List<object>)[.. new[] { header, second }.OfType<object>(), .. referrals, .. assessments, .. legacy, .. s47, .. plans, .. contacts, .. episodes, .. reviews, .. careLeaver];

    // A date of birth that makes the child 15-17 at a period end (the under-16 boundary), a care leaver of 16-24, a
    // younger child, or a 29 February birthday; never before 2000.
    private static Gen<DateOnly> DateOfBirth(Context ctx) =>
        from kind in Gen.Choose(0, 9)
        from p in Gen.Elements(ctx.Periods.ToArray())
        from j in Jitter
        from age in Gen.Choose(15, 17)
        from leaverAge in Gen.Choose(16, 24)
        from day in Gen.Choose(0, 400)
        from young in Gen.Choose(0, 14 * 365)
        select Clamp(kind switch
        {
            < 3 => p.End.AddYears(-age).AddDays(j),
            < 6 => new DateOnly(ctx.FocusYear - 1, 3, 1).AddDays(day).AddYears(-leaverAge),
            < 7 => LeapDay(ctx.FocusYear - leaverAge),
            _ => p.End.AddDays(-young),
        });

    private static DateOnly LeapDay(int year)
    {
        while (!DateTime.IsLeapYear(year))
        {
            year--;
        }

        return new DateOnly(year, 2, 29);
    }

    // ---------------------------------------------------------------- CIN census

    private static Gen<List<object>> Referrals(Context ctx, string id) =>
        from count in Pick((3, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)))
        from first in ctx.Date
        from rest in Chain(first, count - 1, ctx.After)
        from episodes in Gen.CollectToList(rest.Prepend(first).Take(count).Select(d => Referral(ctx, id, d)))
        select episodes.Cast<object>().ToList();

    private static Gen<List<DateOnly>> Chain(DateOnly first, int count, Func<DateOnly, Gen<DateOnly>> next)
    {
        if (count <= 0)
        {
            return Gen.Constant(new List<DateOnly>());
        }

        return from d in next(first)
               from rest in Chain(d, count - 1, next)
               select (List<DateOnly>)[d, .. rest];
    }

    private static Gen<CinEpisode> Referral(Context ctx, string id, DateOnly date) =>
        from s in Spelling(id)
        from closure in Pick(
            (3, Gen.Constant<DateOnly?>(null)),
            (4, Gen.Choose(0, 400).Select(k => (DateOnly?)Clamp(date.AddDays(k)))),
            (1, Gen.Choose(1, 30).Select(k => (DateOnly?)Clamp(date.AddDays(-k)))),
            (2, ctx.Date.Select(d => (DateOnly?)d)))
        from nfa in One<bool?>(null, true, false, false)
        select new CinEpisode(s, date, closure, ReferralNfa: nfa);

    private static Gen<Assessment> Assessment(Context ctx, string id) =>
        from s in Spelling(id)
        from start in ctx.Date
        from j in Jitter
        from auth in Pick(
            (1, Gen.Constant<DateOnly?>(null)),
            (3, Gen.Constant<DateOnly?>(Clamp(AddWorkingDays(start, 45).AddDays(j)))),
            (3, Gen.Choose(-10, 120).Select(k => (DateOnly?)Clamp(start.AddDays(k)))),
            (1, Gen.Constant<DateOnly?>(start)),
            (2, ctx.Date.Select(d => (DateOnly?)d)))
        from referral in Pick(
            (2, Gen.Constant<DateOnly?>(null)),
            (4, Gen.Choose(0, 60).Select(k => (DateOnly?)Clamp(start.AddDays(-k)))),
            (1, Gen.Choose(1, 10).Select(k => (DateOnly?)Clamp(start.AddDays(k)))),
            (2, Gen.Constant<DateOnly?>(auth is { } a ? Clamp(AddWorkingDays(a, -45).AddDays(j)) : null)))
        from assessmentId in Pick((4, Gen.Constant<string?>(null)), (1, Gen.Choose(1, 4).Select(n => (string?)$"A{n}")))
        select new Assessment(s, start, auth) { Id = assessmentId, ReferralDate = referral };

    private static Gen<LegacyAssessment> Legacy(Context ctx, string id) =>
        from s in Spelling(id)
        from kind in One(AssessmentKind.Initial, AssessmentKind.Initial, AssessmentKind.Core)
        from start in ctx.Date
        from j in Jitter
        from completion in Pick(
            (1, Gen.Constant<DateOnly?>(null)),
            (3, Gen.Constant<DateOnly?>(Clamp(AddWorkingDays(start, kind == AssessmentKind.Initial ? 10 : 35).AddDays(j)))),
            (3, Gen.Choose(-5, 80).Select(k => (DateOnly?)Clamp(start.AddDays(k)))),
            (1, ctx.Date.Select(d => (DateOnly?)d)))
        from seen in One<bool?>(null, true, false, true)
        from alone in One<bool?>(null, true, false, false)
        select new LegacyAssessment(s, kind, start, completion, seen, alone);

    private static Gen<Section47Enquiry> Section47(Context ctx, string id) =>
        from s in Spelling(id)
        from start in ctx.Date
        from j in Jitter
        from icpc in Pick(
            (2, Gen.Constant<DateOnly?>(null)),
            (3, Gen.Constant<DateOnly?>(Clamp(AddWorkingDays(start, 15).AddDays(j)))),
            (3, Gen.Choose(-5, 60).Select(k => (DateOnly?)Clamp(start.AddDays(k)))),
            (1, ctx.Date.Select(d => (DateOnly?)d)))
        from notRequired in One(false, false, false, true)
        select new Section47Enquiry(s, start, icpc, notRequired);

    private static Gen<List<object>> Plans(Context ctx, string id) =>
        from count in Pick((4, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)))
        from first in ctx.Date
        from plans in PlanChain(ctx, id, first, count, 1)
        select plans.Cast<object>().ToList();

    private static Gen<List<ChildProtectionPlan>> PlanChain(Context ctx, string id, DateOnly start, int count, int n)
    {
        if (count <= 0)
        {
            return Gen.Constant(new List<ChildProtectionPlan>());
        }

        return from s in Spelling(id)
               from j in Jitter
               from end in Pick(
                   (2, Gen.Constant<DateOnly?>(null)),
                   (4, Gen.Choose(0, 900).Select(k => (DateOnly?)Clamp(start.AddDays(k)))),
                   (2, Gen.Constant<DateOnly?>(Clamp(start.AddYears(2).AddDays(j)))),
                   (1, Gen.Choose(1, 20).Select(k => (DateOnly?)Clamp(start.AddDays(-k)))),
                   (1, ctx.Date.Select(d => (DateOnly?)d)))
               from previous in One<int?>(null, null, null, 0, 1, 2)
               from planId in Pick((4, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>($"P{n}")))
               let basis = end ?? start
               from next in Pick(
                   (2, Gen.Constant(basis)),
                   (3, from m in One(12, 18, 24, 30, 36) from k in Jitter select Clamp(basis.AddMonths(m).AddDays(k))),
                   (3, Gen.Choose(1, 800).Select(k => Clamp(basis.AddDays(k)))),
                   (1, Gen.Constant(start)),
                   (1, Gen.Choose(1, 300).Select(k => Clamp(start.AddDays(k)))))
               from rest in PlanChain(ctx, id, next, count - 1, n + 1)
               select (List<ChildProtectionPlan>)[new ChildProtectionPlan(s, start, end) { Id = planId, NumberOfPreviousPlans = previous }, .. rest];
    }

    private static Gen<Contact> Contact(Context ctx, string id) =>
        from s in Spelling(id)
        from date in ctx.Date
        from outcome in One(Enum.GetValues<ContactOutcome>())
        select new Contact(s, date, outcome);

    // ---------------------------------------------------------------- SSDA903 episodes

    private sealed record Carer(string Place, string? Urn, string? Postcode);

    private static Gen<Carer> NewCarer =>
        from place in One("U1", "U3", "U4", "U6", "R1", "K2", "P1", "H5", "A4", "A5")
        from urn in One(null, "", "XXXXXXX", "SC100001", "SC100002", "SC100003")
        from postcode in One(null, "", "AB1 2CD", "AB1 2CE", "WS1 1AA")
        select new Carer(place, urn, postcode);

    private static Gen<Carer> Temporary =>
        from place in One("T0", "T1", "T2", "T3", "T4")
        from urn in One(null, "XXXXXXX", "SC100009")
        from postcode in One(null, "WS2 2BB")
        select new Carer(place, urn, postcode);

    // The carer the child returns to after a temporary placement, spelt the same, recorded less, or different.
    private static Gen<Carer> Return(Carer c) => One(
        c,
        c,
        c with { Urn = null },
        c with { Urn = "XXXXXXX" },
        c with { Urn = c.Urn is null ? null : " " + c.Urn.ToLowerInvariant() },
        c with { Postcode = c.Postcode?.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() },
        c with { Postcode = "" },
        c with { Urn = "SC100004" },
        c with { Postcode = "ZZ9 9ZZ" },
        c with { Place = c.Place == "U1" ? "U4" : "U1" });

    private enum Step { LegalStatus, Carer, CarerAndLegalStatus, SameCarer, SameCarerAndLegalStatus, Temporary, Return, MidChainS, Blank }

    private sealed record Draft(DateOnly Start, string Rne, string Ls, Carer Carer);

    private static Gen<List<object>> Episodes(Context ctx, string id) =>
        from periods in Pick((4, Gen.Constant(0)), (5, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
        from start in ctx.Date
        from chains in PeriodsOfCare(ctx, id, start, periods)
        from shortBreaks in Several(ShortBreak(ctx, id), (6, 0), (1, 1), (1, 2))
        from withDuplicates in Duplicates(chains)
        select (List<object>)[.. withDuplicates, .. shortBreaks];

    // Statutory reviews of the child's first period of care, each some days before or after its due date (the first
    // on the 20th working day, the second 3 months after the first, later ones 6 months after the one before), so that
    // cla-reviews-on-time meets reviews on time, late, and missing.
    private static Gen<List<object>> Reviews(string id, List<object> episodes)
    {
        if (episodes.OfType<LookedAfterEpisode>().Select(e => (DateOnly?)e.Start).Min() is not { } start || start.AddDays(60) > MaxDate)
        {
            return Gen.Constant(new List<object>());
        }

        return from count in Pick((2, Gen.Constant(0)), (3, Gen.Choose(1, 3)), (2, Gen.Choose(4, 8)))
               from slips in Gen.ListOf(Pick((4, Gen.Choose(-20, 0)), (1, Gen.Choose(1, 10))), count)
               select ReviewDates(id, start, [.. slips]);
    }

    private static List<object> ReviewDates(string id, DateOnly start, int[] slips)
    {
        var reviews = new List<object>();
        var due = AddWorkingDays(start, 20);
        for (var k = 0; k < slips.Length && due.AddDays(slips[k]) <= MaxDate; k++)
        {
            var held = due.AddDays(slips[k]);
            reviews.Add(new Review(id, null, held < start ? start : held));
            due = held.AddMonths(k == 0 ? 3 : 6);
        }

        return reviews;
    }

    private static Gen<List<LookedAfterEpisode>> PeriodsOfCare(Context ctx, string id, DateOnly start, int count)
    {
        if (count <= 0)
        {
            return Gen.Constant(new List<LookedAfterEpisode>());
        }

        return from episodes in PeriodOfCare(ctx, id, start)
               let last = episodes[^1]
               from overlapAnyway in Pick((19, Gen.Constant(false)), (1, Gen.Constant(true)))
               from gap in Pick((2, Gen.Constant(0)), (3, Gen.Choose(1, 400)), (1, Gen.Choose(-30, -1)))
               let next = Clamp((last.End ?? last.Start).AddDays(gap))
               from rest in last.End is null && !overlapAnyway ? Gen.Constant(new List<LookedAfterEpisode>()) : PeriodsOfCare(ctx, id, next, count - 1)
               select (List<LookedAfterEpisode>)[.. episodes, .. rest];
    }

    private static Gen<List<LookedAfterEpisode>> PeriodOfCare(Context ctx, string id, DateOnly start) =>
        from count in Pick((3, Gen.Constant(1)), (3, Gen.Choose(2, 3)), (2, Gen.Choose(4, 6)))
        from firstRne in Pick((12, Gen.Constant("S")), (1, One("P", "L", "", "T")))
        from ls in One("C2", "C1", "E1", "J2", "D1", "V2")
        from carer in Pick((12, NewCarer), (1, Temporary))
        from drafts in Drafts(ctx, new Draft(start, firstRne, ls, carer), count - 1, carer)
        from ends in LastEnd(ctx, drafts[^1].Start)
        from gaps in Gen.ListOf(Pick((18, Gen.Constant(0)), (1, Gen.Choose(1, 30)), (1, Gen.Constant(-1))), drafts.Count)
        from recs in Gen.ListOf(Pick((18, Gen.Constant("X1")), (1, One("E2", "E4A", "", "x1 "))), drafts.Count)
        from spellings in Gen.ListOf(Spelling(id), drafts.Count)
        select Build(drafts, ends, gaps.ToList(), recs.ToList(), spellings.ToList());

    // Joins the drafts into episodes: each ends (normally with X1) on the next one's start; now and then an X1 is
    // followed by a gap, or another REC breaks the chain on the same day.
    private static List<LookedAfterEpisode> Build(List<Draft> drafts, (DateOnly? End, string Rec) last, List<int> gaps, List<string> recs, List<string> spellings)
    {
        var result = new List<LookedAfterEpisode>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var (end, rec) = i + 1 < drafts.Count
                ? (Clamp(drafts[i + 1].Start.AddDays(-gaps[i])), recs[i])
                : (last.End is { } e && e < d.Start && gaps[i] == 0 ? d.Start : last.End, last.Rec);
            // Codes are compared trimmed and without regard to case (1.5): spell some of them loosely.
            var loose = (spellings[i].Length + i + d.Start.Day) % 11 == 0;
            result.Add(new LookedAfterEpisode(spellings[i], d.Start, loose ? d.Rne.ToLowerInvariant() + " " : d.Rne, d.Ls, loose ? " " + d.Carer.Place.ToLowerInvariant() : d.Carer.Place, end, end is null ? "" : rec)
            {
                Urn = d.Carer.Urn,
                PlacementPostcode = d.Carer.Postcode,
            });
        }

        return result;
    }

    private static Gen<(DateOnly? End, string Rec)> LastEnd(Context ctx, DateOnly start) =>
        from end in Pick(
            (4, Gen.Constant<DateOnly?>(null)),
            (4, Gen.Choose(0, 700).Select(k => (DateOnly?)Clamp(start.AddDays(k)))),
            (2, ctx.Date.Select(d => (DateOnly?)(d < start ? start : d))))
        from rec in Pick((3, One("E11", "E12", "e11")), (4, One("E2", "E4A", "E13", "E8", "E41")), (1, One("X1", "")))
        select (end, rec);

    private static Gen<List<Draft>> Drafts(Context ctx, Draft first, int more, Carer before)
    {
        if (more <= 0)
        {
            return Gen.Constant(new List<Draft> { first });
        }

        var temporary = first.Carer.Place.StartsWith('T');
        return from step in Pick(
                   (3, Gen.Constant(Step.LegalStatus)), (4, Gen.Constant(Step.Carer)), (2, Gen.Constant(Step.CarerAndLegalStatus)),
                   (2, Gen.Constant(Step.SameCarer)), (1, Gen.Constant(Step.SameCarerAndLegalStatus)),
                   (2, Gen.Constant(Step.Temporary)), (temporary ? 8 : 0, Gen.Constant(Step.Return)),
                   (1, Gen.Constant(Step.MidChainS)), (1, Gen.Constant(Step.Blank)))
               from ls in One("C2", "C1", "E1", "J2", "D1", "V2")
               from carer in NewCarer
               from temp in Temporary
               from back in Return(before)
               from adoptivePlace in One("A3", "A4", "A5", "A6")
               from start in Pick(
                   (5, Gen.Choose(1, 400).Select(k => first.Start.AddDays(k))),
                   (1, Gen.Constant(first.Start)),
                   (2, from m in One(24, 30) from j in Jitter select first.Start.AddMonths(m).AddDays(j)),
                   (2, ctx.Date.Select(d => d < first.Start ? first.Start : d)))
               let next = step switch
               {
                   Step.LegalStatus => first with { Rne = "L", Ls = ls },
                   Step.Carer => first with { Rne = "P", Carer = carer },
                   Step.CarerAndLegalStatus => first with { Rne = "B", Ls = ls, Carer = carer },
                   // A change of placement with the same carer: placed for adoption with the foster carer.
                   Step.SameCarer => first with { Rne = "T", Carer = before with { Place = adoptivePlace } },
                   Step.SameCarerAndLegalStatus => first with { Rne = "U", Ls = ls, Carer = before with { Place = adoptivePlace } },
                   Step.Temporary => first with { Rne = "P", Carer = temp },
                   Step.Return => first with { Rne = ls == "C2" ? "B" : "P", Carer = back },
                   Step.MidChainS => first with { Rne = "S" },
                   _ => first with { Rne = "" },
               }
               let draft = next with { Start = Clamp(start) }
               from rest in Drafts(ctx, draft, more - 1, draft.Carer.Place.StartsWith('T') ? before : draft.Carer)
               select (List<Draft>)[first, .. rest];
    }

    // An agreed series of short-term breaks (V3/V4): ignored entirely by every looked-after indicator.
    private static Gen<object> ShortBreak(Context ctx, string id) =>
        from s in Spelling(id)
        from start in ctx.Date
        from ls in One("V3", "V4", "v3")
        from end in Pick((1, Gen.Constant<DateOnly?>(null)), (3, Gen.Choose(0, 4).Select(k => (DateOnly?)Clamp(start.AddDays(k)))))
        from rec in One("E13", "X1", "E11")
        from place in One("U1", "H5", "T1")
        select (object)new LookedAfterEpisode(s, start, "S", ls, place, end, end is null ? "" : rec);

    // Same-day duplicates: an exact copy of an episode, an empty span [d, d) joined by X1 before it, or a short break
    // starting the same day.
    private static Gen<List<object>> Duplicates(List<LookedAfterEpisode> episodes)
    {
        if (episodes.Count == 0)
        {
            return Gen.Constant(new List<object>());
        }

        return from kind in Pick((14, Gen.Constant(0)), (1, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
               from i in Gen.Choose(0, episodes.Count - 1)
               from rne in One("P", "L", "B", "T")
               let e = episodes[i]
               select kind switch
               {
                   1 => episodes.Append(e).Cast<object>().ToList(),
                   2 => episodes.Take(i)
                       .Append(e with { ReasonForNewEpisode = i == 0 ? "S" : rne, End = e.Start, ReasonEnded = "X1" })
                       .Concat(episodes.Skip(i)).Cast<object>().ToList(),
                   // A short break (ignored entirely) starting on the very day a chain joins.
                   3 => episodes.Append(e with { LegalStatus = "V3", ReasonForNewEpisode = "S", End = e.Start.AddDays(2), ReasonEnded = "E13" }).Cast<object>().ToList(),
                   _ => episodes.Cast<object>().ToList(),
               };
    }

    // ---------------------------------------------------------------- care leavers

    // OC3 rows of a young person whose birthday in the focus year makes them 16-24; codes in any case, blank,
    // unknown and invalid; the OC3 DOB sometimes missing (the header's is then used).
    private static Gen<List<object>> CareLeaverRows(Context ctx, string id, DateOnly dob)
    {
        var age = ctx.FocusYear - dob.Year;
        if (age is < 16 or > 25)
        {
            return Gen.Constant(new List<object>());
        }

        var row =
            from s in Spelling(id)
            from rowDob in Pick((1, Gen.Constant<DateOnly?>(null)), (5, Gen.Constant<DateOnly?>(dob)))
            from inTouch in One("YES", "yes", "NO", "DIED", "RHOM", "rhom ", "REFU", "NREQ", "", "MAYBE")
            from activity in One("F1", "p2", "F3", "P5", "F4", "G4", "G6", "0", "", "X9")
            from accommodation in One("B1", "c2", "S1", "S2", "X2", "X1", "Z1", " t1 ", "0", "", "A1", "H1")
            from year in One<int?>(null, null, ctx.FocusYear, ctx.FocusYear, ctx.FocusYear - 1, ctx.FocusYear + 1)
            select (object)new CareLeaverOutcome(s, rowDob, inTouch, activity, accommodation) { CollectionYear = year };
        return Several(row, (3, 0), (4, 1), (2, 2));
    }

    // ---------------------------------------------------------------- workforce

    private static Gen<List<object>> Workforce(Context ctx) =>
        from snapshotDates in Several(ctx.Date, (2, 0), (2, 1), (1, 3))
        from filled in Gen.ListOf(Gen.Choose(0, 60), snapshotDates.Count)
        from agencyShare in Gen.ListOf(Gen.Choose(0, 100), snapshotDates.Count)
        from months in Several(from p in Gen.Elements(ctx.Periods.ToArray())
                               from m in Gen.Choose(0, 11)
                               from back in One(0, 0, -12, -1, 12)
                               let first = new DateOnly(p.Start.Year, p.Start.Month, 1).AddMonths(m + back)
                               select first, (2, 0), (2, 3), (2, 8))
        from fte in Gen.ListOf(Gen.Choose(0, 80), months.Count)
        from days in Gen.ListOf(Gen.Choose(0, 120), months.Count)
        from wholeMonth in Gen.ListOf(One(true, true, true, false), months.Count)
        select (List<object>)
        [
            .. snapshotDates.Distinct().Select((d, i) => (object)new WorkforceSnapshot(d, filled[i] / 2m, filled[i] / 2m * agencyShare[i] / 100m)),
            .. months.Distinct().Select((m, i) => (object)new SicknessAbsence(Clamp(m), Clamp(wholeMonth[i] ? m.AddMonths(1).AddDays(-1) : m.AddDays(40)), fte[i] / 2m, days[i] / 4m)),
        ];
}
