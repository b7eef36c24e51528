using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// The table of docs/published-data.md (between <!-- published-map:begin --> and <!-- published-map:end -->),
// generated from a PublishedColumnMap: every entry, then every catalogue id without a published column.
internal static class PublishedMapTable
{
    public const string Begin = "<!-- published-map:begin -->";
    public const string End = "<!-- published-map:end -->";

    public static string Generate(PublishedColumnMap map)
    {
        var b = new StringBuilder();
        b.Append("Release ").Append(map.Release).Append(".\n\n");
        b.Append("| Indicator | File (name starts) | Rows | Value column | Numerator | Denominator | Notes |\n");
        b.Append("|---|---|---|---|---|---|---|\n");
        foreach (var c in map.Columns)
        {
            var rows = c.Filters.Count == 0 ? "every row" : string.Join("; ", c.Filters.Select(f => $"`{f.Key}` = {f.Value}"));
            var denominator = c.Computation == PublishedComputation.RatePer10000OfPopulation
                ? "ONS mid-year estimate, 0-17, of the year before"
                : c.DenominatorColumn is null ? "" : $"`{c.DenominatorColumn}`" +
                    (c.DenominatorFilters is { } d ? " of the row with " + string.Join("; ", d.Select(f => $"`{f.Key}` = {f.Value}")) : "");
            var value = c.Computation == PublishedComputation.RatePer10000OfPopulation
                ? $"computed: `{c.ValueColumn}` per 10,000"
                : $"`{c.ValueColumn}`";
            var numerator = c.Computation == PublishedComputation.RatePer10000OfPopulation ? $"`{c.ValueColumn}`" : c.NumeratorColumn is null ? "" : $"`{c.NumeratorColumn}`";
            b.Append(Row($"`{c.IndicatorId}`", $"`{c.File}`", rows, value, numerator, denominator, c.Note));
        }

        b.Append("\nCatalogue ids without a published column:\n\n");
        b.Append("| Indicator | Why |\n|---|---|\n");
        foreach (var (id, why) in map.Unmapped)
        {
            b.Append(Row($"`{id}`", why));
        }

        return b.ToString();
    }

    private static string Row(params string[] cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |\n";
}
