using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.Formats;

// The geography of a published row: country, region and authority columns, found by name. An authority is keyed by
// its old 3-digit code; a composite code ("940 / 941") is a joint return of several authorities.
internal sealed class AreaColumns(Header header)
{
    private const string England = "E92000001";

    public static bool IsOldCode(string code) => code.Length == 3 && code.All(char.IsAsciiDigit);

    private static bool IsNewCode(string code) => code.Length == 9 && char.IsAsciiLetterUpper(code[0]) && code[1..].All(char.IsAsciiDigit);

    // False with a null fault for a level that is not read; false with a fault for a row that is rejected.
    public bool TryRead(SepReader.Row row, string level, out PublishedArea? area, out (string Column, string Value, string Reason)? fault)
    {
        area = null;
        fault = null;
        var regionCode = Text(row, "region_code");
        var regionName = Text(row, "region_name");
        switch (level.ToUpperInvariant())
        {
            case "NATIONAL":
                var country = Text(row, "country_code") ?? England;
                area = new PublishedArea(GeographicLevel.National, country, Text(row, "country_name") ?? "England");
                return true;
            case "REGIONAL":
                if (regionCode is null || !IsNewCode(regionCode))
                {
                    fault = ("region_code", regionCode ?? "", "A Regional row needs a 9-character region code (E12000001, E13000001); the row is not read.");
                    return false;
                }

                area = new PublishedArea(GeographicLevel.Regional, regionCode, regionName ?? regionCode) { RegionCode = regionCode, RegionName = regionName };
                return true;
            case "LOCAL AUTHORITY":
                return TryReadAuthority(row, regionCode, regionName, out area, out fault);
            default:
                return false;
        }
    }

    private bool TryReadAuthority(SepReader.Row row, string? regionCode, string? regionName, out PublishedArea? area, out (string, string, string Reason)? fault)
    {
        area = null;
        fault = null;
        var old = Text(row, "old_la_code") ?? "";
        var parts = Parts(old);
        if (parts.Count == 0 || !parts.All(IsOldCode))
        {
            fault = ("old_la_code", old, "A Local authority row needs an old 3-digit code (or a joint return's codes, '940 / 941'); the row is not read.");
            return false;
        }

        var newCode = Text(row, "new_la_code");
        var newParts = newCode is null ? [] : Parts(newCode);
        if (newParts.Count > 0 && !newParts.All(IsNewCode))
        {
            fault = ("new_la_code", newCode!, "A new code is 9 characters (E08000030); the row is not read.");
            return false;
        }

        var code = string.Join(" / ", parts);
        area = new PublishedArea(GeographicLevel.LocalAuthority, code, Text(row, "la_name") ?? code)
        {
            OldCode = code,
            NewCode = newParts.Count == 0 ? null : string.Join(" / ", newParts),
            RegionCode = regionCode,
            RegionName = regionName,
            JointCodes = parts.Count > 1 ? parts : [],
        };
        return true;
    }

    private static List<string> Parts(string code) =>
        [.. code.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private string? Text(SepReader.Row row, string column) => header.Cell(row, column) is { Length: > 0 } t ? t.ToString() : null;
}
