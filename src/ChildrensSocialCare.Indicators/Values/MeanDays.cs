namespace ChildrensSocialCare.Indicators;

/// <summary>A mean number of days kept as its exact total and count: <c>TotalDays / Count</c>.</summary>
/// <remarks>The <c>default</c> value is 0 days over 0 records, which is not applicable.</remarks>
public readonly record struct MeanDays
{
    private MeanDays(long totalDays, long count)
    {
        TotalDays = totalDays;
        Count = count;
    }

    /// <summary>The sum of the durations in days.</summary>
    public long TotalDays { get; }

    /// <summary>The number of durations (children) averaged.</summary>
    public long Count { get; }

    /// <summary>Whether there is at least one duration, so that the mean has a value.</summary>
    public bool IsApplicable => Count != 0;

    /// <summary>The unrounded mean, or <c>null</c> when not applicable.</summary>
    public decimal? Value => IsApplicable ? (decimal)TotalDays / Count : null;

    /// <summary>The mean of <paramref name="count"/> durations adding up to <paramref name="totalDays"/> days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static MeanDays Of(long totalDays, long count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        }

        return new MeanDays(totalDays, count);
    }

    /// <summary>The value rounded half away from zero to <paramref name="decimals"/> places, or "n/a".</summary>
    public string Format(int decimals) => Value is { } v ? Rounding.Format(v, decimals) : Percentage.NotApplicableText;

    /// <inheritdoc />
    public override string ToString() => Format(0) + " days";
}
