namespace ChildrensSocialCare.Indicators.Formats;

// One SSDA903 CSV table: its name, the file-name words that identify it, its columns in the order DfE lays them out
// (and the writer writes them), how much each matters, and the column whose presence identifies the table by header.
internal sealed class Ssda903TableSpec
{
    private Ssda903TableSpec(string name, string[] aliases, string signature, params (string Name, Need Need)[] columns)
    {
        Name = name;
        Aliases = aliases;
        Signature = signature;
        Columns = columns.Select(c => c.Name).ToArray();
        Needs = columns.Select(c => c.Need).ToArray();
    }

    public string Name { get; }

    public string[] Aliases { get; }

    public string Signature { get; }

    public string[] Columns { get; }

    public Need[] Needs { get; }

    // Columns the header must have although a blank value is allowed: without DEC every episode would look open.
    public string[] HeaderRequired { get; private init; } = [];

    public int IndexOf(string column) => Array.IndexOf(Columns, column);

    public static readonly Ssda903TableSpec Header = new("header", ["header"], "ETHNIC",
        ("CHILD", Need.Key), ("SEX", Need.Expected), ("DOB", Need.Expected), ("ETHNIC", Need.Expected),
        ("UPN", Need.Expected), ("MOTHER", Need.Optional), ("MC_DOB", Need.Optional));

    public static readonly Ssda903TableSpec Episodes = new("episodes", ["episodes", "episode"], "DECOM",
        ("CHILD", Need.Key), ("DECOM", Need.Key), ("RNE", Need.Expected), ("LS", Need.Expected), ("CIN", Need.Expected),
        ("PLACE", Need.Expected), ("PLACE_PROVIDER", Need.Optional), ("DEC", Need.Optional), ("REC", Need.Optional),
        ("REASON_PLACE_CHANGE", Need.Optional), ("HOME_POST", Need.Optional), ("PL_POST", Need.Optional), ("URN", Need.Optional))
    {
        HeaderRequired = ["DEC"],
    };

    public static readonly Ssda903TableSpec Reviews = new("reviews", ["reviews", "review"], "REVIEW",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("REVIEW", Need.Key), ("REVIEW_CODE", Need.Expected));

    public static readonly Ssda903TableSpec Uasc = new("uasc", ["uasc"], "DUC",
        ("CHILD", Need.Key), ("SEX", Need.Expected), ("DOB", Need.Expected), ("DUC", Need.Optional));

    public static readonly Ssda903TableSpec Oc2 = new("oc2", ["oc2"], "SDQ_REASON",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("SDQ_SCORE", Need.Optional), ("SDQ_REASON", Need.Optional),
        ("CONVICTED", Need.Optional), ("HEALTH_CHECK", Need.Optional), ("IMMUNISATIONS", Need.Optional),
        ("TEETH_CHECK", Need.Optional), ("HEALTH_ASSESSMENT", Need.Optional), ("SUBSTANCE_MISUSE", Need.Optional),
        ("INTERVENTION_RECEIVED", Need.Optional), ("INTERVENTION_OFFERED", Need.Optional));

    public static readonly Ssda903TableSpec Oc3 = new("oc3", ["oc3"], "IN_TOUCH",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("IN_TOUCH", Need.Expected), ("ACTIV", Need.Expected), ("ACCOM", Need.Expected));

    public static readonly Ssda903TableSpec Ad1 = new("ad1", ["ad1"], "DATE_INT",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("DATE_INT", Need.Expected), ("DATE_MATCH", Need.Expected),
        ("FOSTER_CARE", Need.Expected), ("NB_ADOPTR", Need.Expected), ("SEX_ADOPTR", Need.Expected), ("LS_ADOPTR", Need.Expected));

    public static readonly Ssda903TableSpec PlacedForAdoption = new(
        "placed_for_adoption", ["placed_for_adoption", "placedforadoption", "placed_adoption", "placedadoption"], "DATE_PLACED",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("DATE_PLACED", Need.Expected), ("DATE_PLACED_CEASED", Need.Optional),
        ("REASON_PLACED_CEASED", Need.Optional));

    public static readonly Ssda903TableSpec PreviousPermanence = new(
        "previous_permanence", ["previous_permanence", "previouspermanence", "prev_perm", "prevperm"], "PREV_PERM",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("PREV_PERM", Need.Expected), ("LA_PERM", Need.Optional), ("DATE_PERM", Need.Optional));

    public static readonly Ssda903TableSpec Missing = new("missing", ["missing"], "MIS_START",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("MISSING", Need.Expected), ("MIS_START", Need.Key), ("MIS_END", Need.Optional));

    public static readonly Ssda903TableSpec SocialWorker = new(
        "social_worker", ["social_worker", "socialworker", "sw_episodes", "swepisodes", "sw_episode"], "SW_ID",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("SW_ID", Need.Expected), ("SW_DECOM", Need.Key), ("SW_DEC", Need.Optional),
        ("SW_REASON", Need.Optional));

    // Deprivation of liberty (2026-27 onwards): recognised and checked, but the core has no record for it.
    public static readonly Ssda903TableSpec DeprivationOfLiberty = new("dolo", ["dolo"], "DOLO_START",
        ("CHILD", Need.Key), ("DOB", Need.Expected), ("DOLO_START", Need.Expected), ("DOLO_END", Need.Optional));

    // Every table, in the order file names are matched: a name that contains another table's word comes first
    // (sw_episodes before episodes, placed_for_adoption before anything containing "adoption").
    public static readonly Ssda903TableSpec[] All =
    [
        SocialWorker, PlacedForAdoption, PreviousPermanence, DeprivationOfLiberty, Header, Episodes, Reviews, Uasc, Oc2, Oc3,
        Ad1, Missing,
    ];

    // The tables in the order the writer and the documentation list them.
    public static readonly Ssda903TableSpec[] Written =
    [
        Header, Episodes, Reviews, Uasc, Oc2, Oc3, Ad1, PlacedForAdoption, PreviousPermanence, Missing, SocialWorker,
    ];

    public static Ssda903TableSpec? FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        foreach (var table in All)
        {
            foreach (var alias in table.Aliases)
            {
                if (ContainsWord(name, alias))
                {
                    return table;
                }
            }
        }

        return null;
    }

    public static Ssda903TableSpec? FromHeader(IReadOnlyCollection<string> columns) =>
        All.FirstOrDefault(t => columns.Contains(t.Signature));

    // The alias as a whole word of the name: "2017_episodes" and "episodes" match "episodes"; "oc2x" does not match "oc2".
    private static bool ContainsWord(string name, string word)
    {
        for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsAsciiLetter(name[at - 1]);
            var end = at + word.Length;
            var after = end == name.Length || !char.IsAsciiLetterOrDigit(name[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
