using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Evaluation;

public class ComparatorTests
{
    // Three referrals in 2014-15, one a re-referral (B: 2014-05-01 then 2014-09-01): 1 / 3 = 33.3%.
    private static DataSet Data()
    {
        var r = new RecordSet { CollectionYear = 2015 };
        r.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2014, 6, 1)));
        r.CinEpisodes.Add(new CinEpisode("B", new DateOnly(2014, 5, 1)));
        r.CinEpisodes.Add(new CinEpisode("B", new DateOnly(2014, 9, 1)));
        return DataSet.Create(r);
    }

    private static IndicatorResult ReReferrals(params Comparator[] comparators) =>
        Data().Evaluate("re-referrals-12m", ReportingPeriod.Year(2015)).WithComparators(comparators);

    [Fact]
    public void Lower_is_better_for_re_referrals_so_a_higher_comparator_is_beaten()
    {
        var england = new Comparator("re-referrals-12m", "England", ComparatorKind.England, 34.0m, "test", "2014-15");

        var comparison = Assert.Single(ReReferrals(england).Comparisons);

        // 33.333...% against 34.0%: lower, and lower is better.
        Assert.Equal(Judgement.Better, comparison.Judgement);
        Assert.Equal(100m / 3m - 34.0m, comparison.Difference);
    }

    [Fact]
    public void A_comparator_that_differs_only_beyond_the_published_precision_is_the_same()
    {
        // 33.333...% shows as 33.3 at one decimal place, as does 33.26.
        var comparison = Assert.Single(ReReferrals(new Comparator("re-referrals-12m", "Region", ComparatorKind.Region, 33.26m, "test", "2014-15")).Comparisons);

        Assert.Equal(Judgement.Same, comparison.Judgement);
    }

    [Fact]
    public void Higher_is_better_for_timeliness()
    {
        var r = new RecordSet();
        r.Assessments.Add(new Assessment("A", new DateOnly(2014, 6, 2), new DateOnly(2014, 6, 3)));
        var result = DataSet.Create(r).Evaluate("assessments-45wd", ReportingPeriod.Year(2015))
            .WithComparators([new Comparator("assessments-45wd", "England", ComparatorKind.England, 85.7m, "DfE C2", "2024-25")]);

        // 100% within 45 working days against 85.7%: higher, and higher is better.
        Assert.Equal(Judgement.Better, Assert.Single(result.Comparisons).Judgement);
    }

    [Fact]
    public void Context_indicators_are_not_judged_and_comparators_of_other_indicators_are_ignored()
    {
        var result = Data().Evaluate("referrals-rate", ReportingPeriod.Year(2015), new EvaluationOptions { Population = 30_000 })
            .WithComparators(
            [
                new Comparator("referrals-rate", "England", ComparatorKind.England, 573m, "test", "2013-14"),
                new Comparator("cla-rate", "England", ComparatorKind.England, 60m, "test", "2014-15"),
            ]);

        var comparison = Assert.Single(result.Comparisons);
        Assert.Equal(Judgement.NotJudged, comparison.Judgement);
        // 3 referrals / 30,000 x 10,000 = 1.0 per 10,000; 1.0 - 573 = -572.
        Assert.Equal(-572m, comparison.Difference);
    }

    [Fact]
    public void A_result_without_a_value_is_not_judged()
    {
        var result = DataSet.Create(new RecordSet()).Evaluate("re-referrals-12m", ReportingPeriod.Year(2015))
            .WithComparators([new Comparator("re-referrals-12m", "England", ComparatorKind.England, 22m, "test", "2014-15")]);

        var comparison = Assert.Single(result.Comparisons);
        Assert.Null(comparison.Difference);
        Assert.Equal(Judgement.NotJudged, comparison.Judgement);
    }

    [Fact]
    public void A_scorecard_sets_each_result_beside_its_own_comparators()
    {
        var card = Data().Scorecard(["re-referrals-12m", "referrals-nfa"], ReportingPeriod.Year(2015))
            .WithComparators([new Comparator("referrals-nfa", "England", ComparatorKind.England, 6.5m, "DfE C1", "2024-25")]);

        Assert.Empty(card["re-referrals-12m"].Comparisons);
        // No NFA referrals: 0.0% against 6.5%; NFA is a context indicator, so no judgement.
        Assert.Equal(Judgement.NotJudged, Assert.Single(card["referrals-nfa"].Comparisons).Judgement);
    }

    [Fact]
    public void Comparators_are_read_from_json_with_their_kind_source_and_year()
    {
        var comparators = Comparator.ReadJson("""
            [
              // a comment is allowed
              { "indicatorId": "cla-rate", "name": "England", "kind": "england", "value": 70, "source": "DfE CLA 2024", "year": "2023-24" },
              { "indicatorId": "cla-rate", "name": "Statistical neighbours", "kind": "statistical-neighbours", "value": 82.5, "source": "LAIT", "year": "2023-24" },
              { "indicatorId": "cla-rate", "name": "Target", "value": 75 },
            ]
            """);

        Assert.Equal(
            [
                new Comparator("cla-rate", "England", ComparatorKind.England, 70m, "DfE CLA 2024", "2023-24"),
                new Comparator("cla-rate", "Statistical neighbours", ComparatorKind.StatisticalNeighbours, 82.5m, "LAIT", "2023-24"),
                new Comparator("cla-rate", "Target", ComparatorKind.Other, 75m, "", ""),
            ],
            comparators);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""[ { "name": "England", "value": 1 } ]""")]
    [InlineData("""[ { "indicatorId": "cla-rate", "name": "England" } ]""")]
    [InlineData("""[ { "indicatorId": "cla-rate", "name": "England", "kind": "planet", "value": 1 } ]""")]
    [InlineData("""[ { "indicatorId": "cla-rate", "name": "England", "value": "seventy" } ]""")]
    [InlineData("""[ { "indicatorId": "cla-rates", "name": "England", "value": 70 } ]""")]
    [InlineData("""{ "indicatorId": "cla-rate" }""")]
    public void Malformed_comparators_are_a_format_error_in_the_terms_of_the_json(string json)
    {
        var e = Assert.Throws<FormatException>(() => Comparator.ReadJson(json));

        // Never the serializer's .NET type names.
        Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
    }
}
