namespace ChildrensSocialCare.Indicators;

public readonly partial record struct ConfidenceInterval
{
    // PHE: Byar's method from 10 events, the exact method below (Technical Guide: Confidence Intervals, 2018).
    private const long ByarFrom = 10;

    /// <summary>
    /// The interval of an observed count of events <c>O</c> taken as Poisson: for <c>O &gt;= 10</c> Byar's method,
    /// lower <c>O(1 - 1/(9O) - z/(3√O))³</c> and upper <c>(O+1)(1 - 1/(9(O+1)) + z/(3√(O+1)))³</c>; for <c>O &lt; 10</c>
    /// the exact limits <c>χ²(α/2; 2O)/2</c> and <c>χ²(1-α/2; 2O+2)/2</c>, the lower 0 when <c>O = 0</c>
    /// (specification section 6; PHE's Technical Guide, appendices 1 and 2).
    /// </summary>
    /// <param name="observed">The count <c>O</c>.</param>
    /// <param name="level">The confidence level; 95% by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="observed"/> is negative.</exception>
    public static ConfidenceInterval ForCount(long observed, ConfidenceLevel level = default)
    {
        var (lower, upper) = CountLimits(observed, level);
        return Of(level, lower, upper);
    }

    /// <summary>
    /// The interval of a rate per 10,000: the interval of its count (<see cref="ForCount"/>) scaled by
    /// <c>10,000 / population</c>, and by <c>12 / months</c> when the rate is annualised. <c>null</c> when the rate is
    /// not applicable (population 0).
    /// </summary>
    /// <param name="rate">The rate.</param>
    /// <param name="level">The confidence level; 95% by default.</param>
    public static ConfidenceInterval? ForRate(RatePer10000 rate, ConfidenceLevel level = default)
    {
        if (!rate.IsApplicable)
        {
            return null;
        }

        var (lower, upper) = CountLimits(rate.Count, level);
        // Scaled in decimal, as the rate itself is, so that the limits and the value agree to the last digit.
        var scale = rate.AnnualisedOverMonths is { } months ? 10_000m * 12m / (months * (decimal)rate.Population) : 10_000m / rate.Population;
        return new ConfidenceInterval(level, (decimal)lower * scale, (decimal)upper * scale);
    }

    /// <summary>The Poisson limits of a count, in events: Byar's from 10, exact below.</summary>
    internal static (double Lower, double Upper) CountLimits(long observed, ConfidenceLevel level)
    {
        if (observed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(observed), observed, "A count cannot be negative.");
        }

        return observed >= ByarFrom ? ByarLimits(observed, level.Z) : ExactLimits(observed, level.Alpha);
    }

    /// <summary>Byar's approximation to the Poisson limits (Breslow and Day 1987).</summary>
    internal static (double Lower, double Upper) ByarLimits(long observed, double z)
    {
        double o = observed, o1 = observed + 1;
        var lower = observed == 0 ? 0 : o * Math.Pow(1 - (1 / (9 * o)) - (z / (3 * Math.Sqrt(o))), 3);
        var upper = o1 * Math.Pow(1 - (1 / (9 * o1)) + (z / (3 * Math.Sqrt(o1))), 3);
        return (Math.Max(0, lower), upper);
    }

    /// <summary>The exact Poisson limits from the chi-square quantiles: <c>χ²(α/2; 2O)/2</c> is the gamma quantile of
    /// shape <c>O</c>, and <c>χ²(1-α/2; 2O+2)/2</c> the point with upper gamma tail <c>α/2</c> for shape <c>O+1</c>.</summary>
    internal static (double Lower, double Upper) ExactLimits(long observed, double alpha)
    {
        var lower = observed == 0 ? 0 : IncompleteGamma.LowerQuantile(observed, alpha / 2);
        var upper = IncompleteGamma.UpperQuantile(observed + 1, alpha / 2);
        return (lower, upper);
    }
}
