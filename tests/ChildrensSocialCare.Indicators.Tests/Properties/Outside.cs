using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// Records that lie wholly outside what a period can see: every date after the period's end, or every date before
/// its look-back window. They are added to children already in the data and to a new child.
/// </summary>
public static class Outside
{
    private static readonly string[] Rne = ["S", "P", "L", "T", "B", "U"];
    private static readonly string[] Place = ["U1", "U4", "R1", "T1", "A4"];
    private static readonly string[] Rec = ["X1", "E11", "E2", "E13", ""];

    private static string ChildFor(Random random, IReadOnlyList<string> children) =>
        children.Count == 0 || random.Next(4) == 0 ? "NEW" : children[random.Next(children.Count)];

    private static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>Up to a dozen records of every kind dated wholly after <paramref name="period"/>'s end.</summary>
    public static List<object> AfterPeriod(IReadOnlyList<object> records, ReportingPeriod period, int seed)
    {
        var random = new Random(seed);
        var children = records.Select(Scenario.ChildOf).OfType<string>().Distinct().ToList();
        var first = period.End.AddDays(1);
        var last = Generators.MaxDate.AddDays(-100);
        var result = new List<object>();
        if (first > last)
        {
            return result;
        }

        DateOnly Date() => Between(random, first, last);
        DateOnly? Maybe(DateOnly after) => random.Next(3) == 0 ? null : after.AddDays(random.Next(90));
        var snapshotDates = records.OfType<WorkforceSnapshot>().Select(w => w.Date).ToHashSet();
        for (var i = random.Next(1, 13); i > 0; i--)
        {
            var child = ChildFor(random, children);
            var d = Date();
            result.Add(random.Next(9) switch
            {
                0 => new CinEpisode(child, d, Maybe(d), ReferralNfa: random.Next(2) == 0),
                1 => new Assessment(child, d, Maybe(d)) { ReferralDate = d },
                2 => new LegacyAssessment(child, random.Next(2) == 0 ? AssessmentKind.Initial : AssessmentKind.Core, d, Maybe(d), true, false),
                3 => new Section47Enquiry(child, d, Maybe(d)),
                4 => new ChildProtectionPlan(child, d, Maybe(d)),
                5 => new Contact(child, d, ContactOutcome.EarlyHelp),
                6 when !snapshotDates.Contains(d) => new WorkforceSnapshot(d, 10, 9),
                7 => new SicknessAbsence(d, d.AddDays(30), 3, 40),
                _ => Episode(random, child, d),
            });
        }

        return result;
    }

    /// <summary>
    /// Up to a dozen records dated wholly before what <paramref name="period"/> can look back to: referrals more than
    /// 12 months before its start and closed before it; assessments, enquiries, contacts and plans over before it
    /// starts; sickness more than a year before it; and episodes that end before it starts and before the child's
    /// first episode (so that no X1 can join them to an episode already there).
    /// </summary>
    public static List<object> BeforeWindow(IReadOnlyList<object> records, ReportingPeriod period, int seed)
    {
        var random = new Random(seed);
        var children = records.Select(Scenario.ChildOf).OfType<string>().Distinct().ToList();
        var firstEpisode = records.OfType<LookedAfterEpisode>()
            .GroupBy(e => e.ChildId.Trim())
            .ToDictionary(g => g.Key, g => g.Min(e => e.Start));
        var result = new List<object>();
        var earliest = Generators.MinDate.AddDays(100);
        var cutoff = period.Start.AddMonths(-12).AddDays(-1);
        if (cutoff.AddYears(-1) <= earliest)
        {
            return result;
        }

        DateOnly Before(DateOnly limit) => Between(random, earliest, limit);
        for (var i = random.Next(1, 13); i > 0; i--)
        {
            var child = ChildFor(random, children);
            var d = Before(cutoff);
            var end = Between(random, d, period.Start.AddDays(-1));
            var episodeLimit = firstEpisode.TryGetValue(child, out var f) && f <= period.Start ? f.AddDays(-1) : period.Start.AddDays(-1);
            object? record = random.Next(9) switch
            {
                0 => new CinEpisode(child, d, end, ReferralNfa: true),
                1 => new Assessment(child, d, end) { ReferralDate = d },
                2 => new LegacyAssessment(child, AssessmentKind.Initial, d, end, true, true),
                3 => new Section47Enquiry(child, d, end),
                4 => new ChildProtectionPlan(child, d, end),
                5 => new Contact(child, d, ContactOutcome.Referral),
                6 => new SicknessAbsence(d, Between(random, d, period.Start.AddYears(-1).AddDays(-1)), 2, 30),
                7 when episodeLimit > earliest.AddDays(10) => Episode(random, child, Before(episodeLimit), episodeLimit),
                _ => null,
            };
            if (record is SicknessAbsence s && s.End < s.Start)
            {
                record = null;
            }

            if (record is not null)
            {
                result.Add(record);
            }
        }

        return result;
    }

    private static LookedAfterEpisode Episode(Random random, string child, DateOnly start, DateOnly? endLimit = null)
    {
        var end = endLimit is { } limit ? Between(random, start, limit) : random.Next(3) == 0 ? (DateOnly?)null : start.AddDays(random.Next(400));
        return new LookedAfterEpisode(child, start, Rne[random.Next(Rne.Length)], random.Next(5) == 0 ? "V3" : "C2",
            Place[random.Next(Place.Length)], end, end is null ? "" : Rec[random.Next(Rec.Length)]);
    }
}
