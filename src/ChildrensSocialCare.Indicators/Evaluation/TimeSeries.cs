using System.Collections;

namespace ChildrensSocialCare.Indicators;

/// <summary>One indicator over consecutive periods (month ends, quarters, years): a trend, such as the monthly count
/// of looked-after children charted in the seed report.</summary>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed class TimeSeries : IReadOnlyList<IndicatorResult>
{
    private readonly IReadOnlyList<IndicatorResult> _points;

    internal TimeSeries(IndicatorDefinition indicator, IReadOnlyList<IndicatorResult> points)
    {
        Indicator = indicator;
        _points = points;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The periods, in order.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => _points.Select(p => p.Period).ToList();

    /// <inheritdoc />
    public int Count => _points.Count;

    /// <inheritdoc />
    public IndicatorResult this[int index] => _points[index];

    /// <inheritdoc />
    public IEnumerator<IndicatorResult> GetEnumerator() => _points.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
