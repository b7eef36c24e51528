using System.Collections.ObjectModel;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// What <see cref="AnnexAWorkbook.Read(string, AnnexAReadOptions?)"/> produced: the typed lists, every finding, the
/// rows read, accepted and rejected per sheet, and the reference date.
/// </summary>
public sealed class AnnexAReadResult
{
    internal AnnexAReadResult(AnnexALists lists, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<TableCount> tables, DateOnly? referenceDate)
    {
        Lists = lists;
        Diagnostics = new ReadOnlyCollection<Diagnostic>([.. diagnostics]);
        Tables = new ReadOnlyCollection<TableCount>([.. tables]);
        ReferenceDate = referenceDate;
    }

    /// <summary>The eleven lists; a list the workbook lacks is empty.</summary>
    public AnnexALists Lists { get; }

    /// <summary>Every finding, in the order found. The <see cref="Diagnostic.Source"/> names the file and the sheet
    /// (<c>Annex_A.xlsx [List 8]</c>), <see cref="Diagnostic.Line"/> is the sheet's row and
    /// <see cref="Diagnostic.Column"/> the column's letter and header (<c>Y Placement postcode</c>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Per sheet read as a list: the source (file and sheet), the list (<c>List 1</c> ... <c>List 11</c>)
    /// and the data rows read, accepted and rejected (blank rows are not rows).</summary>
    public IReadOnlyList<TableCount> Tables { get; }

    /// <summary>The reference date: <see cref="AnnexAReadOptions.ReferenceDate"/>, else the latest date in the
    /// workbook; <c>null</c> when neither exists.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>Whether anything was rejected or could not be read.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>A summary: rows per list, and findings by severity.</summary>
    public override string ToString() =>
        $"{Lists.Count} rows in {Tables.Count} list sheet(s); {Tables.Sum(t => t.Rejected)} rejected; " +
        $"{Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, " +
        $"{Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings, " +
        $"{Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Information)} information";
}
