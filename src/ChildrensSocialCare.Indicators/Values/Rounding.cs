namespace ChildrensSocialCare.Indicators;

/// <summary>Presentation rounding. Values are kept unrounded; rounding happens only when a value is shown.</summary>
public static class Rounding
{
    /// <summary>
    /// Rounds <paramref name="value"/> to <paramref name="decimals"/> places with midpoints away from zero
    /// (12.25 to 1 place is 12.3; -12.25 is -12.3), as DfE's spreadsheets and Excel's ROUND do. .NET's default is
    /// banker's rounding, which would give 12.2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public static decimal HalfAwayFromZero(decimal value, int decimals)
    {
        if (decimals is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Presentation precision must be 0 to 10 decimal places.");
        }

        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>The value rounded half away from zero and written with exactly <paramref name="decimals"/> places,
    /// in the invariant culture ("57.9", "810.4", "68").</summary>
    public static string Format(decimal value, int decimals) =>
        HalfAwayFromZero(value, decimals).ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
