namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>Titles, axis labels, size and scaling of an SVG chart. Every property has a sensible default.</summary>
public sealed record ChartOptions
{
    private readonly int _width = 720;
    private readonly int _height = 360;

    /// <summary>The defaults: 720 by 360, no title, axes named by the series' units.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>The title drawn above the chart, or <c>null</c> for none (a time series' chart defaults to the
    /// indicator's title).</summary>
    public string? Title { get; init; }

    /// <summary>The label of the horizontal axis, or <c>null</c> for none (a time series' chart defaults to
    /// <c>Period</c>, or <c>Period end</c> for a snapshot).</summary>
    public string? XAxisLabel { get; init; }

    /// <summary>The label of the (left) vertical axis, or <c>null</c> to name it by the unit of the first series
    /// (<c>Per cent</c>, <c>Per 10,000 children</c>, <c>Number</c>, <c>Days</c>).</summary>
    public string? YAxisLabel { get; init; }

    /// <summary>The label of the right vertical axis of <see cref="SvgCharts.BarsAndLine"/>, or <c>null</c> to name it
    /// by the line's unit.</summary>
    public string? SecondaryYAxisLabel { get; init; }

    /// <summary>The width in pixels, 240 to 4000; 720 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 240 to 4000.</exception>
    public int Width
    {
        get => _width;
        init => _width = value is < 240 or > 4000
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "A chart's width must be 240 to 4000 pixels.")
            : value;
    }

    /// <summary>The height in pixels, 160 to 4000; 360 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 160 to 4000.</exception>
    public int Height
    {
        get => _height;
        init => _height = value is < 160 or > 4000
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "A chart's height must be 160 to 4000 pixels.")
            : value;
    }

    /// <summary>
    /// Whether a line's axis starts at zero: <c>true</c> always, <c>false</c> never (the axis fits the data), or
    /// <c>null</c> (the default) to start at zero unless every value is within the top sixth of the largest, the
    /// rule spreadsheet charts use, so a gentle change in a large number (looked-after children month by month) stays
    /// visible. Bars always start at zero.
    /// </summary>
    public bool? StartAtZero { get; init; }

    /// <summary>Disclosure control for the values drawn from a <see cref="TimeSeries"/> by
    /// <see cref="SvgCharts.Line(TimeSeries, ChartOptions?)"/>; suppressed values are gaps. <c>null</c> (the default)
    /// draws exact values.</summary>
    public DisclosureControl? Disclosure { get; init; }
}
