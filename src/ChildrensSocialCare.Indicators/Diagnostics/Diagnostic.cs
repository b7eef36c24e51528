using System.Globalization;
using System.Text;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A finding about the input: a rejected row, an unknown code, a date that does not parse, a data-quality problem
/// found while building a data set. Each says where (file, line or element, column), what (the value) and why.
/// </summary>
/// <param name="Severity">How serious it is: an error means a record was rejected.</param>
/// <param name="Code">A stable, dotted identifier of the kind of finding, for example <c>csv.date-unparseable</c>.</param>
/// <param name="Message">A sentence for people.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>The file (or other source) the finding is in.</summary>
    public string? Source { get; init; }

    /// <summary>The 1-based line number in a text file.</summary>
    public long? Line { get; init; }

    /// <summary>The path of the XML element, for example <c>/Message/Children/Child[3]/CINdetails[1]/CINreferralDate</c>.</summary>
    public string? Element { get; init; }

    /// <summary>The column or field name.</summary>
    public string? Column { get; init; }

    /// <summary>The offending value as it appeared.</summary>
    public string? Value { get; init; }

    /// <summary>The child the finding is about, when known.</summary>
    public string? ChildId { get; init; }

    /// <summary>One line: <c>episodes.csv:12: DECOM '31/02/2014': ... [error csv.date-unparseable]</c>.</summary>
    public override string ToString()
    {
        var b = new StringBuilder();
        if (Source is not null)
        {
            b.Append(Source);
        }

        if (Line is { } line)
        {
            b.Append(CultureInfo.InvariantCulture, $":{line}");
        }

        if (Element is not null)
        {
            b.Append(b.Length > 0 ? " " : "").Append(Element);
        }

        if (b.Length > 0)
        {
            b.Append(": ");
        }

        if (Column is not null)
        {
            b.Append(Column).Append(' ');
        }

        if (Value is not null)
        {
            b.Append('\'').Append(Value).Append("': ");
        }
        else if (Column is not null)
        {
            b.Append(": ");
        }

        b.Append(Message);
        if (ChildId is not null)
        {
            b.Append(" (child ").Append(ChildId).Append(')');
        }

        b.Append(" [").Append(Severity.ToString().ToLowerInvariant()).Append(' ').Append(Code).Append(']');
        return b.ToString();
    }
}

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>For information: nothing was changed or dropped (an extra column that was ignored).</summary>
    Information,

    /// <summary>The record was kept, but something in it is doubtful (an unknown code, a missing optional date).</summary>
    Warning,

    /// <summary>The record was rejected and is not in the data.</summary>
    Error,
}
