namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// A named series of values to chart, made from a <see cref="TimeSeries"/> (<see cref="FromValues"/>,
/// <see cref="FromNumerators"/>) or from any labelled values.
/// </summary>
/// <remarks>Series in one chart are matched by label: the chart's categories are the labels of all its series in the
/// order first seen, and a series with no point for a label has a gap there. Labels within a series should be
/// distinct (a repeated label's later points are ignored). A value that is not finite, or larger in magnitude than
/// 10^15, is drawn as a gap.</remarks>
public sealed class ChartSeries
{
    /// <summary>Creates a series called <paramref name="name"/> with the given points, in order.</summary>
    public ChartSeries(string name, IEnumerable<ChartPoint> points)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(points);
        Name = name;
        Points = points.ToList();
    }

    /// <summary>The name shown in the legend.</summary>
    public string Name { get; }

    /// <summary>The points, in order.</summary>
    public IReadOnlyList<ChartPoint> Points { get; }

    /// <summary>The unit of the values, which names the axis when the chart's options do not; <c>null</c> when unknown.</summary>
    public Unit? Unit { get; init; }

    /// <summary>
    /// The values of <paramref name="series"/>, labelled by period (a snapshot by its date: <c>Oct 2014</c>; a
    /// reporting year as <c>2013-14</c>). A result that is not available or not applicable is a gap; under
    /// <paramref name="disclosure"/> the published figure is drawn and a suppressed one is a gap.
    /// </summary>
    /// <param name="series">The time series.</param>
    /// <param name="disclosure">Disclosure control, or <c>null</c> for the exact values.</param>
    /// <param name="name">The legend name; the indicator's title when <c>null</c>.</param>
    public static ChartSeries FromValues(TimeSeries series, DisclosureControl? disclosure = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new ChartSeries(name ?? series.Indicator.Title, series.Select(r => new ChartPoint(
            PeriodLabels.Short(r.Period, series.Indicator.Kind),
            !r.IsAvailable || r.Value is null ? null
            : disclosure is null ? (double)r.Value.Value
            : (double?)Figures.Parse(r.Present(disclosure)))))
        {
            Unit = series.Indicator.Unit,
        };
    }

    /// <summary>
    /// The numerators of <paramref name="series"/>: the counts behind the values, such as the number of children
    /// looked after behind <c>cla-rate</c> (the seed report's monthly looked-after numbers). Labelled as
    /// <see cref="FromValues"/>; under <paramref name="disclosure"/> counts are shown as the control shows counts and
    /// a suppressed one is a gap.
    /// </summary>
    /// <param name="series">The time series.</param>
    /// <param name="disclosure">Disclosure control, or <c>null</c> for the exact counts.</param>
    /// <param name="name">The legend name; the indicator's title followed by <c>(numerator)</c> when <c>null</c>.</param>
    public static ChartSeries FromNumerators(TimeSeries series, DisclosureControl? disclosure = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new ChartSeries(name ?? series.Indicator.Title + " (numerator)", series.Select(r => new ChartPoint(
            PeriodLabels.Short(r.Period, series.Indicator.Kind),
            !r.IsAvailable ? null
            : disclosure is null ? (double)r.Numerator
            : (double?)Figures.Parse(disclosure.Count(decimal.ToInt64(decimal.Truncate(r.Numerator)))))))
        {
            Unit = Indicators.Unit.Count,
        };
    }
}
