using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Values;

/// <summary>A count of events small enough for the exact Poisson limits, 0 to 9.</summary>
public readonly record struct SmallEventCount(int Get);

/// <summary>One of the two confidence levels.</summary>
public readonly record struct Level(ConfidenceLevel Get);

/// <summary>Arbitraries of the interval properties, each shrinking within its range.</summary>
public static class IntervalArbitraries
{
    public static Arbitrary<SmallEventCount> SmallEventCount() =>
        Arb.From(Gen.Choose(0, 9).Select(n => new SmallEventCount(n)), c => Enumerable.Range(0, c.Get).Select(n => new SmallEventCount(n)));

    public static Arbitrary<Level> Level() =>
        Arb.From(Gen.Elements(ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8).Select(l => new Level(l)),
            l => l.Get == ConfidenceLevel.Percent95 ? [] : [new Level(ConfidenceLevel.Percent95)]);
}

/// <summary>
/// Laws of the intervals of specification section 6: an interval contains its value; it narrows as the denominator grows
/// at a fixed proportion (or rate); Wilson lies in [0, 100]; the 99.8% interval contains the 95% one; the exact Poisson
/// limits agree with a deliberately simple reference (bisection on the Poisson sums) and Byar's is within PHE's 0.2% of
/// them from 10 events.
/// </summary>
[Properties(Arbitrary = [typeof(ValueArbitraries), typeof(IntervalArbitraries)], MaxTest = 300)]
public class ConfidenceIntervalProperties
{
    [Property]
    public Property A_Wilson_interval_contains_its_percentage_and_lies_between_0_and_100(Count whole, Count part, Level level)
    {
        var n = whole.Get + 1;
        var k = part.Get % (n + 1);
        var ci = ConfidenceInterval.Wilson(k, n, level.Get)!.Value;
        var value = Percentage.Of(k, n).Value!.Value;

        return ci.Contains(value).Label($"{k}/{n} = {value} in {ci}")
            .And(ci.Lower >= 0m && ci.Upper <= 100m).Label("within [0, 100]")
            .And(ci.Level == level.Get).Label("level kept");
    }

    [Property]
    public Property A_Wilson_interval_narrows_as_the_denominator_grows_at_a_fixed_proportion(Count whole, Count part, byte factor)
    {
        // k of n against mk of mn, m >= 2: the same proportion on more children.
        var n = (whole.Get % 100_000) + 1;
        var k = part.Get % (n + 1);
        var m = (factor % 50) + 2;
        var small = ConfidenceInterval.Wilson(k, n)!.Value;
        var large = ConfidenceInterval.Wilson(k * m, n * m)!.Value;

        return (large.Upper - large.Lower < small.Upper - small.Lower).Label($"{k}/{n} {small} vs x{m} {large}");
    }

    [Property]
    public Property A_rate_interval_contains_its_rate(Count count, Count population, Level level)
    {
        var rate = RatePer10000.From(count.Get, population.Get + 1);
        var ci = ConfidenceInterval.ForRate(rate, level.Get)!.Value;

        return ci.Contains(rate.Value!.Value).Label($"{rate} in {ci}");
    }

    [Property]
    public Property A_rate_interval_narrows_as_the_population_grows_at_a_fixed_rate(Count count, Count population, byte factor)
    {
        var o = count.Get % 100_000;
        var p = (population.Get % 1_000_000) + 1;
        var m = (factor % 50) + 2;
        var small = ConfidenceInterval.ForRate(RatePer10000.From(o, p))!.Value;
        var large = ConfidenceInterval.ForRate(RatePer10000.From(o * m, p * m))!.Value;

        return (large.Upper - large.Lower < small.Upper - small.Lower).Label($"{o}/{p} {small} vs x{m} {large}");
    }

    [Property]
    public Property A_mean_interval_contains_its_mean_and_narrows_with_more_of_the_same_values(NonEmptyArray<short> days, byte factor)
    {
        // The values repeated m times: same mean, same spread, more children.
        var values = days.Get.Select(d => (long)d).ToArray();
        var m = (factor % 20) + 2;
        var (n, total, squares) = (values.Length, values.Sum(), values.Sum(v => v * v));
        var small = ConfidenceInterval.ForMean(total, squares, n);
        var large = ConfidenceInterval.ForMean(total * m, squares * m, n * m)!.Value;
        var mean = (decimal)total / n;

        var widths = small is { } s
            ? large.Upper - large.Lower < s.Upper - s.Lower || s.Upper == s.Lower
            : n == 1;
        return large.Contains(mean).Label($"{mean} in {large}")
            .And(small is null ? n < 2 : small.Value.Contains(mean)).Label("the smaller sample too")
            .And(widths).Label($"narrows: {small} vs {large}");
    }

    [Property]
    public Property The_99_8_percent_interval_contains_the_95_percent_one(Count whole, Count part, Count population)
    {
        var n = whole.Get + 1;
        var k = part.Get % (n + 1);
        var narrow = ConfidenceInterval.Wilson(k, n)!.Value;
        var wide = ConfidenceInterval.Wilson(k, n, ConfidenceLevel.Percent99Point8)!.Value;
        var rate = RatePer10000.From(part.Get, population.Get + 1);
        var narrowRate = ConfidenceInterval.ForRate(rate)!.Value;
        var wideRate = ConfidenceInterval.ForRate(rate, ConfidenceLevel.Percent99Point8)!.Value;

        return (wide.Lower <= narrow.Lower && narrow.Upper <= wide.Upper).Label($"{narrow} in {wide}")
            .And(wideRate.Lower <= narrowRate.Lower && narrowRate.Upper <= wideRate.Upper).Label($"{narrowRate} in {wideRate}");
    }

    [Property]
    public Property Exact_Poisson_limits_agree_with_bisection_on_the_Poisson_sums(SmallEventCount observed, Level level)
    {
        var o = observed.Get;
        var ci = ConfidenceInterval.ForCount(o, level.Get);
        var (lower, upper) = ReferencePoissonLimits(o, level.Get.Alpha);

        return (Math.Abs((double)ci.Lower - lower) <= 1e-9 * Math.Max(1, lower)).Label($"lower {ci.Lower} vs {lower}")
            .And(Math.Abs((double)ci.Upper - upper) <= 1e-9 * upper).Label($"upper {ci.Upper} vs {upper}");
    }

    [Property]
    public Property The_exact_limits_of_0_to_9_events_are_the_published_table_to_its_3_decimals(SmallEventCount observed)
    {
        var ci = ConfidenceInterval.ForCount(observed.Get);
        var (lower, upper) = s_published95[observed.Get];

        return (Rounding.Format(ci.Lower, 3) == lower && Rounding.Format(ci.Upper, 3) == upper)
            .Label($"{observed.Get}: {ci.Format(3)} vs {lower} to {upper}");
    }

    [Property(MaxTest = 100)]
    public Property From_10_events_Byar_is_within_0_2_percent_of_the_exact_limits(Count count)
    {
        // PHE, Technical Guide: Confidence Intervals (2018): "for 95% confidence intervals, Byar's method is within 0.2% of
        // the exact value for numerators of 10 or more".
        var o = 10 + (count.Get % 500);
        var byar = ConfidenceInterval.ForCount(o);
        var (lower, upper) = ReferencePoissonLimits(o, 0.05);

        return (Math.Abs(((double)byar.Lower / lower) - 1) < 0.002).Label($"lower {byar.Lower} vs {lower}")
            .And(Math.Abs(((double)byar.Upper / upper) - 1) < 0.002).Label($"upper {byar.Upper} vs {upper}");
    }

    [Property]
    public Property The_gamma_quantile_inverts_the_incomplete_gamma(PositiveInt shape, Level level)
    {
        var a = (shape.Get % 200) + 1;
        var p = level.Get.Alpha / 2;
        var x = IncompleteGamma.LowerQuantile(a, p);
        var y = IncompleteGamma.UpperQuantile(a, p);

        return (Math.Abs(IncompleteGamma.Lower(a, x) - p) < 1e-12).Label($"P({a}, {x})")
            .And(Math.Abs(IncompleteGamma.Upper(a, y) - p) < 1e-12).Label($"Q({a}, {y})");
    }

    // The table of the known-answer test (ConfidenceIntervalTests), O = 0 to 9 at 95%.
    private static readonly (string Lower, string Upper)[] s_published95 =
    [
        ("0.000", "3.689"), ("0.025", "5.572"), ("0.242", "7.225"), ("0.619", "8.767"), ("1.090", "10.242"),
        ("1.623", "11.668"), ("2.202", "13.059"), ("2.814", "14.423"), ("3.454", "15.763"), ("4.115", "17.085"),
    ];

    // A deliberately simple reference: the exact limits by definition, P(X >= O | L) = α/2 and P(X <= O | U) = α/2 for a
    // Poisson X, each solved by plain bisection on the Poisson sum (in log space, so large counts do not overflow).
    private static (double Lower, double Upper) ReferencePoissonLimits(long observed, double alpha)
    {
        var lower = observed == 0 ? 0 : Bisect(mean => 1 - PoissonCdf(observed - 1, mean) - (alpha / 2), 0, observed);
        var upper = Bisect(mean => (alpha / 2) - PoissonCdf(observed, mean), observed, (3 * observed) + 40);
        return (lower, upper);
    }

    private static double PoissonCdf(long k, double mean)
    {
        var sum = 0.0;
        var logTerm = -mean;
        for (var j = 0L; j <= k; j++)
        {
            if (j > 0)
            {
                logTerm += Math.Log(mean) - Math.Log(j);
            }

            sum += Math.Exp(logTerm);
        }

        return Math.Min(1, sum);
    }

    // f increasing on [low, high] with a sign change.
    private static double Bisect(Func<double, double> f, double low, double high)
    {
        for (var i = 0; i < 100; i++)
        {
            var mid = (low + high) / 2;
            if (f(mid) < 0)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }
}
