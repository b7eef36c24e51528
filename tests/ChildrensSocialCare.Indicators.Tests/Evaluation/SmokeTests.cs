using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Evaluation;

public class SmokeTests
{
    [Fact]
    public void A_scorecard_evaluates_every_catalogue_indicator()
    {
        var records = new RecordSet { CollectionYear = 2014 };
        records.Children.Add(new Child("A", new DateOnly(2005, 6, 1), "1"));
        records.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2013, 5, 10)));
        records.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2014, 5, 10)));
        records.Episodes.Add(new LookedAfterEpisode("A", new DateOnly(2011, 1, 1), "S", "C2", "U1"));

        var data = DataSet.Create(records);
        var card = data.Scorecard(ReportingPeriod.Year(2015), EvaluationOptions.Default.WithPopulation(10_000));

        Assert.Equal(Catalogue.All.Count, card.Count);
        // 2014-05-10 is exactly 12 months after 2013-05-10: a re-referral (the boundary is inclusive).
        Assert.Equal(1m, card["re-referrals-12m"].Numerator);
        Assert.Equal(1m, card["re-referrals-12m"].Denominator);
        // One child looked after at 31 March 2015 in a population of 10,000: 1 per 10,000.
        Assert.Equal(1m, card["cla-rate"].Value);
    }
}
