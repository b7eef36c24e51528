namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// The rich notebook view of the result types: a <see cref="Scorecard"/>, an <see cref="IndicatorResult"/> and an
/// <see cref="Explanation"/> as their HTML and text tables, a <see cref="TimeSeries"/> as a line chart above its table,
/// a <see cref="Breakdown"/> as a bar chart above its table;
/// a <see cref="FunnelPlot"/> as its SVG (and, as text, the authorities outside its 99.8% limits).
/// </summary>
/// <remarks>
/// The core package's result types carry the attribute .NET Interactive recognises by name, and their formatters
/// forward here when this assembly is loaded (<c>#r "nuget: ChildrensSocialCare.Indicators.Reporting"</c>); without it
/// a notebook shows a result's <see cref="object.ToString"/>. Other notebook hosts can call
/// <see cref="TryFormat(object?, string, TextWriter)"/> themselves.
/// </remarks>
public static class NotebookFormatting
{
    /// <summary>The most records a notebook lists in an explanation; a last row says how many more there are.</summary>
    public const int MaxExplanationRows = 500;

    private static readonly PresentationOptions s_explanation = new() { MaxRows = MaxExplanationRows };

    /// <summary>Writes the view of <paramref name="value"/> for a MIME type, <c>text/html</c> or <c>text/plain</c>.</summary>
    /// <param name="value">The value a notebook cell returned or displayed.</param>
    /// <param name="mimeType"><c>text/html</c> or <c>text/plain</c>.</param>
    /// <param name="writer">Where the view is written.</param>
    /// <returns><c>true</c> when the view was written; <c>false</c>, writing nothing, for any other type or MIME type, so
    /// that the notebook uses its default formatting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mimeType"/> or <paramref name="writer"/> is <c>null</c>.</exception>
    public static bool TryFormat(object? value, string mimeType, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(mimeType);
        ArgumentNullException.ThrowIfNull(writer);
        var text = mimeType switch
        {
            "text/html" => Html(value),
            "text/plain" => PlainText(value),
            _ => null,
        };
        if (text is null)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }

    private static string? Html(object? value) => value switch
    {
        Scorecard s => HtmlTables.Scorecard(s),
        IndicatorResult r => HtmlTables.Result(r),
        Explanation e => HtmlTables.Explanation(e, s_explanation),
        TimeSeries t => "<div class=\"csc-timeseries-view\">" + SvgCharts.Line(t) + HtmlTables.TimeSeries(t) + "</div>",
        Breakdown b => "<div class=\"csc-breakdown-view\">" + SvgCharts.Breakdown(b) + HtmlTables.Breakdown(b) + "</div>",
        FunnelPlot f => f.ToSvg(),
        _ => null,
    };

    private static string? PlainText(object? value) => value switch
    {
        Scorecard s => TextTable.Scorecard(s),
        IndicatorResult r => r.ToString(),
        Explanation e => TextTable.Explanation(e, s_explanation),
        TimeSeries t => TextTable.TimeSeries(t),
        Breakdown b => TextTable.Write(TextTableModel.Breakdown(b)),
        FunnelPlot f => f.ToString(),
        _ => null,
    };
}
