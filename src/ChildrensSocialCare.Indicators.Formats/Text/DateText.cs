using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

// Dates are parsed by hand from the span: no string, no culture. SSDA903 CSV and XML use dd/mm/yyyy (d/m/yyyy is
// accepted); the pooled files and the CIN census use ISO yyyy-mm-dd. Both forms are accepted everywhere.
internal static class DateText
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
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

    public static bool IsPlausible(DateOnly date) => date.Year is >= 1900 and <= 2100;

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
