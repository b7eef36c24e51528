using System.Globalization;
using System.Xml.Linq;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// SvgCharts.Funnel: every authority's percentage against its denominator, with the benchmark and its 95% and 99.8%
// Wilson limits as functions of the denominator (spec section 6). The authorities are invented.
public class FunnelPlotTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private static readonly FunnelPoint[] s_points =
    [
        new("A", 20m, 100m),
        new("B", 45m, 100m),
        new("C", 19m, 2_000m),
        new("D", 30m, 2_000m),
        new("Us", 25m, 400m) { Highlighted = true },
        new("No denominator", 50m, 0m),
    ];

    [Fact]
    public void The_limits_are_the_Wilson_interval_of_the_benchmark_share_of_each_denominator()
    {
        // p = 0.2, n = 100, z = 1.959964: k = 20; (2k + z² ± z·sqrt(z² + 4k(n-k)/n)) / (2(n + z²))
        // = (43.8415 ± 1.959964 x sqrt(3.8415 + 64)) / 207.6830 = (43.8415 ± 16.1434) / 207.6830 = 13.34% to 28.88%.
        var (lower, upper) = SvgCharts.WilsonLimits(0.2, 100, 1.959964);
        Assert.Equal(13.34, Math.Round(lower, 2));
        Assert.Equal(28.88, Math.Round(upper, 2));

        // For a whole k they are the core's Wilson interval of k of n, at both levels.
        foreach (var (k, n) in new[] { (3L, 10L), (150L, 1_000L), (0L, 40L) })
        {
            foreach (var level in new[] { ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8 })
            {
                var core = ConfidenceInterval.Wilson(k, n, level)!.Value;
                var ours = SvgCharts.WilsonLimits(k / (double)n, n, level.Z);
                Assert.Equal((double)core.Lower, ours.Lower, 9);
                Assert.Equal((double)core.Upper, ours.Upper, 9);
            }
        }
    }

    [Fact]
    public void A_funnel_plot_draws_each_authority_the_benchmark_and_both_pairs_of_limits()
    {
        var svg = Xml.Parse(SvgCharts.Funnel(s_points, 20m, new ChartOptions { Title = "Re-referrals", XAxisLabel = "Referrals" }));

        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Contains("csc-funnel", (string?)svg.Attribute("class"));
        Assert.Equal("Re-referrals", svg.Element(s_svg + "title")!.Value);

        // One point per authority with a denominator, each with its tooltip; the one without is left out.
        var tips = svg.WithClass("csc-series").Single().Elements(s_svg + "circle").Select(c => c.Element(s_svg + "title")!.Value).ToList();
        Assert.Equal(5, tips.Count);
        Assert.DoesNotContain(tips, t => t.StartsWith("No denominator", StringComparison.Ordinal));

        // B, 45% of 100, is above the 99.8% upper limit at n = 100: z = 3.090232, z² = 9.5495, (40 + 9.5495 +
        // 3.090232 x sqrt(9.5495 + 64)) / (2 x 109.5495) = (49.5495 + 26.5020) / 219.0990 = 34.7%. A, 20% of 100, is on
        // the benchmark; D, 30% of 2,000, is far outside the funnel there (about 17.4% to 22.9%).
        Assert.Contains("B: 45% of 100 (outside the 99.8% limits)", tips);
        Assert.Contains("A: 20% of 100", tips);
        Assert.Contains("D: 30% of 2,000 (outside the 99.8% limits)", tips);

        // The highlighted point is drawn last (on top), larger, and named.
        var us = svg.WithClass("csc-funnel-highlight").Single();
        Assert.Equal("Us: 25% of 400", us.Element(s_svg + "title")!.Value);
        Assert.Equal("Us", svg.WithClass("csc-funnel-label").Single().Value);

        // The benchmark line and four limit lines: lower and upper at 95% and at 99.8%.
        Assert.Single(svg.WithClass("csc-funnel-benchmark"));
        var limits = svg.WithClass("csc-funnel-limit").Select(l => ((string?)l.Attribute("data-level"), (string?)l.Attribute("data-side"))).ToList();
        Assert.Equal([("95", "lower"), ("95", "upper"), ("99.8", "lower"), ("99.8", "upper")], limits);
    }

    [Fact]
    public void The_99_8_limits_are_outside_the_95_limits_and_the_funnel_narrows_as_the_denominator_grows()
    {
        var svg = Xml.Parse(SvgCharts.Funnel(s_points, 20m));

        // On the page, y grows downwards: the upper limits are above (smaller y than) the benchmark, and the 99.8%
        // upper limit above the 95% one at every sampled denominator; the gap narrows to the right.
        var upper95 = Path(svg, "95", "upper");
        var upper998 = Path(svg, "99.8", "upper");
        Assert.Equal(upper95.Count, upper998.Count);
        Assert.All(upper95.Zip(upper998), p => Assert.True(p.Second.Y <= p.First.Y, $"{p.First} {p.Second}"));
        Assert.True(upper95[^1].Y > upper95[1].Y, "the 95% upper limit comes down towards the benchmark as n grows");
    }

    [Fact]
    public void With_no_point_the_chart_says_no_data_and_a_benchmark_outside_0_to_100_is_an_error()
    {
        var svg = Xml.Parse(SvgCharts.Funnel([], 20m));
        Assert.Single(svg.WithClass("csc-no-data"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgCharts.Funnel(s_points, 120m));
    }

    [Fact]
    public void In_a_notebook_a_funnel_plot_is_its_svg_and_as_text_the_authorities_outside_the_limits()
    {
        var plot = new FunnelPlot(s_points, 20m) { Options = new ChartOptions { Title = "Re-referrals" } };

        using var html = new StringWriter();
        using var text = new StringWriter();
        Assert.True(NotebookFormatting.TryFormat(plot, "text/html", html));
        Assert.True(NotebookFormatting.TryFormat(plot, "text/plain", text));

        Assert.Equal(SvgCharts.Funnel(s_points, 20m, plot.Options), html.ToString());
        // Outside the 99.8% limits: C, 19% of 2,000, is inside (17.4% to 22.9%), and so are A, 20% of 100 (10.5% to
        // 34.7%), and Us, 25% of 400 (14.6% to 26.8%); B (45% of 100) and D (30% of 2,000) are outside, lowest first.
        Assert.Equal(["D", "B"], plot.Outside().Select(p => p.Label));
        Assert.Equal("Re-referrals: 5 authorities against a benchmark of 20%; 2 outside the 99.8% limits\n  D: 30% of 2,000\n  B: 45% of 100", text.ToString());
    }

    private static List<(double X, double Y)> Path(XElement svg, string level, string side) =>
        svg.WithClass("csc-funnel-limit")
            .Single(l => (string?)l.Attribute("data-level") == level && (string?)l.Attribute("data-side") == side)
            .Attribute("d")!.Value.Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim().Split(' '))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();
}
