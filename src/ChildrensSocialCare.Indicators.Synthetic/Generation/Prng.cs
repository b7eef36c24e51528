using System.Numerics;

namespace ChildrensSocialCare.Indicators.Synthetic;

// xoshiro256** (Blackman and Vigna, https://prng.di.unimi.it/xoshiro256starstar.c) seeded through splitmix64
// (https://prng.di.unimi.it/splitmix64.c). Integer arithmetic only, so a seed gives the same numbers on every machine,
// runtime and architecture; System.Random makes no such promise across .NET versions.
internal struct Prng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Prng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    // An independent stream per (seed, stream): each child draws from its own stream, so a child's records depend only
    // on the seed and the child's number, whatever the thread that generates it and however many children there are.
    public static Prng ForStream(ulong seed, ulong stream)
    {
        var x = seed;
        var mixedSeed = SplitMix64(ref x);
        x = stream ^ 0x632BE59BD9B4E019UL;
        var mixedStream = SplitMix64(ref x);
        return new Prng(mixedSeed ^ mixedStream);
    }

    public static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong Next()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    // A uniform integer in [0, n) by the multiply-high method (Lemire). The bias is at most n / 2^64, far below anything
    // a generated record could show, and it keeps every draw to one step of the generator.
    public int Below(int n) => (int)Math.BigMul(Next(), (ulong)n, out _);

    // A uniform integer in [low, high], both inclusive; low when high < low.
    public int Between(int low, int high) => high <= low ? low : low + Below(high - low + 1);

    public bool Chance(Odds odds) => Next() < odds.Threshold;
}

// A probability as an integer threshold for Prng.Next(): converting the double once, with one exact IEEE multiplication,
// keeps every later decision in integer arithmetic.
internal readonly record struct Odds(ulong Threshold)
{
    public static Odds Never => new(0);

    public static Odds Of(double probability) => probability switch
    {
        <= 0 or double.NaN => Never,
        >= 1 => new(ulong.MaxValue),
        _ => new((ulong)(probability * 9007199254740992.0) << 11),
    };
}
