using System.Globalization;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

// The typed values of one data row of a list sheet, asked for by column header, each doubtful cell a finding with
// the sheet, row, column letter and header, and value. Cells are typed by their column, not their style: a date
// column takes an Excel serial (1900 or 1904 system) or text dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd; a formula cell
// has already been replaced by its cached value; an error cell is blank with a finding.
internal sealed class AnnexACells(Findings findings, string source, bool date1904, AnnexAHeaderRow header)
{
    private static readonly int s_day1900 = new DateOnly(1899, 12, 30).DayNumber;
    private static readonly int s_day1904 = new DateOnly(1904, 1, 1).DayNumber;

    private readonly Dictionary<string, int> _index = header.List.Columns
        .Select((c, i) => (c.Header, i)).ToDictionary(p => p.Header, p => p.i, StringComparer.Ordinal);

    private readonly XlsxCell?[] _cells = new XlsxCell?[header.List.Columns.Count];
    private readonly List<AnnexAExtraValue> _extra = [];

    public int Row { get; private set; }

    public string? ChildId { get; private set; }

    public bool Rejected { get; private set; }

    // The latest plausible date seen in accepted and rejected rows alike (the reference date when none is given).
    public DateOnly? Latest { get; private set; }

    public IReadOnlyList<AnnexAExtraValue> Extra => [.. _extra];

    // Places a row's cells; false for a row with nothing in it (not a row of the list).
    public bool Begin(int row, IReadOnlyList<XlsxCell> cells)
    {
        Row = row;
        ChildId = null;
        Rejected = false;
        Array.Clear(_cells);
        _extra.Clear();
        var any = false;
        foreach (var cell in cells)
        {
            if (cell.Kind == XlsxCellKind.Text && string.IsNullOrWhiteSpace(cell.Value))
            {
                continue;
            }

            any = true;
            var at = Array.IndexOf(header.SheetColumn, cell.Column);
            if (at >= 0)
            {
                _cells[at] = cell;
            }
            else if (header.Extra.TryGetValue(cell.Column, out var extraHeader))
            {
                _extra.Add(new AnnexAExtraValue(extraHeader, Plain(cell)));
            }
        }

        return any;
    }

    public string Id(string column)
    {
        var id = Text(column);
        if (id is not null)
        {
            ChildId = id;
        }

        return id ?? "";
    }

    public string? Text(string column) => NonBlank(column).Text;

    public string? Postcode(string column)
    {
        var text = Text(column);
        if (text is not null && !Shapes.IsPostcode(text))
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.PostcodeFormat, column, text, "The postcode does not have the shape of a UK postcode; it is kept.");
        }

        return text;
    }

    public DateOnly? Date(string column)
    {
        var (cell, spec) = Cell(column);
        if (cell is not { } c)
        {
            return null;
        }

        var date = default(DateOnly);
        var ok = c.Kind switch
        {
            XlsxCellKind.Number => double.TryParse(c.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && TrySerial(serial, out date),
            XlsxCellKind.Text => TryText(c.Value.Trim(), out date),
            _ => false,
        };
        if (!ok)
        {
            Report(spec.Need == Need.Key ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, DiagnosticCodes.DateUnparseable, column, c.Value,
                spec.Need == Need.Key
                    ? "The date is not an Excel date nor dd/mm/yyyy text; the row is rejected."
                    : "The date is not an Excel date nor dd/mm/yyyy text; it is treated as missing.");
            return null;
        }

        if (!DateText.IsPlausible(date))
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.DateImplausible, column, c.Value, string.Create(CultureInfo.InvariantCulture,
                $"The date {DateText.ToIso(date)} is before 1900 or after 2100; it is kept."));
        }
        else if (Latest is null || date > Latest)
        {
            Latest = date;
        }

        return date;
    }

    public int? Integer(string column)
    {
        var (cell, spec) = Cell(column);
        if (cell is not { } c)
        {
            return null;
        }

        if (Number(c) is { } n && n == Math.Floor(n) && n is >= 0 and <= int.MaxValue)
        {
            return (int)n;
        }

        Report(spec.Need == Need.Key ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, DiagnosticCodes.ValueInvalid, column, c.Value,
            "The value is not a whole number of 0 or more; it is treated as missing.");
        return null;
    }

    // Age at the last birthday: -1 for an unborn child; a fractional age (a formula's years) is truncated.
    public int? Age(string column)
    {
        var (cell, _) = Cell(column);
        if (cell is not { } c)
        {
            return null;
        }

        if (Number(c) is not { } n || n < -1 || n > 150)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.ValueInvalid, column, c.Value, "The age is not a number from -1 (unborn) to 150; it is treated as missing.");
            return null;
        }

        var whole = (int)Math.Truncate(n);
        if (whole != n)
        {
            Report(DiagnosticSeverity.Information, DiagnosticCodes.AnnexAAgeFractional, column, c.Value,
                string.Create(CultureInfo.InvariantCulture, $"The age is fractional; the age at the last birthday, {whole}, is kept."));
        }

        return whole;
    }

    public string? Code(string column)
    {
        var (text, spec) = NonBlank(column);
        if (text is null)
        {
            return null;
        }

        var (code, known) = AnnexACodes.Lookup(spec.Code, text);
        if (!known)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.CodeUnknown, column, text,
                $"The value is not one of the column's codes or Ofsted's labels ({spec.Code}); it is kept as '{code}'.");
        }

        return code;
    }

    public bool? YesNo(string column) => Code(column) switch
    {
        "Y" => true,
        "N" => false,
        _ => null,
    };

    // The cell as text, or null (reported when the column requires a value) for a blank, empty or error cell.
    private (string? Text, AnnexAColumn Spec) NonBlank(string column)
    {
        var (cell, spec) = Cell(column);
        if (cell is not { } c)
        {
            return (null, spec);
        }

        var text = Plain(c);
        if (text.Length == 0)
        {
            Missing(spec, c);
            return (null, spec);
        }

        return (text, spec);
    }

    private (XlsxCell? Cell, AnnexAColumn Spec) Cell(string column)
    {
        var at = _index[column];
        var spec = header.List.Columns[at];
        var cell = _cells[at];
        if (cell is null)
        {
            if (header.SheetColumn[at] >= 0 || spec.Need == Need.Key)
            {
                Missing(spec, null);
            }

            return (null, spec);
        }

        if (cell.Value.Kind == XlsxCellKind.Error)
        {
            var key = spec.Need == Need.Key;
            Report(key ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, DiagnosticCodes.AnnexACellError, column, cell.Value.Value,
                key ? "The cell holds an error value; the row is rejected." : "The cell holds an error value (a formula that failed); it is treated as blank.");
            return (null, spec);
        }

        return (cell, spec);
    }

    private void Missing(AnnexAColumn spec, XlsxCell? cell)
    {
        if (spec.Need == Need.Optional)
        {
            return;
        }

        var key = spec.Need == Need.Key;
        Report(key ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, DiagnosticCodes.ValueMissing, spec.Header, cell?.Value,
            key ? "The value identifies the row and is blank; the row is rejected." : "The list requires a value and the cell is blank; it is kept as not recorded.");
    }

    private void Report(DiagnosticSeverity severity, string code, string column, string? value, string message)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            Rejected = true;
        }

        var at = _index[column];
        var letter = header.SheetColumn[at] >= 0 ? XlsxCellReference.Letters(header.SheetColumn[at]) : null;
        var name = letter is null ? header.List.Columns[at].Header : $"{letter} {header.Headers[header.SheetColumn[at]]}";
        if (findings.Admit(severity, source, code, name))
        {
            findings.List(new Diagnostic(severity, code, message)
            {
                Source = source,
                Line = Row,
                Column = name,
                Value = value,
                ChildId = ChildId,
            });
        }
    }

    private bool TrySerial(double serial, out DateOnly date)
    {
        date = default;
        if (double.IsNaN(serial) || serial < (date1904 ? 0 : 1) || serial >= 2_958_466)
        {
            return false;
        }

        var days = (int)Math.Floor(serial);
        if (date1904)
        {
            date = DateOnly.FromDayNumber(s_day1904 + days);
            return true;
        }

        // Excel's 1900 system counts a 29 February 1900 that never was (serial 60), as Lotus 1-2-3 did: serials
        // before it are one day later than the 1899-12-30 base gives.
        if (days == 60)
        {
            return false;
        }

        date = DateOnly.FromDayNumber(s_day1900 + days + (days < 60 ? 1 : 0));
        return true;
    }

    // dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd, with a time after a space or T ignored.
    private static bool TryText(string text, out DateOnly date)
    {
        var span = text.AsSpan();
        var cut = span.IndexOfAny(' ', 'T');
        if (cut > 0)
        {
            span = span[..cut];
        }

        return DateText.TryParse(span, out date);
    }

    private static double? Number(XlsxCell cell)
    {
        var text = cell.Kind == XlsxCellKind.Text ? cell.Value.Trim().Replace(",", "", StringComparison.Ordinal) : cell.Value;
        return cell.Kind is XlsxCellKind.Number or XlsxCellKind.Text
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
    }

    // A cell as text: numbers as written by Excel (a whole number without exponent), text with non-breaking and
    // repeated spaces made single, trimmed.
    private static string Plain(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Number => double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            && n == Math.Floor(n) && Math.Abs(n) < 1e15
                ? ((long)n).ToString(CultureInfo.InvariantCulture)
                : cell.Value,
        XlsxCellKind.Boolean => cell.Value is "1" ? "TRUE" : "FALSE",
        _ => AnnexACodes.Squeeze(cell.Value.Trim()),
    };
}
