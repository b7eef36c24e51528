namespace ChildrensSocialCare.Indicators.Formats;

// Rank and quartile band of a value among every authority's published value (spec section 6; DfE LAIT
// calculate_rank with ties "min" and calculate_quartile_band with R's quantile type 7, published-data.md section 4).
internal static class Ranking
{
    // Every single authority's numeric value of the year: joint returns are not a single authority's figure, so they
    // are not ranked.
    public static List<(string Code, decimal Value)> Values(PublishedStatistics published, string indicatorId, ReportingYear year) =>
        [.. published.AuthorityFigures(indicatorId, year).Select(f => (f.Area.Code, f.Value.Number!.Value))];

    public static PublishedRank? Of(string indicatorId, ReportingYear year, decimal value, IReadOnlyList<decimal> others)
    {
        var values = others.Append(value).Order().ToList();
        if (values.Count < 4)
        {
            return null;
        }

        var polarity = Catalogue.Get(indicatorId).Polarity;
        var lowerIsBetter = polarity == Polarity.LowerIsBetter;
        var rank = 1 + values.Count(v => lowerIsBetter ? v < value : v > value);
        var (q1, q2, q3) = (Quantile(values, 0.25m), Quantile(values, 0.5m), Quantile(values, 0.75m));
        var quartile = lowerIsBetter
            ? value <= q1 ? 1 : value <= q2 ? 2 : value <= q3 ? 3 : 4
            : value >= q3 ? 1 : value >= q2 ? 2 : value >= q1 ? 3 : 4;
        return new PublishedRank(indicatorId, year, value, rank, values.Count, quartile) { Quartiles = (q1, q2, q3) };
    }

    // R type 7 (Excel PERCENTILE.INC): h = (n - 1) p, interpolated between the order statistics around it.
    private static decimal Quantile(List<decimal> sorted, decimal p)
    {
        var h = (sorted.Count - 1) * p;
        var lower = (int)decimal.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
