using System.Collections.Frozen;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

// Ofsted writes a code with a letter that orders it in a drop-down, the code and a label: "f) U6: Foster placement -
// not FFA", "e) PR4 - Private provision", "N1 - Abuse or Neglect", "q) 6: Police"; authorities also send the bare
// code ("U6", "RD2") or the bare label ("Female", "Yes", "Physical abuse"). A value is mapped to the library's code:
// the letter prefix dropped, then the leading code if it is in the column's list, else the label if it is one of
// Ofsted's (reference/annex-a.md 1.3-1.4), else the value is kept (without its prefix) and reported. The code lists
// of the returns come from the core's code types (Records/Codes), so the two readers cannot drift apart.
internal static class AnnexACodes
{
    private static readonly FrozenDictionary<AnnexACodeKind, Map> s_maps = new Dictionary<AnnexACodeKind, Map>
    {
        [AnnexACodeKind.Gender] = new(["M", "F", "U"], ("male", "M"), ("female", "F"), ("not stated/recorded", "U"),
            ("not stated/recorded (or unborn)", "U"), ("not stated", "U"), ("not recorded", "U"), ("neither", "U"), ("unknown", "U")),
        [AnnexACodeKind.Ethnicity] = new(["WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
            "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"]),
        [AnnexACodeKind.Source] = new(["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D",
            "6", "7", "8", "9", "10"]),
        [AnnexACodeKind.YesNo] = new(["Y", "N", "U"], ("yes", "Y"), ("no", "N"), ("unknown", "U"), ("not known", "U"),
            ("true", "Y"), ("false", "N")),
        [AnnexACodeKind.CategoryOfAbuse] = new(CategoryOfAbuse.KnownCodes, ("neglect", "NEG"), ("physical abuse", "PHY"),
            ("physical", "PHY"), ("sexual abuse", "SAB"), ("sexual", "SAB"), ("emotional abuse", "EMO"), ("emotional", "EMO"),
            ("multiple/not recommended", "MUL"), ("multiple", "MUL")),
        [AnnexACodeKind.CategoryOfNeed] = new(CategoryOfNeed.KnownCodes, ("abuse or neglect", "N1"), ("child's disability", "N2"),
            ("parental illness/disability", "N3"), ("family in acute stress", "N4"), ("family dysfunction", "N5"),
            ("socially unacceptable behaviour", "N6"), ("low income", "N7"), ("absent parenting", "N8"),
            ("cases other than children in need", "N9"), ("not stated", "N0")),
        [AnnexACodeKind.ReasonForClosure] = new(ReasonForClosure.KnownCodes),
        [AnnexACodeKind.CaseStatus] = Labels("Looked after child", "Child Protection plan", "Child in need plan", "Open assessment", "Closed episode"),
        [AnnexACodeKind.LegalStatus] = new(LegalStatus.KnownCodes),
        [AnnexACodeKind.PlacementType] = new(PlacementType.KnownCodes),
        [AnnexACodeKind.PlacementProvider] = new(PlacementProvider.KnownCodes),
        [AnnexACodeKind.ReasonCeased] = new(ReasonEpisodeCeased.KnownCodes),
        [AnnexACodeKind.PermanencePlan] = Labels("Return to family", "Adoption", "SGO/CAO", "Supported living in the community",
            "Long-term residential placement", "Long-term fostering", "Other"),
        [AnnexACodeKind.PlacementLocation] = Labels("In", "Out"),
        [AnnexACodeKind.Eligibility] = Labels("Relevant child", "Former relevant child", "Qualifying care leaver"),
        [AnnexACodeKind.InTouch] = new(InTouch.KnownCodes, ("yes", "YES"), ("no", "NO"), ("in touch", "YES"), ("not in touch", "NO"),
            ("died", "DIED"), ("refu", "REFU"), ("nreq", "NREQ"), ("rhom", "RHOM")),
        [AnnexACodeKind.AccommodationType] = new(["B", "C", "D", "E", "G", "H", "K", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"]),
        [AnnexACodeKind.Suitability] = new(["SUITABLE", "UNSUITABLE"], ("suitable", "SUITABLE"), ("unsuitable", "UNSUITABLE"),
            ("not suitable", "UNSUITABLE")),
        [AnnexACodeKind.Activity] = new(Activity.KnownCodes),
        [AnnexACodeKind.ReasonReversed] = new(["RD1", "RD2", "RD3", "RD4"]),
        [AnnexACodeKind.ReasonLeft] = new(["1", "2", "3"], ("adopter withdrew from process", "1"), ("process put on hold", "2"),
            ("application refused", "3")),
    }.ToFrozenDictionary();

    // The code of a value (already trimmed, non-blank) and whether it is one the column knows.
    public static (string Code, bool Known) Lookup(AnnexACodeKind kind, string value)
    {
        var map = s_maps[kind];
        var rest = WithoutPrefix(Squeeze(value));
        if (map.Labels.TryGetValue(rest, out var byLabel))
        {
            return (byLabel, true);
        }

        var token = LeadingCode(rest);
        if (token.Length > 0 && map.Codes.Contains(token))
        {
            return (map.Canonical(token), true);
        }

        return (rest, false);
    }

    // Ofsted's drop-down letter: one or two letters and an optional digit, then ')' ("a) ", "zz) ", "p1) ").
    internal static string WithoutPrefix(string value)
    {
        var close = value.IndexOf(')');
        if (close is < 1 or > 3)
        {
            return value;
        }

        var head = value.AsSpan(0, close);
        var letters = 0;
        while (letters < head.Length && char.IsAsciiLetterLower(char.ToLowerInvariant(head[letters])))
        {
            letters++;
        }

        var ok = letters is 1 or 2 && (head.Length == letters || (head.Length == letters + 1 && char.IsAsciiDigit(head[letters])));
        return ok ? value[(close + 1)..].TrimStart() : value;
    }

    // The code before ':', ' - ' or a space: "U6: Foster..." -> "U6"; "PR4 - Private" -> "PR4"; "RD2" -> "RD2".
    private static string LeadingCode(string value)
    {
        var end = 0;
        while (end < value.Length && char.IsAsciiLetterOrDigit(value[end]))
        {
            end++;
        }

        if (end == value.Length)
        {
            return value;
        }

        var next = value[end];
        return next is ':' or ' ' or '-' ? value[..end] : "";
    }

    // Non-breaking and repeated spaces as one space (labels typed by hand and exports from case systems differ).
    internal static string Squeeze(string value)
    {
        if (!value.Contains('\u00A0') && !value.Contains("  ", StringComparison.Ordinal))
        {
            return value;
        }

        return string.Join(' ', value.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Map Labels(params string[] labels) =>
        new(labels.Select(l => l.ToUpperInvariant()), [.. labels.Select(l => (l, l))]);

    private sealed class Map
    {
        private readonly FrozenDictionary<string, string> _canonical;

        public Map(IEnumerable<string> codes, params (string Label, string Code)[] labels)
        {
            _canonical = codes.Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);
            Codes = _canonical.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            Labels = labels.ToFrozenDictionary(l => l.Label, l => l.Code, StringComparer.OrdinalIgnoreCase);
        }

        public FrozenSet<string> Codes { get; }

        public FrozenDictionary<string, string> Labels { get; }

        public string Canonical(string code) => _canonical.TryGetValue(code, out var c) ? c.ToUpperInvariant() : code;
    }
}
