namespace ChildrensSocialCare.Indicators.Formats;

// Which indicators an SSDA903 table feeds, so that a table left unusable (a column missing that identifies its records,
// or DEC) is an error naming the indicators not available. The map is by family, read from the catalogue at run time
// (an id is written only in its definition): episodes feed the looked-after and stability indicators (periods of care,
// placements) and adoption (an episode ending in adoption, its placement start); OC3 feeds the care-leaver cohort. The
// header's dates of birth only refine (ages, breakdowns) what episodes give, and the other tables feed no indicator of
// the catalogue, so they name none. docs/formats.md has the table.
internal static class Ssda903TableIndicators
{
    private static readonly Dictionary<string, IndicatorFamily[]> s_families = new(StringComparer.Ordinal)
    {
        [Ssda903TableSpec.Episodes.Name] = [IndicatorFamily.LookedAfter, IndicatorFamily.Adoption],
        [Ssda903TableSpec.Oc3.Name] = [IndicatorFamily.CareLeavers],
    };

    // The ids of the catalogue's indicators computed from the table's records, in catalogue order; empty for none.
    public static IReadOnlyList<string> Of(Ssda903TableSpec table) =>
        s_families.TryGetValue(table.Name, out var families)
            ? [.. Catalogue.All.Where(d => families.Contains(d.Family)).Select(d => d.Id)]
            : [];

    // The end of a finding that leaves the table unusable: which indicators are not available.
    public static string NotAvailable(Ssda903TableSpec table) => Of(table) is { Count: > 0 } ids
        ? $"These indicators are not available: {string.Join(", ", ids)}."
        : "No indicator of the catalogue is computed from this table.";
}
