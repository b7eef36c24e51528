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
    // outward code of two to four characters starting with a letter, then a digit and two letters. One pass without
    // copying (speed: every episode has two postcodes): the first character and the last three that are not spaces.
    public static bool IsPostcode(ReadOnlySpan<char> s)
    {
        var n = 0;
        char first = default, thirdLast = default, secondLast = default, last = default;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                continue;
            }

            if (n == 8 || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            if (n++ == 0)
            {
                first = c;
            }

            (thirdLast, secondLast, last) = (secondLast, last, c);
        }

        return n is >= 5 and <= 7 && char.IsAsciiLetter(first) && char.IsAsciiDigit(thirdLast) && char.IsAsciiLetter(secondLast) && char.IsAsciiLetter(last);
    }
}
