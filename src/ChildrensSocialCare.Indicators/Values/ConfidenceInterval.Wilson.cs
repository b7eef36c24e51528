namespace ChildrensSocialCare.Indicators;

public readonly partial record struct ConfidenceInterval
{
    /// <summary>
    /// The Wilson score interval of <paramref name="numerator"/> out of <paramref name="denominator"/>, as a percentage:
    /// <c>(2k + z² ± z·√(z² + 4k(n - k)/n)) / (2(n + z²)) x 100</c> (specification section 6; PHE's preferred method for
    /// proportions, Wilson 1927, Newcombe 1998). <c>null</c> when the denominator is 0.
    /// </summary>
    /// <remarks>The interval lies in [0, 100]; it starts at exactly 0 when the numerator is 0 and ends at exactly 100
    /// when the numerator is the whole denominator.</remarks>
    /// <param name="numerator">The count with the characteristic, <c>k</c>.</param>
    /// <param name="denominator">The count it is out of, <c>n</c>.</param>
    /// <param name="level">The confidence level; 95% by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    public static ConfidenceInterval? Wilson(long numerator, long denominator, ConfidenceLevel level = default)
    {
        if (denominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A count cannot be negative.");
        }

        if (numerator < 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, $"The numerator must be from 0 to the denominator ({denominator}).");
        }

        if (denominator == 0)
        {
            return null;
        }

        double k = numerator, n = denominator, z = level.Z;
        var centre = (2 * k) + (z * z);
        var spread = z * Math.Sqrt((z * z) + (4 * k * (n - k) / n));
        var scale = 2 * (n + (z * z));
        var lower = numerator == 0 ? 0 : Math.Max(0, (centre - spread) / scale * 100);
        var upper = numerator == denominator ? 100 : Math.Min(100, (centre + spread) / scale * 100);
        return Of(level, lower, upper);
    }

    /// <summary>
    /// The <see cref="Wilson"/> interval of a percentage of counts. <c>null</c> when the percentage is not applicable
    /// (denominator 0) or is not a share of whole counts (a change in sickness days per FTE is not a proportion).
    /// </summary>
    /// <param name="percentage">The percentage.</param>
    /// <param name="level">The confidence level; 95% by default.</param>
    public static ConfidenceInterval? ForPercentage(Percentage percentage, ConfidenceLevel level = default)
    {
        var (k, n) = (percentage.Numerator, percentage.Denominator);
        var isShareOfCounts = k >= 0 && k <= n && k == decimal.Truncate(k) && n == decimal.Truncate(n) && n <= long.MaxValue;
        return isShareOfCounts ? Wilson((long)k, (long)n, level) : null;
    }
}
