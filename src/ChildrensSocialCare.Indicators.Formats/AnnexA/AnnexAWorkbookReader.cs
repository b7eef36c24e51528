using System.Globalization;
using System.Xml;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

// Reads one workbook: each sheet streamed row by row; the first rows searched for a header row that makes the sheet
// a list (so a title row above the headers, as in the 2019 template, is skipped, and a guidance sheet is not a list);
// every data row typed into its list's record or rejected with an error. Never throws for content: a container or
// part that cannot be read is a finding, and what was read before it is kept.
internal sealed class AnnexAWorkbookReader(AnnexAReadOptions options)
{
    // How many rows with cells are searched for the header row (the 2019 template's is the second).
    private const int HeaderSearchRows = 10;

    private readonly Findings _findings = new(options.MaxRepeatedFindings);
    private readonly List<TableCount> _tables = [];
    private readonly List<AnnexARow>[] _rows = [.. Enumerable.Range(0, 12).Select(_ => new List<AnnexARow>())];
    private readonly HashSet<int> _seen = [];
    private readonly List<AnnexAAbsentColumn> _absent = [];
    private DateOnly? _latest;

    public AnnexAReadResult Read(string name, Stream stream)
    {
        var file = Path.GetFileName(name);
        try
        {
            using var package = XlsxPackage.Open(stream, options);
            foreach (var (sheet, part) in package.Sheets)
            {
                var source = $"{file} [{sheet}]";
                try
                {
                    ReadSheet(package, source, part);
                }
                catch (XlsxFault fault)
                {
                    Fault(fault.Code, fault.Message, source);
                    if (fault.Code == DiagnosticCodes.AnnexAZipBomb)
                    {
                        break;
                    }
                }
                catch (XmlException e)
                {
                    // Line is a sheet's row in these findings; the XML's own line number means nothing to a user.
                    _findings.Add(XmlSafety.Fault(e, source, null, "The rest of the sheet is not read.") with { Line = null });
                }
                catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
                {
                    Fault(DiagnosticCodes.AnnexAZipDamaged, $"The sheet's part is damaged ({e.Message}); the rest of the sheet is not read.", source);
                }

                _findings.Close(source);
            }
        }
        catch (XlsxFault fault)
        {
            Fault(fault.Code, fault.Message, file);
        }
        catch (XmlException e)
        {
            _findings.Add(XmlSafety.Fault(e, file, null, "The workbook is not read.") with { Line = null });
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            Fault(DiagnosticCodes.AnnexAZipDamaged, $"The workbook is damaged ({e.Message}); it is not read.", file);
        }

        foreach (var list in AnnexAList.All.Where(l => !_seen.Contains(l.Number)))
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.AnnexAListMissing,
                $"The workbook has no sheet with the headers of {list.Name} ({list.Title}); the list is empty.") { Source = file });
        }

        var reference = options.ReferenceDate;
        if (reference is null && _latest is { } latest)
        {
            reference = latest;
            _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.AnnexAReferenceDateInferred,
                $"No reference date was given; the latest date in the workbook, {DateText.ToIso(latest)}, is used.") { Source = file });
        }

        _findings.Close();
        return new AnnexAReadResult(Lists(), _findings.All, _tables, reference);
    }

    private void ReadSheet(XlsxPackage package, string source, string part)
    {
        using var sheet = new XlsxSheetReader(package.OpenXml(part), package.SharedStrings);
        AnnexAHeaderRow? header = null;
        var searched = 0;
        while (header is null && searched++ < HeaderSearchRows && sheet.Next())
        {
            header = AnnexAHeaderRow.Match(sheet.Cells, sheet.RowNumber);
        }

        if (header is null)
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.AnnexASheetUnidentified,
                "The sheet's first rows match the headers of no Annex A list; it is not read.") { Source = source });
            return;
        }

        if (header.Ambiguous is { } ambiguous)
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.AnnexAHeaderAmbiguous,
                $"The header matches two columns of {header.List.Name}, '{ambiguous.First}' and '{ambiguous.Second}'; the sheet is not read.")
            {
                Source = source,
                Line = header.Row,
                Column = $"{XlsxCellReference.Letters(ambiguous.SheetColumn)} {ambiguous.Header}",
            });
            return;
        }

        Describe(header, source);
        var tally = new Tally(source, header.List.Name);
        _tables.Add(tally.ToCount());
        var cells = new AnnexACells(_findings, source, package.Date1904, header);
        try
        {
            while (sheet.Next())
            {
                if (!cells.Begin(sheet.RowNumber, sheet.Cells))
                {
                    continue;
                }

                tally.Read++;
                if (AnnexARecords.Build(cells, header.List.Number) is { } row)
                {
                    _rows[header.List.Number].Add(row);
                    tally.Accepted++;
                }
                else
                {
                    tally.Rejected++;
                }
            }
        }
        finally
        {
            _tables[^1] = tally.ToCount();
            if (cells.Latest is { } latest && (_latest is null || latest > _latest))
            {
                _latest = latest;
            }
        }
    }

    // The findings of the header row: the list found, repeated lists, duplicate, extra and missing columns.
    private void Describe(AnnexAHeaderRow header, string source)
    {
        var list = header.List;
        if (!_seen.Add(list.Number))
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.AnnexAListRepeated,
                $"A second sheet has the headers of {list.Name}; its rows are read too.") { Source = source, Line = header.Row });
        }

        foreach (var (column, text, first) in header.Duplicates)
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.AnnexAColumnDuplicate,
                $"The header names a column that column {first} already holds; the first is used and this one kept as extra.")
            { Source = source, Line = header.Row, Column = $"{XlsxCellReference.Letters(column)} {text}" });
        }

        foreach (var (column, text) in header.Extra.Where(e => header.Duplicates.All(d => d.SheetColumn != e.Key)))
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.AnnexAColumnExtra,
                $"The column is not one of {list.Name}'s; its values are kept as extra.")
            { Source = source, Line = header.Row, Column = $"{XlsxCellReference.Letters(column)} {text}" });
        }

        for (var i = 0; i < list.Columns.Count; i++)
        {
            if (header.SheetColumn[i] < 0)
            {
                _absent.Add(new AnnexAAbsentColumn(list.Number, list.Columns[i].Header));
                _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.AnnexAColumnMissing,
                    string.Create(CultureInfo.InvariantCulture, $"The sheet has no column '{list.Columns[i].Header}'; its values are not available."))
                { Source = source, Line = header.Row, Column = list.Columns[i].Header });
            }
        }
    }

    private void Fault(string code, string message, string source) =>
        _findings.Add(new Diagnostic(DiagnosticSeverity.Error, code, message) { Source = source });

    private AnnexALists Lists() => new()
    {
        Contacts = [.. _rows[1].Cast<AnnexAContact>()],
        EarlyHelpAssessments = [.. _rows[2].Cast<AnnexAEarlyHelpAssessment>()],
        Referrals = [.. _rows[3].Cast<AnnexAReferral>()],
        Assessments = [.. _rows[4].Cast<AnnexAAssessment>()],
        Section47Enquiries = [.. _rows[5].Cast<AnnexASection47Enquiry>()],
        ChildrenInNeed = [.. _rows[6].Cast<AnnexAChildInNeed>()],
        ChildProtectionPlans = [.. _rows[7].Cast<AnnexAChildProtectionPlan>()],
        ChildrenInCare = [.. _rows[8].Cast<AnnexAChildInCare>()],
        CareLeavers = [.. _rows[9].Cast<AnnexACareLeaver>()],
        Adoptions = [.. _rows[10].Cast<AnnexAAdoption>()],
        Adopters = [.. _rows[11].Cast<AnnexAAdopter>()],
        AbsentColumns = _absent,
    };
}
