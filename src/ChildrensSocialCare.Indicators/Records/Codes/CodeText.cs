using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

internal static class CodeText
{
    // Specification 1.5: codes are trimmed and compared without regard to case. An empty code is stored as null so
    // that default(T), new T(null), new T("") and new T("  ") are all equal.
    public static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return null;
        }

        foreach (var c in trimmed)
        {
            if (char.IsLower(c))
            {
                return trimmed.ToString().ToUpperInvariant();
            }
        }

        return trimmed.Length == code.Length ? code : trimmed.ToString();
    }

    // The codes of the lists in any collection year (the one source, Ssda903CodeLists and CinCensusCodeLists), as
    // the record types compare them: normalized, so ordinally.
    public static FrozenSet<string> Known(params CodeList[] lists) =>
        lists.SelectMany(l => l.Codes).Select(c => c.Code).ToFrozenSet(StringComparer.Ordinal);
}
