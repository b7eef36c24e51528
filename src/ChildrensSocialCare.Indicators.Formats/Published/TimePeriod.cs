namespace ChildrensSocialCare.Indicators.Formats;

// EES time_period: 4 digits for a reporting or calendar year (2025 = the year ending 31 March 2025), 6 digits for an
// academic or financial year (202425, whose second half is the year's end). No dashes (DfE open data standards).
internal static class TimePeriod
{
    public static bool TryParse(ReadOnlySpan<char> text, out int endYear)
    {
        endYear = 0;
        var t = text.Trim();
        if (t.Length is not (4 or 6) || !int.TryParse(t[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var first))
        {
            return false;
        }

        if (t.Length == 4)
        {
            endYear = first;
            return first is >= 1990 and <= 2100;
        }

        if (!int.TryParse(t[4..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var second) || second != (first + 1) % 100)
        {
            return false;
        }

        endYear = first + 1;
        return endYear is >= 1990 and <= 2100;
    }
}
