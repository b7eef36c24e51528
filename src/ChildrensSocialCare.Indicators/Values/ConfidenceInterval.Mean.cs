namespace ChildrensSocialCare.Indicators;

public readonly partial record struct ConfidenceInterval
{
    /// <summary>
    /// The normal interval of a mean: <c>mean ± z·s/√n</c>, with <c>s</c> the sample standard deviation (specification
    /// section 6). <c>null</c> for fewer than 2 values, whose standard deviation is not defined.
    /// </summary>
    /// <param name="mean">The mean.</param>
    /// <param name="standardDeviation">The sample standard deviation <c>s</c> (divisor <c>n - 1</c>).</param>
    /// <param name="count">The number of values <c>n</c>.</param>
    /// <param name="level">The confidence level; 95% by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standardDeviation"/> is negative or not a number, or
    /// <paramref name="count"/> is negative.</exception>
    public static ConfidenceInterval? ForMean(decimal mean, double standardDeviation, long count, ConfidenceLevel level = default)
    {
        if (!(standardDeviation >= 0) || double.IsInfinity(standardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "A standard deviation must be a finite number, 0 or more.");
        }

        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        }

        if (count < 2)
        {
            return null;
        }

        // The half-width is added to the exact mean in decimal, so the interval is centred on the value to the last digit.
        var halfWidth = (decimal)(level.Z * standardDeviation / Math.Sqrt(count));
        return new ConfidenceInterval(level, mean - halfWidth, mean + halfWidth);
    }

    /// <summary>
    /// The normal interval of the mean of <paramref name="count"/> whole values (days) from their sum and their sum of
    /// squares: <c>s² = (n·Σx² - (Σx)²) / (n(n - 1))</c>, computed exactly in integers before the square root.
    /// <c>null</c> for fewer than 2 values.
    /// </summary>
    /// <param name="total">The sum of the values, <c>Σx</c>.</param>
    /// <param name="sumOfSquares">The sum of their squares, <c>Σx²</c>.</param>
    /// <param name="count">The number of values <c>n</c>.</param>
    /// <param name="level">The confidence level; 95% by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or the sums cannot come from
    /// <paramref name="count"/> whole values (the sum of squares is negative or too small for the sum).</exception>
    public static ConfidenceInterval? ForMean(long total, long sumOfSquares, long count, ConfidenceLevel level = default)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        }

        if (count < 2)
        {
            return null;
        }

        // n·Σx² - (Σx)² is n² times the population variance: never negative for real data (Cauchy-Schwarz). Int128
        // holds it without overflow or the cancellation a floating-point difference would suffer.
        var spread = ((Int128)count * sumOfSquares) - ((Int128)total * total);
        if (sumOfSquares < 0 || spread < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sumOfSquares), sumOfSquares, $"A sum of squares of {count} values summing to {total} is at least {total} squared over {count}.");
        }

        var variance = (double)spread / ((double)count * (count - 1));
        return ForMean((decimal)total / count, Math.Sqrt(variance), count, level);
    }
}
