using System.Text;

namespace ChildrensSocialCare.Indicators.Formats;

// Headers are compared as specification 9.1 says: trimmed, case-insensitive, straight and curly quotes alike,
// doubled brackets alike ("(Y/N))"), runs of spaces (non-breaking ones too) as one, a trailing question mark
// optional (the 2019 List 4 header has none).
internal static class AnnexAHeaders
{
    public static string Normalize(string header)
    {
        var b = new StringBuilder(header.Length);
        var space = false;
        foreach (var raw in header)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u0060' or '\u00B4' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = b.Length > 0;
                continue;
            }

            if (space)
            {
                b.Append(' ');
                space = false;
            }

            if ((c is ')' or '(') && b.Length > 0 && b[^1] == c)
            {
                continue;
            }

            b.Append(c);
        }

        while (b.Length > 0 && b[^1] == '?')
        {
            b.Length--;
        }

        return b.ToString().TrimEnd();
    }
}
