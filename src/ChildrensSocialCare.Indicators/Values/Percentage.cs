namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A percentage kept as its exact numerator and denominator: <c>Numerator / Denominator x 100</c>. A zero
/// denominator is "not applicable" (<see cref="Value"/> is <c>null</c>), never NaN, infinity or an exception.
/// </summary>
/// <remarks>The <c>default</c> value is 0 / 0, which is not applicable.</remarks>
public readonly record struct Percentage
{
    private Percentage(decimal numerator, decimal denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The count (or amount) being expressed as a share.</summary>
    public decimal Numerator { get; }

    /// <summary>The total it is a share of; 0 makes the percentage not applicable.</summary>
    public decimal Denominator { get; }

    /// <summary>Whether the denominator is non-zero, so that the percentage has a value.</summary>
    public bool IsApplicable => Denominator != 0;

    /// <summary>The unrounded percentage, or <c>null</c> when not applicable.</summary>
    public decimal? Value => IsApplicable ? Numerator * 100m / Denominator : null;

    /// <summary>The percentage that <paramref name="numerator"/> is of <paramref name="denominator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Percentage Of(long numerator, long denominator)
    {
        if (numerator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "A count cannot be negative.");
        }

        if (denominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A count cannot be negative.");
        }

        return new Percentage(numerator, denominator);
    }

    /// <summary>
    /// The percentage <paramref name="numerator"/> is of <paramref name="denominator"/>, for amounts that are not
    /// counts (a change in sickness days per FTE, which can be negative).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is negative.</exception>
    public static Percentage Of(decimal numerator, decimal denominator)
    {
        if (denominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A denominator cannot be negative.");
        }

        return new Percentage(numerator, denominator);
    }

    /// <summary>The value rounded half away from zero to <paramref name="decimals"/> places, or "n/a".</summary>
    public string Format(int decimals) => Value is { } v ? Rounding.Format(v, decimals) : NotApplicableText;

    /// <inheritdoc />
    public override string ToString() => Value is { } v ? Rounding.Format(v, 1) + "%" : NotApplicableText;

    internal const string NotApplicableText = "n/a";
}
