namespace ChildrensSocialCare.Indicators.Formats;

// Format checks for identifiers whose shape is fixed.
internal static class Shapes
{
    // A UPN is a letter, eleven digits and a final digit or letter (CIN census upntype); the SSDA903 UPN may instead
    // be one of the "UPN unknown" codes UN1-UN10.
    public static bool IsUpn(ReadOnlySpan<char> s)
    {
        if (s.Length is 3 or 4 && (s[0] is 'U' or 'u') && (s[1] is 'N' or 'n') && int.TryParse(s[2..], out var n) && n is >= 1 and <= 10)
        {
            return true;
        }

        if (s.Length != 13 || !char.IsAsciiLetter(s[0]) || !char.IsAsciiLetterOrDigit(s[12]))
        {
            return false;
        }

        foreach (var c in s[1..12])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // The shape of a UK postcode, ignoring spaces (the specification compares postcodes with spaces removed): an
    // outward code of two to four characters starting with a letter, then a digit and two letters.
    public static bool IsPostcode(ReadOnlySpan<char> s)
    {
        Span<char> compact = stackalloc char[8];
        var n = 0;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                continue;
            }

            if (n == compact.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            compact[n++] = c;
        }

        if (n is < 5 or > 7)
        {
            return false;
        }

        return char.IsAsciiLetter(compact[0]) && char.IsAsciiDigit(compact[n - 3])
            && char.IsAsciiLetter(compact[n - 2]) && char.IsAsciiLetter(compact[n - 1]);
    }
}
