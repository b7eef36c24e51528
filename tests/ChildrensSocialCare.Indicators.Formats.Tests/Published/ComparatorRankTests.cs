using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// Rank and quartile on the comparators of a scorecard (spec section 6), worked by hand on a small file in the
// published C1 layout written for the tests (Fixtures/published-made-up: every figure and authority invented).
public class ComparatorRankTests
{
    private static PublishedStatistics MadeUp() =>
        PublishedCsv.ReadFolder(Fixture.Path("published-made-up"));

    // A hand-built authority for 2024-25: four referrals (A 2024-05-10, B 2024-07-01, C 2024-09-15, D 2024-10-01), of
    // which A's follows A's earlier referral of 2023-06-01 within 12 months: 1 re-referral of 4 = 25.0%.
    private static Scorecard OurScorecard()
    {
        var r = new RecordSet { CollectionYear = 2025 };
        foreach (var id in new[] { "A", "B", "C", "D" })
        {
            r.Children.Add(new Child(id, new DateOnly(2015, 3, 1)));
        }

        r.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2023, 6, 1), new DateOnly(2023, 9, 1), "RC8"));
        r.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2024, 5, 10)));
        r.CinEpisodes.Add(new CinEpisode("B", new DateOnly(2024, 7, 1)));
        r.CinEpisodes.Add(new CinEpisode("C", new DateOnly(2024, 9, 15)));
        r.CinEpisodes.Add(new CinEpisode("D", new DateOnly(2024, 10, 1)));
        return DataSet.Create(r).Scorecard(["re-referrals-12m"], ReportingPeriod.Year(2025), EvaluationOptions.Default);
    }

    [Fact]
    public void The_England_comparator_carries_the_results_rank_and_quartile_among_every_authority()
    {
        var published = MadeUp();
        var card = OurScorecard();
        Assert.Equal(25.0m, card["re-referrals-12m"].Value);

        var comparators = published.Comparators(card, "905");

        // Published rereferral_percent of 2025: 901 10.0, 902 20.0, 903 25.0, 904 30.0, 905 40.0, 906 35.0, 907 c.
        // 905 is us: our 25.0 takes the place of its 40.0, and 907's c is left out, so six values are ranked:
        // 10, 20, 25, 25 (ours), 30, 35. Lower is better: two are better (10, 20), so our rank is 3 of 6, shared with
        // 903. Type-7 quartiles, h = (6 - 1)p: Q1 at h = 1.25 is 20 + 0.25 x (25 - 20) = 21.25; Q2 at 2.5 is 25;
        // Q3 at 3.75 is 25 + 0.75 x (30 - 25) = 28.75. 25 is above Q1 and not above Q2: quartile 2.
        var england = Assert.Single(comparators, c => c.Kind == ComparatorKind.England && c.IndicatorId == "re-referrals-12m");
        Assert.Equal(20.0m, england.Value);
        Assert.Equal((3, 6, 2), (england.Rank, england.Of, england.Quartile));

        // The region's comparator (21.0) is ranked by no one: null.
        var region = Assert.Single(comparators, c => c.Kind == ComparatorKind.Region && c.IndicatorId == "re-referrals-12m");
        Assert.Equal(21.0m, region.Value);
        Assert.Null(region.Rank);

        // By its new code, the same.
        var byNewCode = published.Comparators(card, "E06099905").Single(c => c.Kind == ComparatorKind.England && c.IndicatorId == "re-referrals-12m");
        Assert.Equal(3, byNewCode.Rank);
    }

    [Fact]
    public void Compared_as_another_authority_the_result_takes_that_authority_s_place()
    {
        // Compared as 901 (10.0), whose row our 25.0 replaces: 20, 25, 25 (ours), 30, 35, 40 — rank 2 of 6. Quartiles,
        // h = 5p: Q1 = 25 + 0.25 x 0 = 25, so 25 <= Q1: quartile 1.
        var england = MadeUp().Comparators(OurScorecard(), "901").Single(c => c.Kind == ComparatorKind.England && c.IndicatorId == "re-referrals-12m");
        Assert.Equal((2, 6, 1), (england.Rank, england.Of, england.Quartile));
    }
}
