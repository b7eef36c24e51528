using System.Globalization;
using System.Xml.Linq;
using ChildrensSocialCare.Indicators.Reporting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

public class SvgChartsTests
{
    private static readonly XNamespace s_svg = Xml.Svg;

    private static TimeSeries LookedAfter() => PresentationData.Create().Series("cla-rate", PresentationData.Months, PresentationData.Options);

    private static ChartSeries Points(string name, params double?[] values) =>
        new(name, values.Select((v, i) => new ChartPoint("P" + i.ToString(CultureInfo.InvariantCulture), v)));

    [Fact]
    public void Line_chart_of_a_time_series_has_a_title_a_point_per_period_and_a_legend()
    {
        var series = LookedAfter();

        var svg = Xml.Parse(SvgCharts.Line(series));

        Assert.Equal(s_svg + "svg", svg.Name);
        Assert.Equal(series.Indicator.Title, svg.Element(s_svg + "title")!.Value);
        Assert.Equal(series.Indicator.Title, svg.WithClass("csc-title").Single().Value);
        Assert.Equal(12, svg.WithClass("csc-series").Single().Elements(s_svg + "circle").Count());
        Assert.Equal(series.Indicator.Title, svg.WithClass("csc-legend").Single().Element(s_svg + "text")!.Value);
        Assert.Equal("Apr 2013", svg.WithClass("csc-category").First().Value);
        Assert.Equal(["Per 10,000 children", "Period end"], svg.WithClass("csc-axis-label").Select(e => e.Value));
    }

    [Fact]
    public void Each_point_has_a_tooltip_with_its_label_and_value()
    {
        var svg = Xml.Parse(SvgCharts.Line(LookedAfter()));

        var tooltips = svg.WithClass("csc-series").Single().Elements(s_svg + "circle").Select(c => c.Element(s_svg + "title")!.Value).ToList();

        // Looked after at 30 September 2013: L1, L2 and L3 (PresentationData) = 3 per 10,000.
        Assert.Equal("Children looked after at period end per 10,000, Sep 2013: 3", tooltips[5]);
    }

    [Fact]
    public void Value_axis_ticks_are_round_numbers_covering_the_data()
    {
        var svg = Xml.Parse(SvgCharts.Line([Points("s", 3, 17, 42)]));

        var ticks = svg.WithClass("csc-tick").Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();

        // 0 to 42 in about five steps: a step of 10 from 0 to 50.
        Assert.Equal([0, 10, 20, 30, 40, 50], ticks);
    }

    [Fact]
    public void A_line_of_large_similar_values_does_not_start_at_zero_so_a_small_change_shows()
    {
        // Looked-after numbers between 600 and 650 (all above 5/6 of the largest): the axis fits the data.
        var fitted = Xml.Parse(SvgCharts.Line([Points("lac", 612, 605, 600, 633, 650)]));
        // One value below 5/6 of the largest: the axis starts at zero.
        var zero = Xml.Parse(SvgCharts.Line([Points("lac", 100, 605, 650)]));
        var forced = Xml.Parse(SvgCharts.Line([Points("lac", 612, 605, 600, 633, 650)], new ChartOptions { StartAtZero = true }));

        Assert.True(FirstTick(fitted) > 0);
        Assert.Equal(0, FirstTick(zero));
        Assert.Equal(0, FirstTick(forced));
    }

    [Fact]
    public void Bars_always_start_at_zero()
    {
        var svg = Xml.Parse(SvgCharts.GroupedBars([Points("lac", 612, 605, 650)]));

        Assert.Equal(0, FirstTick(svg));
    }

    [Fact]
    public void A_gap_breaks_the_line()
    {
        var svg = Xml.Parse(SvgCharts.Line([Points("s", 1, 2, null, 4, 5)]));

        var series = svg.WithClass("csc-series").Single();
        var d = (string)series.Element(s_svg + "path")!.Attribute("d")!;
        Assert.Equal(2, d.Count(c => c == 'M'));
        Assert.Equal(4, series.Elements(s_svg + "circle").Count());
    }

    [Fact]
    public void An_empty_series_draws_axes_and_says_no_data()
    {
        var text = SvgCharts.Line([new ChartSeries("nothing", [])]);

        var svg = Xml.Parse(text);

        Assert.Equal("No data", svg.WithClass("csc-no-data").Single().Value);
        Assert.DoesNotContain("NaN", text);
        Assert.DoesNotContain("Infinity", text);
        Assert.NotEmpty(svg.WithClass("csc-tick"));
    }

    [Fact]
    public void A_series_of_gaps_says_no_data_and_has_no_NaN()
    {
        foreach (var text in new[]
        {
            SvgCharts.Line([Points("gaps", null, null, null)]),
            SvgCharts.GroupedBars([Points("gaps", null, null), Points("more", double.NaN, double.PositiveInfinity)]),
            SvgCharts.BarsAndLine(Points("gaps", null, null), Points("line", null, null)),
        })
        {
            var svg = Xml.Parse(text);
            Assert.Single(svg.WithClass("csc-no-data"));
            Assert.DoesNotContain("NaN", text);
            Assert.DoesNotContain("Infinity", text);
            Assert.DoesNotContain(svg.Descendants(s_svg + "circle"), c => c.Parent!.Attribute("class")?.Value == "csc-series");
        }
    }

    [Fact]
    public void A_series_not_available_for_want_of_a_population_is_all_gaps()
    {
        var series = PresentationData.Create().Series("cla-rate", PresentationData.Months);

        var text = SvgCharts.Line(series);

        Assert.Single(Xml.Parse(text).WithClass("csc-no-data"));
        Assert.DoesNotContain("NaN", text);
    }

    [Fact]
    public void Under_disclosure_control_suppressed_counts_are_gaps()
    {
        // Every month-end count of looked-after children is 1 to 3: all suppressed.
        var counts = ChartSeries.FromNumerators(LookedAfter(), DisclosureControl.LocalAuthority, "Children looked after");
        var exact = ChartSeries.FromNumerators(LookedAfter(), name: "Children looked after");

        Assert.All(counts.Points, p => Assert.Null(p.Value));
        Assert.Equal([1, 1, 2, 2, 2, 3, 3, 3, 2, 2, 3, 3], exact.Points.Select(p => p.Value!.Value));
        Assert.Single(Xml.Parse(SvgCharts.Line(LookedAfter(), new ChartOptions { Disclosure = DisclosureControl.LocalAuthority })).WithClass("csc-no-data"));
    }

    [Fact]
    public void Bars_and_line_put_the_line_on_a_right_hand_axis()
    {
        var lac = ChartSeries.FromNumerators(LookedAfter(), name: "Children looked after");
        var share = new ChartSeries("3 or more placements", lac.Points.Select((p, i) => new ChartPoint(p.Label, 8 + (i % 3)))) { Unit = Unit.Percentage };

        var svg = Xml.Parse(SvgCharts.BarsAndLine(lac, share, new ChartOptions { Title = "Placement stability and looked-after numbers" }));

        var series = svg.WithClass("csc-series").ToList();
        Assert.Equal(12, series[0].Elements(s_svg + "rect").Count());
        Assert.Equal(12, series[1].Elements(s_svg + "circle").Count());
        Assert.Single(svg.WithClass("csc-axis-right"));
        Assert.Equal(["Children looked after (left axis)", "3 or more placements (right axis)"],
            svg.WithClass("csc-legend").Single().Elements(s_svg + "text").Select(t => t.Value));
        Assert.Equal(["Number", "Per cent"], svg.WithClass("csc-axis-label").Select(e => e.Value));
        // Counts of 1 to 3 children: ticks at whole numbers only.
        Assert.Equal(["0", "1", "2", "3"], svg.WithClass("csc-axis-left").Single().WithClass("csc-tick").Select(t => t.Value));
    }

    [Fact]
    public void Grouped_bars_draw_each_series_side_by_side()
    {
        var svg = Xml.Parse(SvgCharts.GroupedBars([Points("Referrals", 40, 52, 47), Points("Assessments", 35, 50, 41)]));

        var series = svg.WithClass("csc-series").ToList();
        Assert.Equal(2, series.Count);
        var first = series[0].Elements(s_svg + "rect").Select(X).ToList();
        var second = series[1].Elements(s_svg + "rect").Select(X).ToList();
        Assert.Equal(3, first.Count);
        Assert.All(first.Zip(second), pair => Assert.True(pair.First < pair.Second));
        Assert.True(first[1] > second[0]);
    }

    [Fact]
    public void Series_are_matched_by_label()
    {
        var a = new ChartSeries("a", [new ChartPoint("Jan", 1), new ChartPoint("Feb", 2)]);
        var b = new ChartSeries("b", [new ChartPoint("Feb", 3), new ChartPoint("Mar", 4)]);

        var svg = Xml.Parse(SvgCharts.GroupedBars([a, b]));

        Assert.Equal(["Jan", "Feb", "Mar"], svg.WithClass("csc-category").Select(c => c.Value));
        var bBars = svg.WithClass("csc-series").Last().Elements(s_svg + "rect").Select(r => r.Element(s_svg + "title")!.Value);
        Assert.Equal(["b, Feb: 3", "b, Mar: 4"], bBars);
    }

    [Fact]
    public void Labels_and_names_are_escaped()
    {
        var hostile = new ChartSeries("<script>alert(1)</script>", [new ChartPoint("</text><script>x</script>", 1)]);

        var text = SvgCharts.Line([hostile], new ChartOptions { Title = "<b>&" });
        var svg = Xml.Parse(text);

        Assert.DoesNotContain("<script", text);
        Assert.Empty(svg.Descendants(s_svg + "script"));
        Assert.Equal("<b>&", svg.WithClass("csc-title").Single().Value);
        Assert.Equal("</text><script>x</script>", svg.WithClass("csc-category").Single().Value);
    }

    [Fact]
    public void Chart_options_reject_a_size_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { Width = 10 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { Height = 5000 });
        Assert.Throws<ArgumentException>(() => SvgCharts.Line(Array.Empty<ChartSeries>()));
    }

    // Law: whatever the values (gaps, NaN, infinities, negatives, huge and tiny numbers) and however many, every chart
    // is well-formed XML whose coordinates are finite numbers inside the picture.
    [Property(MaxTest = 150)]
    public Property Every_chart_is_well_formed_with_finite_coordinates_inside_the_picture(double?[] a, double?[] b, PositiveInt width)
    {
        var options = new ChartOptions { Width = 240 + (width.Get % 800), Height = 160 + (width.Get % 300) };
        var first = Points("first", a.Take(40).ToArray());
        var second = Points("second", b.Take(40).ToArray());
        var charts = new[]
        {
            SvgCharts.Line([first, second], options),
            SvgCharts.GroupedBars([first, second], options),
            SvgCharts.BarsAndLine(first, second, options),
        };
        return charts.All(text => InsidePicture(text, options)).ToProperty();
    }

    private static bool InsidePicture(string text, ChartOptions options)
    {
        if (text.Contains("NaN", StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal))
        {
            return false;
        }

        var svg = Xml.Parse(text);
        foreach (var attribute in svg.Descendants().Attributes())
        {
            var name = attribute.Name.LocalName;
            if (name is "x" or "x1" or "x2" or "cx" or "width" &&
                !Within(attribute.Value, options.Width))
            {
                return false;
            }

            if (name is "y" or "y1" or "y2" or "cy" or "height" && !Within(attribute.Value, options.Height))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Within(string value, double limit) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0 && v <= limit;

    private static double X(XElement rect) => double.Parse((string)rect.Attribute("x")!, CultureInfo.InvariantCulture);

    private static double FirstTick(XElement svg) =>
        double.Parse(svg.WithClass("csc-axis-left").Single().WithClass("csc-tick").First().Value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
