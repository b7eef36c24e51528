using System.Globalization;

namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// A funnel plot to show in a notebook: returned from a cell, it renders as <see cref="SvgCharts.Funnel"/>'s SVG
/// (text/html) or as a line per authority outside the 99.8% limits (text/plain), through <see cref="NotebookFormatting"/>.
/// </summary>
/// <param name="Points">Every authority's percentage and denominator (one may be highlighted).</param>
/// <param name="Benchmark">The benchmark percentage, 0 to 100 (England's).</param>
[Interactive.TypeFormatterSource(typeof(Interactive.ReportingFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed record FunnelPlot(IReadOnlyList<FunnelPoint> Points, decimal Benchmark)
{
    /// <summary>Title, axis labels and size; <c>null</c> for <see cref="ChartOptions.Default"/>.</summary>
    public ChartOptions? Options { get; init; }

    /// <summary>The plot as SVG (<see cref="SvgCharts.Funnel"/>).</summary>
    public string ToSvg() => SvgCharts.Funnel(Points, Benchmark, Options);

    /// <summary>The authorities with a denominator outside the 99.8% limits around the benchmark, lowest first.</summary>
    public IReadOnlyList<FunnelPoint> Outside() =>
        [.. Points.Where(p => p.Denominator > 0 && Outside(p)).OrderBy(p => p.Value).ThenBy(p => p.Label, StringComparer.Ordinal)];

    /// <summary>The title, the benchmark, how many authorities are drawn and those outside the 99.8% limits, a line
    /// each.</summary>
    public override string ToString()
    {
        var drawn = Points.Count(p => p.Denominator > 0);
        var outside = Outside();
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Options?.Title ?? "Funnel plot"}: {drawn} authorities against a benchmark of {Benchmark:0.##}%; {outside.Count} outside the 99.8% limits"),
        };
        lines.AddRange(outside.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"  {p.Label}{(p.Highlighted ? " (highlighted)" : "")}: {p.Value:0.###}% of {p.Denominator:#,0.###}")));
        return string.Join("\n", lines);
    }

    private bool Outside(FunnelPoint p)
    {
        var (lower, upper) = SvgCharts.WilsonLimits((double)Benchmark / 100, (double)p.Denominator, ConfidenceLevel.Percent99Point8.Z);
        return (double)p.Value < lower || (double)p.Value > upper;
    }
}
