namespace ChildrensSocialCare.Indicators.Formats;

// Cell references (A1, AB12): the 0-based column of the letters and the letters of a column.
internal static class XlsxCellReference
{
    // The largest column Excel has (XFD).
    public const int MaxColumn = 16383;

    // The 0-based column of a reference such as "AB12"; -1 when it has no letters or too many.
    public static int Column(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = (char)(c & ~0x20);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
            if (++letters > 3)
            {
                return -1;
            }
        }

        return letters == 0 || column - 1 > MaxColumn ? -1 : column - 1;
    }

    // The 1-based row of a reference such as "AB12"; 0 when it has none.
    public static int Row(ReadOnlySpan<char> reference)
    {
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            i++;
        }

        return int.TryParse(reference[i..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : 0;
    }

    // The letters of a 0-based column: 0 -> A, 25 -> Z, 26 -> AA.
    public static string Letters(int column)
    {
        Span<char> buffer = stackalloc char[3];
        var i = buffer.Length;
        var n = column + 1;
        while (n > 0)
        {
            n--;
            buffer[--i] = (char)('A' + (n % 26));
            n /= 26;
        }

        return new string(buffer[i..]);
    }
}
