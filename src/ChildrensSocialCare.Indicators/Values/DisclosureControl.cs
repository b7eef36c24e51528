namespace ChildrensSocialCare.Indicators;

/// <summary>
/// Disclosure control for published figures, a separate and explicit presentation step that never changes a
/// computed value. Symbols follow the GSS conventions DfE uses (SOURCES-AND-FIGURES.md section 7):
/// <c>c</c> a count of 1 to 5, or a percentage or rate built on one; <c>z</c> not applicable; <c>k</c> a non-zero
/// value that would round to 0; and, optionally, counts rounded to the nearest 10 (national and regional figures).
/// </summary>
/// <remarks>Use <see cref="LocalAuthority"/> for a council's own published figures and <see cref="NationalOrRegional"/>
/// for aggregates that DfE rounds. A zero is shown as 0: only counts 1 to 5 are suppressed.</remarks>
public sealed record DisclosureControl
{
    /// <summary>The symbol for a suppressed (confidential) figure.</summary>
    public const string Suppressed = "c";

    /// <summary>The symbol for a figure that is not applicable (a zero denominator).</summary>
    public const string NotApplicable = "z";

    /// <summary>The symbol for a non-zero figure that would round to zero.</summary>
    public const string RoundsToZero = "k";

    /// <summary>The symbol for a figure that is not available (it could not be computed for the request).</summary>
    public const string NotAvailable = "x";

    /// <summary>Local authority figures: counts 1-5 suppressed, counts unrounded, <c>z</c> and <c>k</c> shown.</summary>
    public static DisclosureControl LocalAuthority { get; } = new();

    /// <summary>National and regional figures: as <see cref="LocalAuthority"/>, with counts rounded to the nearest 10.</summary>
    public static DisclosureControl NationalOrRegional { get; } = new() { RoundCountsToNearestTen = true };

    /// <summary>Whether counts of 1 to 5, and percentages and rates whose numerator or denominator is such a
    /// count, are shown as <c>c</c>. On by default.</summary>
    public bool SuppressSmallCounts { get; init; } = true;

    /// <summary>Whether counts are rounded to the nearest 10 (half away from zero). Off by default.</summary>
    public bool RoundCountsToNearestTen { get; init; }

    /// <summary>Whether a non-zero value that rounds to 0 at the presentation precision is shown as <c>k</c>. On by default.</summary>
    public bool MarkRoundsToZero { get; init; } = true;

    /// <summary>A count as published: <c>c</c> for 1 to 5 (when suppressing), otherwise the count, rounded to the
    /// nearest 10 when asked.</summary>
    public string Count(long count)
    {
        if (IsSmall(count))
        {
            return Suppressed;
        }

        var shown = RoundCountsToNearestTen ? (long)Math.Round(count / 10m, MidpointRounding.AwayFromZero) * 10 : count;
        return shown.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A percentage as published at <paramref name="decimals"/> places.</summary>
    public string Percentage(Percentage percentage, int decimals) =>
        Value(Unit.Percentage, percentage.Numerator, percentage.Denominator, percentage.Value, decimals);

    /// <summary>A rate per 10,000 as published at <paramref name="decimals"/> places.</summary>
    public string Rate(RatePer10000 rate, int decimals) =>
        Value(Unit.RatePer10000, rate.Count, rate.Population, rate.Value, decimals);

    /// <summary>A mean number of days as published at <paramref name="decimals"/> places (suppressed when it is the
    /// mean of 1 to 5 children).</summary>
    public string Mean(MeanDays mean, int decimals) =>
        Value(Unit.Days, mean.TotalDays, mean.Count, mean.Value, decimals);

    /// <summary>
    /// Any indicator value as published. <paramref name="numerator"/> and <paramref name="denominator"/> are the
    /// exact inputs (for a count, both are the count), <paramref name="value"/> the unrounded value or <c>null</c>
    /// when not applicable.
    /// </summary>
    public string Value(Unit unit, decimal numerator, decimal denominator, decimal? value, int decimals)
    {
        if (unit == Unit.Count)
        {
            return Count(decimal.ToInt64(Math.Truncate(numerator)));
        }

        if (value is not { } v)
        {
            return NotApplicable;
        }

        var guardsNumerator = unit is Unit.Percentage or Unit.RatePer10000;
        if ((guardsNumerator && IsSmall(numerator)) || IsSmall(denominator))
        {
            return Suppressed;
        }

        var rounded = Rounding.HalfAwayFromZero(v, decimals);
        if (MarkRoundsToZero && v != 0 && rounded == 0)
        {
            return RoundsToZero;
        }

        return Rounding.Format(v, decimals);
    }

    private bool IsSmall(decimal count) => SuppressSmallCounts && count >= 1 && count <= 5 && count == Math.Truncate(count);
}
