namespace ChildrensSocialCare.Indicators.Reporting.Interactive;

// The notebook formatters of the Reporting package's own types: NotebookFormatting.TryFormat, in this assembly.
// Formatter sources are created with Activator.CreateInstance, so this needs a public parameterless constructor.
internal sealed class ReportingFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new ReportingFormatter("text/html"), new ReportingFormatter("text/plain")];
}

internal sealed class ReportingFormatter(string mimeType)
{
    public string MimeType { get; } = mimeType;

    public bool Format(object? instance, TextWriter writer) => NotebookFormatting.TryFormat(instance, MimeType, writer);
}
