using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

// Dates are parsed by hand from the span: no string, no culture. SSDA903 CSV and XML use dd/mm/yyyy (d/m/yyyy is
// accepted); the pooled files and the CIN census use ISO yyyy-mm-dd. Both forms are accepted everywhere.
internal static class DateText
{
    // The collection year a date falls in: the year ending on 31 March (1 April 2013 to 31 March 2014 is 2014). Unlike
    // ReportingYear.Containing it accepts every date a return can hold.
    public static int CollectionYearOf(DateOnly date) => date.Month >= 4 ? date.Year + 1 : date.Year;

    public static bool TryParse(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length == 10 && s[2] == '/' && s[5] == '/')
        {
            // The common form, dd/mm/yyyy, without searching for the separators (speed: every episode has two dates).
            var d1 = (uint)(s[0] - '0');
            var d2 = (uint)(s[1] - '0');
            var m1 = (uint)(s[3] - '0');
            var m2 = (uint)(s[4] - '0');
            var y1 = (uint)(s[6] - '0');
            var y2 = (uint)(s[7] - '0');
            var y3 = (uint)(s[8] - '0');
            var y4 = (uint)(s[9] - '0');
            return d1 <= 9 && d2 <= 9 && m1 <= 9 && m2 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && y4 <= 9
                && TryCreate((int)((y1 * 1000) + (y2 * 100) + (y3 * 10) + y4), (int)((m1 * 10) + m2), (int)((d1 * 10) + d2), out date);
        }

        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            return TryDigits(s[..4], out var y) && TryDigits(s.Slice(5, 2), out var m) && TryDigits(s.Slice(8, 2), out var d)
                && TryCreate(y, m, d, out date);
        }

        // d/m/yyyy with one- or two-digit day and month.
        var first = s.IndexOf('/');
        if (first is < 1 or > 2)
        {
            return false;
        }

        var rest = s[(first + 1)..];
        var second = rest.IndexOf('/');
        if (second is < 1 or > 2 || rest.Length - second - 1 != 4)
        {
            return false;
        }

        return TryDigits(s[..first], out var day) && TryDigits(rest[..second], out var month)
            && TryDigits(rest[(second + 1)..], out var year) && TryCreate(year, month, day, out date);
    }

    // Years 1900-2100, compared as day numbers (cheaper than taking the year apart).
    public static bool IsPlausible(DateOnly date) => (uint)(date.DayNumber - s_plausibleFrom) <= s_plausibleDays;

    private static readonly int s_plausibleFrom = new DateOnly(1900, 1, 1).DayNumber;
    private static readonly uint s_plausibleDays = (uint)(new DateOnly(2100, 12, 31).DayNumber - s_plausibleFrom);

    public static string ToDmy(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string ToIso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
