using System.Collections.ObjectModel;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// What a reader produced: one <see cref="RecordSet"/> per return (with its collection year and source), every
/// finding about the input, and per file and table how many rows were read, accepted and rejected.
/// </summary>
/// <remarks>Combine the returns with <see cref="DataSet.Create(IEnumerable{RecordSet})"/>; when the same record is
/// in several years' returns the later collection year wins.</remarks>
public sealed class ReadResult
{
    private readonly IReadOnlyDictionary<RecordSet, string> _authorities;

    internal ReadResult(
        IReadOnlyList<RecordSet> returns,
        IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<TableCount> tables,
        IReadOnlyDictionary<RecordSet, string>? authorities = null,
        IReadOnlyList<string>? unread = null)
    {
        // The XML readers stop at a fault of the whole document; their files are unread when one was found.
        Unread = new ReadOnlyCollection<string>([.. unread ?? diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Source is not null && d.Code is DiagnosticCodes.XmlMalformed
                or DiagnosticCodes.XmlDtdProhibited or DiagnosticCodes.XmlTooLarge or DiagnosticCodes.XmlRootUnexpected)
            .Select(d => d.Source!)
            .Distinct(StringComparer.Ordinal)]);
        Returns = new ReadOnlyCollection<RecordSet>([.. returns]);
        Diagnostics = new ReadOnlyCollection<Diagnostic>([.. diagnostics]);
        Tables = new ReadOnlyCollection<TableCount>([.. tables]);
        _authorities = authorities ?? new Dictionary<RecordSet, string>();
        Authorities = new ReadOnlyCollection<string>(
            [.. Returns.Where(_authorities.ContainsKey).Select(r => _authorities[r]).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The returns read, one record set per return (per collection year; per local authority and year for a
    /// pooled multi-authority file), ordered by authority and collection year.</summary>
    public IReadOnlyList<RecordSet> Returns { get; }

    /// <summary>Every finding, in the order found: rejected rows (errors), doubtful values (warnings), ignored columns
    /// and elements (information). Codes are listed in <see cref="DiagnosticCodes"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Per file and table: rows (or elements) read, accepted and rejected.</summary>
    public IReadOnlyList<TableCount> Tables { get; }

    /// <summary>The local authorities of a pooled multi-authority file (its <c>LA</c> column), in order of first
    /// appearance; empty for a single authority's return.</summary>
    public IReadOnlyList<string> Authorities { get; }

    /// <summary>The rows or elements that became records, over all files and tables.</summary>
    public int Accepted => Tables.Sum(t => t.Accepted);

    /// <summary>The rows or elements rejected, over all files and tables.</summary>
    public int Rejected => Tables.Sum(t => t.Rejected);

    /// <summary>The files that could not be read as what they were given as, each with an error in
    /// <see cref="Diagnostics"/> (no <see cref="Diagnostic.Line"/> or line 1): not a table of the format, not text,
    /// another delimiter, a header too long or too wide, a column the table cannot do without, a file unreadable part
    /// way. Empty when every file was read.</summary>
    /// <remarks>Figures computed from <see cref="Returns"/> while this is not empty leave out what those files hold:
    /// show them as incomplete, or stop (the scorecard sample exits 2; with --keep-going it scores without them and
    /// marks its output incomplete).</remarks>
    public IReadOnlyList<string> Unread { get; }

    /// <summary>Whether every file was read (<see cref="Unread"/> is empty). Rows may still have been rejected; see
    /// <see cref="HasErrors"/>.</summary>
    public bool AllRead => Unread.Count == 0;

    /// <summary>Whether anything was rejected or could not be read.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The returns of one local authority of a pooled file, by collection year.</summary>
    /// <param name="authority">The value of the <c>LA</c> column (compared exactly).</param>
    /// <returns>The authority's record sets; empty when it has none.</returns>
    public IReadOnlyList<RecordSet> ForAuthority(string authority) =>
        [.. Returns.Where(r => _authorities.TryGetValue(r, out var la) && string.Equals(la, authority, StringComparison.Ordinal))];

    /// <summary>The local authority of a return read from a pooled file.</summary>
    /// <param name="records">One of <see cref="Returns"/>.</param>
    /// <returns>The <c>LA</c> value, or <c>null</c> for a return that is not from a pooled file.</returns>
    public string? AuthorityOf(RecordSet records) => _authorities.TryGetValue(records, out var la) ? la : null;

    /// <summary>A summary: returns, records, rows rejected and findings by severity.</summary>
    public override string ToString() =>
        $"{Returns.Count} return(s), {Returns.Sum(r => r.Count)} records; {Accepted} rows accepted, {Rejected} rejected; " +
        $"{Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, " +
        $"{Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings, " +
        $"{Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Information)} information";
}
