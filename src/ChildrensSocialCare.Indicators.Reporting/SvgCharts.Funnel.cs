using System.Globalization;

namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>The funnel plot of <see cref="SvgCharts"/>.</summary>
public static partial class SvgCharts
{
    private const string FunnelTarget = "#0b0c0c";
    private const string FunnelInner = "#1d70b8";
    private const string FunnelOuter = "#d4351c";
    private const string FunnelPointColour = "#5694ca";
    private const string FunnelHighlight = "#d4351c";

    /// <summary>
    /// A funnel plot (spec section 6): every authority's percentage against its denominator, with the benchmark (the
    /// England value) as a horizontal line and its 95% and 99.8% control limits drawn as functions of the denominator,
    /// so that a scrutiny panel sees whether a figure stands out from what chance gives an authority of its size.
    /// </summary>
    /// <remarks>The limits at a denominator <c>n</c> are the Wilson score interval of <c>k = p·n</c> of <c>n</c> at
    /// <c>z</c> 1.959964 and 3.090232, with <c>p</c> the benchmark: <c>(2k + z² ± z·sqrt(z² + 4k(n-k)/n)) / (2(n + z²))</c>,
    /// times 100, sampled at 80 denominators from 1 to the largest. A point outside the 99.8% limits is drawn with a dark
    /// outline and says so in its tooltip. Points without a positive denominator or a finite value are left out; with
    /// none the chart says "No data".</remarks>
    /// <param name="points">The authorities (one may be <see cref="FunnelPoint.Highlighted"/>).</param>
    /// <param name="benchmark">The benchmark percentage, 0 to 100 (England's).</param>
    /// <param name="options">Title, axis labels and size; the default title is "Funnel plot".</param>
    /// <exception cref="ArgumentOutOfRangeException">The benchmark is outside 0 to 100.</exception>
    public static string Funnel(IEnumerable<FunnelPoint> points, decimal benchmark, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (benchmark is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(benchmark), benchmark, "A funnel plot's benchmark is a percentage, 0 to 100.");
        }

        var o = options ?? ChartOptions.Default;
        var list = points.Where(p => p is not null && p.Denominator > 0 && p.Value is >= 0 and <= 100).ToList();
        var target = (double)benchmark;
        var maxN = list.Count == 0 ? 100 : (double)list.Max(p => p.Denominator);
        var samples = Enumerable.Range(0, 81).Select(i => Math.Max(1, maxN * Math.Pow(i / 80.0, 2))).Distinct().ToList();
        var inner = samples.Select(n => (N: n, Limits: WilsonLimits(target / 100, n, 1.959964))).ToList();
        var outer = samples.Select(n => (N: n, Limits: WilsonLimits(target / 100, n, 3.090232))).ToList();

        // The value axis covers the points and the 99.8% limits from a denominator of 10 (below it they run to 0 and
        // 100 and would flatten everything else), within 0 to 100.
        var shownLimits = outer.Where(l => l.N >= Math.Min(10, maxN)).SelectMany(l => new[] { l.Limits.Lower, l.Limits.Upper });
        var yValues = list.Select(p => (double?)(double)p.Value).Concat(shownLimits.Select(v => (double?)v)).Append(target).ToList();
        var yAxis = AxisScale.For(yValues, includeZero: false);
        yAxis = yAxis with { Min = Math.Max(0, yAxis.Min), Max = Math.Min(100, yAxis.Max) };
        var xAxis = AxisScale.For([0, maxN], includeZero: true, wholeNumbers: true);

        var title = o.Title ?? "Funnel plot";
        var legend = new (string Name, string Colour, string? Dash)[]
        {
            ("Authorities", FunnelPointColour, null),
            (string.Create(CultureInfo.InvariantCulture, $"Benchmark {benchmark:0.##}%"), FunnelTarget, null),
            ("95% limits", FunnelInner, "6 4"),
            ("99.8% limits", FunnelOuter, "2 3"),
        };

        var m = new Markup();
        double width = o.Width, height = o.Height;
        m.Open("svg", null, "csc-chart csc-funnel",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", Markup.Number(width)), ("height", Markup.Number(height)),
            ("viewBox", "0 0 " + Markup.Number(width) + " " + Markup.Number(height)),
            ("role", "img"), ("aria-label", title),
            ("font-family", "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"), ("font-size", "12"));
        m.Line().Element("title", title).Line();
        m.Empty("rect", ("width", Markup.Number(width)), ("height", Markup.Number(height)), ("fill", "#ffffff")).Line();
        m.Element("text", title, null, "csc-title", ("x", "12"), ("y", "24"), ("font-size", "15"), ("font-weight", "700"), ("fill", "#0b0c0c")).Line();

        // The legend, on one line (wrapping when narrow).
        var lx = 12.0;
        var ly = 50.0;
        m.Open("g", null, "csc-legend");
        foreach (var (name, colour, dash) in legend)
        {
            var itemWidth = 18 + 6 + (name.Length * 6.6) + 18;
            if (lx > 12 && lx + itemWidth > width - 12)
            {
                lx = 12;
                ly += 18;
            }

            if (dash is null && name == "Authorities")
            {
                m.Empty("circle", ("cx", Markup.Number(lx + 9)), ("cy", Markup.Number(ly - 4)), ("r", "3.5"), ("fill", colour));
            }
            else
            {
                m.Empty("line", ("x1", Markup.Number(lx)), ("y1", Markup.Number(ly - 4)), ("x2", Markup.Number(lx + 18)), ("y2", Markup.Number(ly - 4)),
                    ("stroke", colour), ("stroke-width", "2"), ("stroke-dasharray", dash ?? "none"));
            }

            m.Element("text", name, null, null, ("x", Markup.Number(lx + 24)), ("y", Markup.Number(ly)), ("fill", "#0b0c0c"));
            lx += itemWidth;
        }

        m.Close("g").Line();

        var left = 12 + 16 + 8 + (yAxis.Ticks().Select(yAxis.Format).Max(t => t.Length) * 6.6) + 6;
        var right = width - 16;
        var top = ly + 14;
        var bottom = height - (string.IsNullOrEmpty(o.XAxisLabel) ? 30.0 : 48.0);
        if (bottom - top < 40)
        {
            top = Math.Min(top, height - 88);
        }

        double X(double n) => left + ((n - xAxis.Min) / (xAxis.Max - xAxis.Min) * (right - left));
        double Y(double v) => bottom - ((Math.Clamp(v, yAxis.Min, yAxis.Max) - yAxis.Min) / (yAxis.Max - yAxis.Min) * (bottom - top));

        // Grid and axes.
        m.Open("g", null, "csc-grid");
        foreach (var tick in yAxis.Ticks())
        {
            m.Empty("line", ("x1", Markup.Number(left)), ("y1", Markup.Number(Y(tick))), ("x2", Markup.Number(right)), ("y2", Markup.Number(Y(tick))), ("stroke", "#dddddd"), ("stroke-width", "1"));
        }

        m.Close("g").Line();
        m.Open("g", null, "csc-axis csc-axis-left");
        m.Empty("line", ("x1", Markup.Number(left)), ("y1", Markup.Number(top)), ("x2", Markup.Number(left)), ("y2", Markup.Number(bottom)), ("stroke", "#505a5f"));
        foreach (var tick in yAxis.Ticks())
        {
            m.Element("text", yAxis.Format(tick), null, "csc-tick", ("x", Markup.Number(left - 8)), ("y", Markup.Number(Y(tick) + 4)), ("text-anchor", "end"), ("fill", "#0b0c0c"), ("font-size", "11"));
        }

        var yLabel = o.YAxisLabel ?? "Per cent";
        var labelY = (top + bottom) / 2;
        m.Element("text", yLabel, null, "csc-axis-label", ("x", "14"), ("y", Markup.Number(labelY)), ("text-anchor", "middle"),
            ("transform", "rotate(-90 14 " + Markup.Number(labelY) + ")"), ("fill", "#0b0c0c"));
        m.Close("g").Line();
        m.Open("g", null, "csc-axis csc-axis-bottom");
        m.Empty("line", ("x1", Markup.Number(left)), ("y1", Markup.Number(bottom)), ("x2", Markup.Number(right)), ("y2", Markup.Number(bottom)), ("stroke", "#505a5f"));
        foreach (var tick in xAxis.Ticks())
        {
            m.Element("text", xAxis.Format(tick), null, "csc-tick", ("x", Markup.Number(X(tick))), ("y", Markup.Number(bottom + 17)), ("text-anchor", "middle"), ("fill", "#0b0c0c"), ("font-size", "11"));
        }

        if (!string.IsNullOrEmpty(o.XAxisLabel))
        {
            m.Element("text", o.XAxisLabel, null, "csc-axis-label", ("x", Markup.Number((left + right) / 2)), ("y", Markup.Number(height - 10)), ("text-anchor", "middle"), ("fill", "#0b0c0c"));
        }

        m.Close("g").Line();

        // The benchmark and its limits.
        m.Empty("line", ("x1", Markup.Number(left)), ("y1", Markup.Number(Y(target))), ("x2", Markup.Number(right)), ("y2", Markup.Number(Y(target))),
            ("stroke", FunnelTarget), ("stroke-width", "1.5"), ("class", "csc-funnel-benchmark")).Line();
        foreach (var (limits, colour, dash, name) in new[] { (inner, FunnelInner, "6 4", "95"), (outer, FunnelOuter, "2 3", "99.8") })
        {
            foreach (var side in new[] { 0, 1 })
            {
                var d = string.Join(" ", limits.Select((l, i) => (i == 0 ? "M" : "L") + Markup.Number(X(l.N)) + " " + Markup.Number(Y(side == 0 ? l.Limits.Lower : l.Limits.Upper))));
                m.Empty("path", ("d", d), ("fill", "none"), ("stroke", colour), ("stroke-width", "1.5"), ("stroke-dasharray", dash),
                    ("class", "csc-funnel-limit"), ("data-level", name), ("data-side", side == 0 ? "lower" : "upper")).Line();
            }
        }

        // The authorities, the highlighted last so that it is on top.
        m.Open("g", null, "csc-series", ("data-series", "Authorities"));
        foreach (var p in list.OrderBy(p => p.Highlighted))
        {
            var n = (double)p.Denominator;
            var v = (double)p.Value;
            var limits = WilsonLimits(target / 100, n, 3.090232);
            var outside = v < limits.Lower || v > limits.Upper;
            var tip = string.Create(CultureInfo.InvariantCulture, $"{p.Label}: {p.Value:0.###}% of {p.Denominator:#,0.###}{(outside ? " (outside the 99.8% limits)" : "")}");
            m.Open("circle", null, p.Highlighted ? "csc-funnel-highlight" : outside ? "csc-funnel-outside" : null,
                    ("cx", Markup.Number(X(n))), ("cy", Markup.Number(Y(v))), ("r", p.Highlighted ? "6" : "3.5"),
                    ("fill", p.Highlighted ? FunnelHighlight : FunnelPointColour), ("fill-opacity", p.Highlighted ? "1" : "0.75"),
                    ("stroke", p.Highlighted || outside ? "#0b0c0c" : "none"), ("stroke-width", "1"))
                .Element("title", tip).Close("circle");
            if (p.Highlighted)
            {
                m.Element("text", p.Label, null, "csc-funnel-label", ("x", Markup.Number(X(n) + 9)), ("y", Markup.Number(Y(v) - 8)), ("fill", "#0b0c0c"), ("font-weight", "700"));
            }
        }

        m.Close("g").Line();
        if (list.Count == 0)
        {
            m.Element("text", "No data", null, "csc-no-data", ("x", Markup.Number((left + right) / 2)), ("y", Markup.Number((top + bottom) / 2)),
                ("text-anchor", "middle"), ("fill", "#505a5f"), ("font-size", "14")).Line();
        }

        return m.Close("svg").ToString();
    }

    // The Wilson score interval of k = p·n of n at z (spec section 6), in per cent.
    internal static (double Lower, double Upper) WilsonLimits(double p, double n, double z)
    {
        var k = p * n;
        var centre = (2 * k) + (z * z);
        var spread = z * Math.Sqrt((z * z) + (4 * k * (n - k) / n));
        var scale = 2 * (n + (z * z));
        return (Math.Max(0, (centre - spread) / scale * 100), Math.Min(100, (centre + spread) / scale * 100));
    }
}
