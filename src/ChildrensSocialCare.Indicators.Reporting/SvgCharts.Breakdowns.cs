namespace ChildrensSocialCare.Indicators.Reporting;

// The bar chart of a breakdown (specification section 5).
public static partial class SvgCharts
{
    /// <summary>
    /// A breakdown as a bar chart, one bar per group: its value, or, for a rate without the groups' populations, its
    /// count. Under disclosure control the published figure is drawn and a suppressed one is a gap.
    /// </summary>
    /// <param name="breakdown">The breakdown, from <c>DataSet.Breakdown</c>.</param>
    /// <param name="options">The chart's options (its disclosure control, labels and size).</param>
    /// <returns>The SVG.</returns>
    public static string Breakdown(Breakdown breakdown, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var disclosure = options?.Disclosure;
        var counts = breakdown.Groups.Count > 0 && breakdown.Groups.All(g => !g.Result.IsAvailable);
        var points = breakdown.Groups.Select(g => new ChartPoint(g.Label,
            counts ? disclosure is null ? (double)g.Numerator : (double?)Figures.Parse(disclosure.Count(decimal.ToInt64(decimal.Truncate(g.Numerator))))
            : !g.Result.IsAvailable || g.Value is null ? null
            : disclosure is null ? (double)g.Value.Value
            : (double?)Figures.Parse(g.Result.Present(disclosure))));
        var series = new ChartSeries(counts ? breakdown.Indicator.Title + " (count)" : breakdown.Indicator.Title, points)
        {
            Unit = counts ? Unit.Count : breakdown.Indicator.Unit,
        };
        return GroupedBars([series], (options ?? ChartOptions.Default) with { XAxisLabel = breakdown.Dimension.Title });
    }
}
