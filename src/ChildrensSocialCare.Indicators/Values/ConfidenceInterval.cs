using System.Globalization;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A confidence interval around a value, in the value's own unit: its <see cref="Level"/> and its <see cref="Lower"/> and
/// <see cref="Upper"/> limits. Results carry one so that a difference from a benchmark can be judged against the noise of
/// small numbers, as Public Health England's Fingertips does (specification section 6).
/// </summary>
/// <remarks>
/// <para>The factories follow the specification: <see cref="Wilson"/> for percentages, <see cref="ForRate"/> (Byar's
/// method, or the exact Poisson limits below 10 events) for rates per 10,000, <see cref="ForMean(long, long, long, ConfidenceLevel)"/>
/// (normal) for means. Each returns <c>null</c> where the specification says no interval is available. Limits are computed
/// in double precision (about 15 significant digits) and kept as <see cref="decimal"/>, unrounded, like every value.</para>
/// <para>The <c>default</c> value is the empty interval from 0 to 0 at 95%. The library never produces it: a result
/// without an interval has none (<c>null</c>).</para>
/// </remarks>
public readonly partial record struct ConfidenceInterval
{
    /// <summary>An interval from <paramref name="lower"/> to <paramref name="upper"/> at <paramref name="level"/>: one
    /// published beside a figure, or read back from a file.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public ConfidenceInterval(ConfidenceLevel level, decimal lower, decimal upper)
    {
        if (upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The upper limit cannot be below the lower limit ({lower}).");
        }

        Level = level;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The confidence level: 95% or 99.8%.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>The lower limit, unrounded, in the value's unit.</summary>
    public decimal Lower { get; }

    /// <summary>The upper limit, unrounded, in the value's unit.</summary>
    public decimal Upper { get; }

    /// <summary>Whether <paramref name="value"/> lies in the interval, limits included.</summary>
    public bool Contains(decimal value) => Lower <= value && value <= Upper;

    /// <summary>
    /// Where the interval stands against <paramref name="benchmark"/> (England, the region, the neighbours' average):
    /// <see cref="Significance.Higher"/> if its lower limit is above the benchmark, <see cref="Significance.Lower"/> if its
    /// upper limit is below it, otherwise <see cref="Significance.Similar"/> (a benchmark on a limit is similar), as
    /// specification section 6 and Fingertips's single-interval comparison have it.
    /// </summary>
    public Significance Against(decimal benchmark) =>
        Lower > benchmark ? Significance.Higher : Upper < benchmark ? Significance.Lower : Significance.Similar;

    /// <summary>The limits rounded half away from zero to <paramref name="decimals"/> places: <c>63.6 to 78.3</c>.</summary>
    public string Format(int decimals) => Rounding.Format(Lower, decimals) + " to " + Rounding.Format(Upper, decimals);

    /// <summary>The limits to 1 decimal place and the level: <c>63.6 to 78.3 (95%)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Format(1)} ({Level})");

    // Limits computed in double, kept as decimal (a double's 15-17 digits fit; NaN and infinities never reach here).
    private static ConfidenceInterval Of(ConfidenceLevel level, double lower, double upper) =>
        new(level, (decimal)lower, (decimal)upper);
}
