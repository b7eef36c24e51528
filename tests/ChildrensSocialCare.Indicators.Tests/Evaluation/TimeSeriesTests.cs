using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Evaluation;

public class TimeSeriesTests
{
    [Fact]
    public void Monthly_looked_after_numbers_follow_the_episodes()
    {
        // A: looked after from 10 April 2014 (open). B: 1 May to 15 July 2014 (not looked after on 15 July, the
        // day the episode ceased). C: a short break (V3) in June, ignored.
        var r = new RecordSet { CollectionYear = 2015 };
        r.Episodes.Add(new LookedAfterEpisode("A", new DateOnly(2014, 4, 10), "S", "C2", "U1"));
        r.Episodes.Add(new LookedAfterEpisode("B", new DateOnly(2014, 5, 1), "S", "V2", "U1", new DateOnly(2014, 7, 15), "E13"));
        r.Episodes.Add(new LookedAfterEpisode("C", new DateOnly(2014, 6, 5), "S", "V3", "U1", new DateOnly(2014, 6, 7), "E4A"));
        var months = ReportingPeriod.Consecutive(new DateOnly(2014, 3, 1), 6, PeriodLength.Month);

        var series = DataSet.Create(r).Series("cla-rate", months);

        Assert.Equal(months, series.Periods);
        // Month ends: 31 Mar none; 30 Apr A; 31 May A, B; 30 Jun A, B; 31 Jul A; 31 Aug A.
        Assert.Equal([0m, 1m, 2m, 2m, 1m, 1m], series.Select(p => p.Numerator));
        // Without a population the rate is not available, but the count is kept for charts.
        Assert.All(series, p => Assert.False(p.IsAvailable));
    }

    [Fact]
    public void A_series_over_rolling_years_gives_each_point_its_own_period()
    {
        var r = new RecordSet();
        r.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2014, 1, 15)));
        r.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2014, 11, 20)));
        var periods = new[] { new DateOnly(2014, 10, 31), new DateOnly(2014, 11, 30) }.Select(ReportingPeriod.TwelveMonthsEnding).ToList();

        var series = DataSet.Create(r).Series("re-referrals-12m", periods);

        // To 31 Oct 2014: one referral (15 Jan), not a re-referral: 0 / 1. To 30 Nov 2014: 20 Nov is within 12 months
        // of 15 Jan: 1 / 2.
        Assert.Equal([(0m, 1m), (1m, 2m)], series.Select(p => (p.Numerator, p.Denominator)));
        Assert.Equal(periods, series.Select(p => p.Period));
    }

    [Fact]
    public void An_unknown_indicator_id_names_the_ids_there_are()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => DataSet.Create(new RecordSet()).Series("cla-count", [ReportingPeriod.Year(2015)]));

        Assert.Contains("cla-rate", e.Message, StringComparison.Ordinal);
    }
}
