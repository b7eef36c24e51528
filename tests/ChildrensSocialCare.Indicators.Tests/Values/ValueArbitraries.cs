using FsCheck;
using FsCheck.Fluent;

namespace ChildrensSocialCare.Indicators.Tests.Values;

/// <summary>A count of 1 to 5: the counts disclosure control must never reveal.</summary>
public readonly record struct SmallCount(int Get);

/// <summary>A count of 0 or more, up to a few million (the size of England's annual flows).</summary>
public readonly record struct Count(long Get);

/// <summary>A decimal with up to 8 places, kept as its exact scaled integer: <c>Value = Scaled / 10^Places</c>.</summary>
public readonly record struct ScaledDecimal(long Scaled, int Places)
{
    public decimal Value => Scaled / Pow10(Places);

    public static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}

/// <summary>Arbitraries for the value types' inputs, each shrinking within its own range.</summary>
public static class ValueArbitraries
{
    public static Arbitrary<SmallCount> SmallCount() =>
        Arb.From(Gen.Choose(1, 5).Select(n => new SmallCount(n)), c => Enumerable.Range(1, c.Get - 1).Select(n => new SmallCount(n)));

    public static Arbitrary<Count> Count() =>
        Arb.From(
            Gen.Frequency(
                (3, Gen.Choose(0, 100)),
                (2, Gen.Choose(0, 100_000)),
                (1, Gen.Choose(0, 5_000_000))).Select(n => new Count(n)),
            c => ShrinkTowardsZero(c.Get).Select(n => new Count(n)));

    public static Arbitrary<ScaledDecimal> ScaledDecimal() =>
        Arb.From(
            from high in Gen.Choose(-1_000_000, 1_000_000)
            from low in Gen.Choose(0, 99_999)
            from places in Gen.Choose(0, 8)
            select new ScaledDecimal((high * 100_000L) + (high < 0 ? -low : low), places),
            d => ShrinkTowardsZero(Math.Abs(d.Scaled)).Select(s => new ScaledDecimal(Math.Sign(d.Scaled) * s, d.Places)));

    private static IEnumerable<long> ShrinkTowardsZero(long n)
    {
        if (n <= 0)
        {
            yield break;
        }

        yield return 0;
        if (n / 2 > 0)
        {
            yield return n / 2;
        }

        if (n - 1 > n / 2)
        {
            yield return n - 1;
        }
    }
}
