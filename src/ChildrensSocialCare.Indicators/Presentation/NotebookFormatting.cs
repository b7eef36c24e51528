namespace ChildrensSocialCare.Indicators.Presentation;

// .NET Interactive (Polyglot and Jupyter notebooks) finds formatters through an attribute it matches by NAME
// (Microsoft.DotNet.Interactive.Formatting.Formatter, "TryRegisterFromConventionBasedFormatterSources"): an attribute
// called TypeFormatterSourceAttribute with a FormatterSourceType property, whose type has a public
// CreateTypeFormatters() returning objects with a MimeType property and a public bool Format(object, TextWriter).
// Declaring our own keeps the package free of any notebook dependency: outside a notebook nothing reads these types.
// Formatter sources are created with Activator.CreateInstance, so they need a public parameterless constructor.
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}

// The formatters for the result types: an HTML table (a chart and a table for a time series) and a plain-text table.
internal sealed class NotebookFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new NotebookFormatter("text/html"), new NotebookFormatter("text/plain")];
}

internal sealed class NotebookFormatter(string mimeType)
{
    // An explanation can list thousands of records; a notebook shows the first ones and says how many more there are.
    internal const int MaxExplanationRows = 500;

    private static readonly PresentationOptions s_explanation = new() { MaxRows = MaxExplanationRows };

    public string MimeType { get; } = mimeType;

    // Returns false for any other type, so the notebook falls back to its default formatting.
    public bool Format(object? instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = MimeType == "text/html" ? Html(instance) : PlainText(instance);
        if (text is null)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }

    private static string? Html(object? instance) => instance switch
    {
        Scorecard s => HtmlTables.Scorecard(s),
        IndicatorResult r => HtmlTables.Result(r),
        Explanation e => HtmlTables.Explanation(e, s_explanation),
        TimeSeries t => "<div class=\"csc-timeseries-view\">" + SvgCharts.Line(t) + HtmlTables.TimeSeries(t) + "</div>",
        _ => null,
    };

    private static string? PlainText(object? instance) => instance switch
    {
        Scorecard s => TextTable.Scorecard(s),
        IndicatorResult r => r.ToString(),
        Explanation e => TextTable.Explanation(e, s_explanation),
        TimeSeries t => TextTable.TimeSeries(t),
        _ => null,
    };
}
