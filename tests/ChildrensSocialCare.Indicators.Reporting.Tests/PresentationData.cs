using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// A tiny data set built by hand, with every figure the presentation tests rely on worked out below. Synthetic data:
// the children are invented. One child's id is hostile markup, as an id read from a file could be.
internal static class PresentationData
{
    public const string Hostile = "<script>alert('x')</script>&";

    // Reporting year 2013-14: 1 April 2013 to 31 March 2014.
    public static readonly ReportingPeriod Year = ReportingPeriod.Year(2014);

    // The population makes every rate per 10,000 equal to its count (count / 10,000 x 10,000).
    public static readonly EvaluationOptions Options = EvaluationOptions.Default.WithPopulation(10_000);

    // Month ends April 2013 to March 2014.
    public static readonly IReadOnlyList<ReportingPeriod> Months = ReportingPeriod.Consecutive(new DateOnly(2013, 4, 1), 12, PeriodLength.Month);

    // Referrals in 2013-14: A 2013-05-10, B 2013-07-01 (NFA), C 2013-09-15, Hostile 2013-10-01 and 2014-01-10 = 5.
    // Re-referrals: A's (previous 2012-06-01, within 12 months) and Hostile's second = 2. 2 / 5 = 40.0%.
    //
    // Assessments authorised in 2013-14 (working days from start to authorisation, England and Wales calendar):
    // A 2013-05-13..2013-06-20 = 28, B 2013-07-02..2013-10-30 = 86, C 2013-09-16..2013-10-01 = 12,
    // Hostile 2013-10-02..2013-11-01 = 23; within 45: A, C, Hostile = 3 of 4 = 75.0%.
    // D was authorised 2013-11-20, before its start 2013-12-01: excluded as an invalid record.
    //
    // Looked after at each month end (episodes [start, end)): L1 from 2012-01-01; L2 2013-06-01 to 2013-12-15;
    // L3 from 2013-09-01; L4 from 2014-02-01. Counts April..March: 1 1 2 2 2 3 3 3 2 2 3 3.
    public static DataSet Create()
    {
        var r = new RecordSet { CollectionYear = 2014 };
        foreach (var id in new[] { "A", "B", "C", "D", Hostile, "L1", "L2", "L3", "L4" })
        {
            r.Children.Add(new Child(id, new DateOnly(2006, 3, 1)));
        }

        r.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2012, 6, 1), new DateOnly(2012, 9, 1), "RC8"));
        r.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2013, 5, 10)));
        r.CinEpisodes.Add(new CinEpisode("B", new DateOnly(2013, 7, 1), new DateOnly(2013, 7, 5), "RC8", ReferralNfa: true));
        r.CinEpisodes.Add(new CinEpisode("C", new DateOnly(2013, 9, 15)));
        r.CinEpisodes.Add(new CinEpisode(Hostile, new DateOnly(2013, 10, 1), new DateOnly(2013, 12, 1), "RC8"));
        r.CinEpisodes.Add(new CinEpisode(Hostile, new DateOnly(2014, 1, 10)));

        r.Assessments.Add(new Assessment("A", new DateOnly(2013, 5, 13), new DateOnly(2013, 6, 20)));
        r.Assessments.Add(new Assessment("B", new DateOnly(2013, 7, 2), new DateOnly(2013, 10, 30)));
        r.Assessments.Add(new Assessment("C", new DateOnly(2013, 9, 16), new DateOnly(2013, 10, 1)));
        r.Assessments.Add(new Assessment(Hostile, new DateOnly(2013, 10, 2), new DateOnly(2013, 11, 1)));
        r.Assessments.Add(new Assessment("D", new DateOnly(2013, 12, 1), new DateOnly(2013, 11, 20)));

        r.Episodes.Add(new LookedAfterEpisode("L1", new DateOnly(2012, 1, 1), "S", "C2", "U1"));
        r.Episodes.Add(new LookedAfterEpisode("L2", new DateOnly(2013, 6, 1), "S", "V2", "U3", new DateOnly(2013, 12, 15), "E13"));
        r.Episodes.Add(new LookedAfterEpisode("L3", new DateOnly(2013, 9, 1), "S", "C2", "U1"));
        r.Episodes.Add(new LookedAfterEpisode("L4", new DateOnly(2014, 2, 1), "S", "C1", "U4"));
        return DataSet.Create(r);
    }

    public static Scorecard Scorecard(EvaluationOptions? options = null) => Create().Scorecard(Year, options ?? Options);

    // England's 2013-14 re-referral rate, 23.4% (SOURCES-AND-FIGURES.md section 5.1, S19 citing DfE). The other
    // comparators are invented for the tests.
    public static readonly Comparator EnglandReReferrals = new("re-referrals-12m", "England", ComparatorKind.England, 23.4m, "DfE CIN 2013-14 (via S19)", "2013-14");

    public static readonly Comparator NeighboursAssessments = new("assessments-45wd", "Statistical neighbours", ComparatorKind.StatisticalNeighbours, 60.0m, "invented for tests", "2013-14");

    public static readonly Comparator NeighboursNfa = new("referrals-nfa", "Statistical neighbours", ComparatorKind.StatisticalNeighbours, 10.0m, "invented for tests", "2013-14");
}
