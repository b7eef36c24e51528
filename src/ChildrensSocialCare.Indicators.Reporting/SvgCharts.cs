using System.Globalization;

namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// Charts as SVG text, with no dependencies: a line chart of time series (the seed report's monthly looked-after
/// numbers, section 2.17), bars beside a line on a second axis (placement stability beside looked-after numbers,
/// section 2.18), and grouped bars (referrals and assessments by month).
/// </summary>
/// <remarks>
/// <para>Each method returns one <c>&lt;svg&gt;</c> element with a white background, a title, axis labels, ticks at
/// round numbers, light grid lines and a legend, to embed in HTML or save as an <c>.svg</c> file. The SVG is
/// well-formed XML; every label is escaped; every coordinate is a finite number, also for an empty or all-gap series
/// (the chart then says "No data").</para>
/// <para>Points are drawn at the centres of equal bands, one per category. Each point and bar has a tooltip
/// (<c>&lt;title&gt;</c>) with its label and value.</para>
/// </remarks>
public static partial class SvgCharts
{
    private static readonly string[] s_palette = ["#1d70b8", "#d4351c", "#00703c", "#912b88", "#f47738", "#5694ca", "#85994b", "#6f72af"];

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>A line chart of <paramref name="series"/>'s values, titled with the indicator's title unless
    /// <paramref name="options"/> gives one.</summary>
    public static string Line(TimeSeries series, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var o = options ?? ChartOptions.Default;
        o = o with
        {
            Title = o.Title ?? series.Indicator.Title,
            XAxisLabel = o.XAxisLabel ?? (series.Indicator.Kind == MeasureKind.Snapshot ? "Period end" : "Period"),
        };
        return Line([ChartSeries.FromValues(series, o.Disclosure)], o);
    }

    /// <summary>A line chart of one or more series on one axis, a line per series with a marker per point; gaps
    /// break the line.</summary>
    /// <exception cref="ArgumentException">No series is given.</exception>
    public static string Line(IEnumerable<ChartSeries> series, ChartOptions? options = null)
    {
        var list = Series(series);
        var o = options ?? ChartOptions.Default;
        var chart = new Chart(o, Categories(list), "csc-line");
        var lines = list.Select(s => chart.Values(s)).ToList();
        var axis = AxisScale.For(lines.SelectMany(v => v), IncludeZero(o.StartAtZero, lines.SelectMany(v => v)), list.All(s => s.Unit == Unit.Count));
        chart.Begin(axis, YLabel(o.YAxisLabel, list[0].Unit), null, null,
            list.Select((s, i) => new LegendItem(s.Name, Colour(i), IsBar: false)).ToList());
        for (var i = 0; i < list.Count; i++)
        {
            chart.DrawLine(list[i].Name, lines[i], axis, Colour(i));
        }

        return chart.End(lines.SelectMany(v => v).Any(v => v is not null));
    }

    /// <summary>
    /// Bars of <paramref name="bars"/> on the left axis with a line of <paramref name="line"/> on the right axis:
    /// two measures of different units over the same periods, such as looked-after numbers (bars) and the percentage
    /// with three or more placements (line), as in the seed report's section 2.18.
    /// </summary>
    public static string BarsAndLine(ChartSeries bars, ChartSeries line, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(line);
        var o = options ?? ChartOptions.Default;
        var chart = new Chart(o, Categories([bars, line]), "csc-bars-line");
        var barValues = chart.Values(bars);
        var lineValues = chart.Values(line);
        var left = AxisScale.For(barValues, includeZero: true, bars.Unit == Unit.Count);
        var right = AxisScale.For(lineValues, IncludeZero(o.StartAtZero, lineValues), line.Unit == Unit.Count);
        chart.Begin(left, YLabel(o.YAxisLabel, bars.Unit), right, YLabel(o.SecondaryYAxisLabel, line.Unit),
        [
            new LegendItem(bars.Name + " (left axis)", Colour(0), IsBar: true),
            new LegendItem(line.Name + " (right axis)", Colour(1), IsBar: false),
        ]);
        chart.DrawBars(bars.Name, barValues, left, Colour(0), 0, 1);
        chart.DrawLine(line.Name, lineValues, right, Colour(1));
        return chart.End(barValues.Concat(lineValues).Any(v => v is not null));
    }

    /// <summary>Grouped bars: for each category, one bar per series side by side, on one axis that starts at zero
    /// (so the series should share a unit).</summary>
    /// <exception cref="ArgumentException">No series is given.</exception>
    public static string GroupedBars(IEnumerable<ChartSeries> series, ChartOptions? options = null)
    {
        var list = Series(series);
        var o = options ?? ChartOptions.Default;
        var chart = new Chart(o, Categories(list), "csc-grouped-bars");
        var values = list.Select(s => chart.Values(s)).ToList();
        var axis = AxisScale.For(values.SelectMany(v => v), includeZero: true, list.All(s => s.Unit == Unit.Count));
        chart.Begin(axis, YLabel(o.YAxisLabel, list[0].Unit), null, null,
            list.Select((s, i) => new LegendItem(s.Name, Colour(i), IsBar: true)).ToList());
        for (var i = 0; i < list.Count; i++)
        {
            chart.DrawBars(list[i].Name, values[i], axis, Colour(i), i, list.Count);
        }

        return chart.End(values.SelectMany(v => v).Any(v => v is not null));
    }

    private static List<ChartSeries> Series(IEnumerable<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one series.", nameof(series));
        }

        if (list.Any(s => s is null))
        {
            throw new ArgumentException("A chart's series cannot be null.", nameof(series));
        }

        return list;
    }

    private static List<string> Categories(IEnumerable<ChartSeries> series)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var categories = new List<string>();
        foreach (var point in series.SelectMany(s => s.Points))
        {
            if (seen.Add(point.Label ?? ""))
            {
                categories.Add(point.Label ?? "");
            }
        }

        return categories;
    }

    // Spreadsheet charts start a value axis at zero unless the smallest value is at least 5/6 of the largest (of the
    // same sign): then the axis fits the data so that a small change stays visible.
    private static bool IncludeZero(bool? startAtZero, IEnumerable<double?> values)
    {
        if (startAtZero is { } fixedChoice)
        {
            return fixedChoice;
        }

        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (present.Count == 0)
        {
            return true;
        }

        double min = present.Min(), max = present.Max();
        return !((min > 0 && min >= max * 5 / 6) || (max < 0 && max <= min * 5 / 6));
    }

    private static string YLabel(string? label, Unit? unit) => label ?? unit switch
    {
        Unit.Percentage => "Per cent",
        Unit.RatePer10000 => "Per 10,000 children",
        Unit.Count => "Number",
        Unit.Days => "Days",
        Unit.Score => "Mean score",
        _ => "",
    };

    private static string Colour(int i) => s_palette[i % s_palette.Length];
}
