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

    // The earlier rule, kept as an option: any difference at the presentation precision is better or worse.
    private static readonly EvaluationOptions s_difference = new() { Judgement = JudgementRule.Difference };

    private static IndicatorResult ReReferrals(EvaluationOptions options, params Comparator[] comparators) =>
        Data().Evaluate("re-referrals-12m", ReportingPeriod.Year(2015), options).WithComparators(comparators);

    private static Comparator England(string id, decimal value) => new(id, "England", ComparatorKind.England, value, "test", "2014-15");

    // 3 referrals in a population of 30,000 (a context indicator) against England's 573 per 10,000; a comparator of
    // another indicator is given too, and ignored.
    private static Comparison ReferralsRateAgainstEngland(EvaluationOptions options) => Assert.Single(
        Data().Evaluate("referrals-rate", ReportingPeriod.Year(2015), options with { Population = 30_000 })
            .WithComparators([England("referrals-rate", 573m), England("cla-rate", 60m)]).Comparisons);

    // n assessments, each authorised the day after it started: all within 45 working days, 100%.
    private static IndicatorResult TimelyAssessments(int n, EvaluationOptions? options = null)
    {
        var r = new RecordSet();
        for (var i = 0; i < n; i++)
        {
            r.Assessments.Add(new Assessment("C" + i, new DateOnly(2014, 6, 2), new DateOnly(2014, 6, 3)));
        }

        return DataSet.Create(r).Evaluate("assessments-45wd", ReportingPeriod.Year(2015), options)
            .WithComparators([new Comparator("assessments-45wd", "England", ComparatorKind.England, 85.7m, "DfE C2", "2024-25")]);
    }

    [Fact]
    public void On_the_interval_a_small_difference_on_three_referrals_is_similar_and_still_shown()
    {
        // 1 of 3 = 33.3% against 34.0%: Wilson 95% 6.1-79.2 contains 34.0, so similar; the difference is still shown.
        var comparison = Assert.Single(ReReferrals(EvaluationOptions.Default, England("re-referrals-12m", 34.0m)).Comparisons);

        Assert.Equal(Judgement.Similar, comparison.Judgement);
        Assert.Equal(100m / 3m - 34.0m, comparison.Difference);
    }

    [Fact]
    public void On_the_interval_higher_is_better_only_when_the_whole_interval_is_above()
    {
        // 1 of 1 = 100%: Wilson lower (2 + z² - z·z) / (2(1 + z²)) = 2 / 9.683 = 20.7%, below 85.7: similar.
        // 50 of 50: lower (100 + z² - z²) / (2(50 + z²)) = 100 / 107.683 = 92.9%, above 85.7: better.
        Assert.Equal(Judgement.Similar, Assert.Single(TimelyAssessments(1).Comparisons).Judgement);
        Assert.Equal(Judgement.Better, Assert.Single(TimelyAssessments(50).Comparisons).Judgement);
    }

    [Fact]
    public void On_the_interval_lower_is_better_reads_a_wholly_lower_interval_as_better_and_a_higher_one_as_worse()
    {
        Assert.Equal(Judgement.Better, Comparison.Judge(Polarity.LowerIsBetter, Significance.Lower));
        Assert.Equal(Judgement.Worse, Comparison.Judge(Polarity.LowerIsBetter, Significance.Higher));
        Assert.Equal(Judgement.Worse, Comparison.Judge(Polarity.HigherIsBetter, Significance.Lower));
        Assert.Equal(Judgement.Better, Comparison.Judge(Polarity.HigherIsBetter, Significance.Higher));
        Assert.Equal(Judgement.Similar, Comparison.Judge(Polarity.LowerIsBetter, Significance.Similar));
        Assert.Equal(Judgement.NotCompared, Comparison.Judge(Polarity.HigherIsBetter, Significance.NotCompared));
    }

    [Fact]
    public void On_the_interval_a_context_indicator_is_higher_or_lower_never_better_or_worse()
    {
        // 3 referrals: exact Poisson 95% 0.619-8.767 events, per 10,000 of 30,000: 0.21-2.92, wholly below 573.
        var comparison = ReferralsRateAgainstEngland(EvaluationOptions.Default);
        Assert.Equal(Judgement.Lower, comparison.Judgement);
        Assert.Equal(-572m, comparison.Difference);
        Assert.Equal(Judgement.Higher, Comparison.Judge(Polarity.Context, Significance.Higher));
        Assert.Equal(Judgement.Similar, Comparison.Judge(Polarity.Context, Significance.Similar));
    }

    [Fact]
    public void On_the_interval_a_result_without_an_interval_is_not_compared()
    {
        var empty = DataSet.Create(new RecordSet()).Evaluate("re-referrals-12m", ReportingPeriod.Year(2015))
            .WithComparators([England("re-referrals-12m", 22m)]);
        var count = Data().Evaluate("contacts-outcomes", ReportingPeriod.Year(2015))
            .WithComparators([England("contacts-outcomes", 22m)]);

        Assert.Null(empty.Interval);
        Assert.Null(Assert.Single(empty.Comparisons).Difference);
        Assert.Equal(Judgement.NotCompared, Assert.Single(empty.Comparisons).Judgement);
        // A count has no interval, though it has a value and a difference.
        Assert.Null(count.Interval);
        Assert.Equal(Judgement.NotCompared, Assert.Single(count.Comparisons).Judgement);
        Assert.NotNull(Assert.Single(count.Comparisons).Difference);
    }

    [Fact]
    public void The_interval_is_at_the_level_of_the_options()
    {
        var options = new EvaluationOptions { ConfidenceLevel = ConfidenceLevel.Percent99Point8 };

        var result = Data().Evaluate("re-referrals-12m", ReportingPeriod.Year(2015), options);

        // 1 of 3 at z = 3.090232: Wilson 3.0-89.0 (wider than 6.1-79.2 at 95%).
        Assert.Equal(ConfidenceLevel.Percent99Point8, result.Interval!.Value.Level);
        Assert.Equal("6.1 to 79.2", Data().Evaluate("re-referrals-12m", ReportingPeriod.Year(2015)).Interval!.Value.Format(1));
        Assert.True(result.Interval.Value.Lower < 6.1m && result.Interval.Value.Upper > 79.2m);
    }

    [Fact]
    public void The_judgement_rule_option_rejects_a_value_that_is_not_a_rule()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { Judgement = (JudgementRule)7 });
        Assert.Equal(JudgementRule.Interval, EvaluationOptions.Default.Judgement);
        Assert.Equal(ConfidenceLevel.Percent95, EvaluationOptions.Default.ConfidenceLevel);
        Assert.NotEqual(EvaluationOptions.Default, s_difference);
    }

    [Fact]
    public void By_difference_lower_is_better_for_re_referrals_so_a_higher_comparator_is_beaten()
    {
        var comparison = Assert.Single(ReReferrals(s_difference, England("re-referrals-12m", 34.0m)).Comparisons);

        // 33.333...% against 34.0%: lower, and lower is better.
        Assert.Equal(Judgement.Better, comparison.Judgement);
        Assert.Equal(100m / 3m - 34.0m, comparison.Difference);
    }

    [Fact]
    public void By_difference_a_comparator_that_differs_only_beyond_the_published_precision_is_the_same()
    {
        // 33.333...% shows as 33.3 at one decimal place, as does 33.26.
        var comparison = Assert.Single(ReReferrals(s_difference, new Comparator("re-referrals-12m", "Region", ComparatorKind.Region, 33.26m, "test", "2014-15")).Comparisons);

        Assert.Equal(Judgement.Same, comparison.Judgement);
    }

    [Fact]
    public void By_difference_higher_is_better_for_timeliness()
    {
        // 100% within 45 working days against 85.7%: higher, and higher is better.
        Assert.Equal(Judgement.Better, Assert.Single(TimelyAssessments(1, s_difference).Comparisons).Judgement);
    }

    [Fact]
    public void By_difference_context_indicators_are_not_judged_and_comparators_of_other_indicators_are_ignored()
    {
        var comparison = ReferralsRateAgainstEngland(s_difference);
        Assert.Equal(Judgement.NotJudged, comparison.Judgement);
        // 3 referrals / 30,000 x 10,000 = 1.0 per 10,000; 1.0 - 573 = -572.
        Assert.Equal(-572m, comparison.Difference);
    }

    [Fact]
    public void By_difference_a_result_without_a_value_is_not_judged()
    {
        var result = DataSet.Create(new RecordSet()).Evaluate("re-referrals-12m", ReportingPeriod.Year(2015), s_difference)
            .WithComparators([England("re-referrals-12m", 22m)]);

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
        // No NFA referrals: 0 of 3 = 0.0% against 6.5%; Wilson 0-56.1 contains 6.5, so similar (NFA is a context
        // indicator: higher or lower at most, never better or worse).
        Assert.Equal(Judgement.Similar, Assert.Single(card["referrals-nfa"].Comparisons).Judgement);
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
