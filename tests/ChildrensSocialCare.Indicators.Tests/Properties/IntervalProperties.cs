using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// Every result of a generated scorecard carries the interval of specification section 6 exactly when it should (a
/// percentage of counts, a rate, a mean of 2 or more, with a value; never a count), at the level of the options, and the
/// interval contains the value; a comparison judged on it agrees with where the interval stands.
/// </summary>
public class IntervalProperties
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Every_result_has_its_interval_and_the_interval_contains_the_value(Case c)
    {
        var data = DataSet.Create(c.Scenario.ToRecordSet());
        foreach (var p in c.Periods)
        {
            foreach (var o in c.Options)
            {
                foreach (var level in new[] { ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8 })
                {
                    foreach (var r in data.Scorecard(p, o with { ConfidenceLevel = level }))
                    {
                        var why = $"{r} for {p}, {Case.Describe(o)} at {level}: {r.Interval}";
                        var expected = r.Value is not null && r.Unit switch
                        {
                            Unit.Count => false,
                            Unit.Days or Unit.Score => r.Denominator >= 2,
                            Unit.Percentage => r.Numerator == decimal.Truncate(r.Numerator) && r.Denominator == decimal.Truncate(r.Denominator) &&
                                r.Numerator >= 0 && r.Numerator <= r.Denominator,
                            _ => true,
                        };
                        Assert.True(expected == r.Interval.HasValue, why);
                        if (r.Interval is { } ci)
                        {
                            Assert.True(ci.Contains(r.Value!.Value), why);
                            Assert.Equal(level, ci.Level);
                        }
                    }
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void A_judgement_on_the_interval_is_where_the_interval_stands_read_by_polarity(Case c)
    {
        var data = DataSet.Create(c.Scenario.ToRecordSet());
        var period = c.Periods[0];
        var card = data.Scorecard(period, c.Options[0]);
        // Three benchmarks per indicator: far below, at the value and far above.
        var comparators = card.SelectMany(r => new[] { -1_000_000m, r.Value ?? 0m, 1_000_000m }
            .Select((b, i) => new Comparator(r.Id, "B" + i, ComparatorKind.Other, b, "test", ""))).ToList();

        foreach (var r in card.WithComparators(comparators))
        {
            foreach (var comparison in r.Comparisons)
            {
                var significance = r.Interval is { } ci ? ci.Against(comparison.Comparator.Value) : Significance.NotCompared;
                Assert.Equal(Comparison.Judge(r.Indicator.Polarity, significance), comparison.Judgement);
                Assert.Equal(r.Value - comparison.Comparator.Value, comparison.Difference);
            }

            if (r.Interval is not null)
            {
                // The value is inside its own interval, so it is similar to itself.
                Assert.Equal(Judgement.Similar, r.Comparisons[1].Judgement);
            }
        }
    }
}
