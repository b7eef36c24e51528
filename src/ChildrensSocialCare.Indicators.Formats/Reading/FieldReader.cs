using System.Globalization;
using System.Runtime.CompilerServices;

namespace ChildrensSocialCare.Indicators.Formats;

// Parses the values of one record (a CSV row or an XML element) with the diagnostics the specification asks for:
// where (file, line or element path, column), what (the value) and why. Shared by the CSV and XML readers.
internal sealed class FieldReader(Findings findings, StatutoryReturn statutoryReturn)
{
    private readonly Dictionary<(string, int), IReadOnlySet<string>> _codeLists = [];
    private int _codeYear = int.MaxValue;

    public Findings Findings { get; } = findings;

    public string Source { get; set; } = "";

    // The collection year whose code lists apply; null checks against the latest lists.
    public int? Year
    {
        get => _codeYear == int.MaxValue ? null : _codeYear;
        set => _codeYear = value ?? int.MaxValue;
    }

    public long? Line { get; private set; }

    public XmlTreeNode? Element { get; private set; }

    public string? ChildId { get; set; }

    // XML: the element name of a column where the two differ (PLACE is <PL> in the SSDA903 XML).
    public Func<string, string>? ElementName { get; set; }

    // Whether the record being read has been rejected (an error was reported for it).
    public bool Rejected { get; private set; }

    public void Begin(long? line, XmlTreeNode? element)
    {
        Line = line;
        Element = element;
        ChildId = null;
        Rejected = false;
    }

    // Moves the location of later findings to another element of the same record.
    public void At(XmlTreeNode? element) => Element = element;

    public string? Text(ReadOnlySpan<char> raw, string column, Need need, StringPool? pool = null)
    {
        var value = Trim(raw);
        if (value.IsEmpty)
        {
            Missing(column, need);
            return null;
        }

        return pool is null ? value.ToString() : pool.Get(value);
    }

    // No real child id is this long (DfE's specifications allow 10 characters for CHILD and LAchildID; systems pad
    // or prefix theirs): a longer one is a fault of the export, not an id.
    public const int MaxIdLength = 50;

    // An id that identifies the record: blank or longer than MaxIdLength rejects it.
    public string? Id(ReadOnlySpan<char> raw, string column, StringPool? pool = null)
    {
        var value = Trim(raw);
        if (value.Length > MaxIdLength)
        {
            Report(DiagnosticSeverity.Error, DiagnosticCodes.ValueTooLong, column, value.ToString(), string.Create(CultureInfo.InvariantCulture,
                $"The value is {value.Length:N0} characters long, longer than any real {column} (at most {MaxIdLength}); the record is rejected."));
            return null;
        }

        return Text(value, column, Need.Key, pool);
    }

    // Text with a fixed shape (a postcode, a UPN): the value, and whether it has the shape (blank counts as shaped).
    // The pool checks each distinct value once.
    public string? Text(ReadOnlySpan<char> raw, string column, Need need, StringPool pool, Func<string, bool> hasShape, out bool shaped)
    {
        var value = Trim(raw);
        if (value.IsEmpty)
        {
            Missing(column, need);
            shaped = true;
            return null;
        }

        return pool.GetShaped(value, hasShape, out shaped);
    }

    // Trims white space. Most cells have none: a cell that starts and ends with a printable ASCII character other
    // than a space is returned as it is, without the general (Unicode) trim. Speed: this runs for every cell.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> raw) =>
        raw.Length > 0 && raw[0] - 0x21u < 0x5Eu && raw[^1] - 0x21u < 0x5Eu ? raw : raw.Trim();

    public DateOnly? Date(ReadOnlySpan<char> raw, string column, Need need)
    {
        var value = Trim(raw);
        if (value.IsEmpty)
        {
            Missing(column, need);
            return null;
        }

        if (!DateText.TryParse(value, out var date))
        {
            var severity = Severity(need);
            if (Admit(severity, DiagnosticCodes.DateUnparseable, column))
            {
                Emit(severity, DiagnosticCodes.DateUnparseable, column, value.ToString(),
                    severity == DiagnosticSeverity.Error
                        ? "The date does not parse (dd/mm/yyyy or yyyy-mm-dd) and identifies the record, so the record is rejected."
                        : "The date does not parse (dd/mm/yyyy or yyyy-mm-dd); it is treated as missing.");
            }

            return null;
        }

        if (!DateText.IsPlausible(date) && Admit(DiagnosticSeverity.Warning, DiagnosticCodes.DateImplausible, column))
        {
            Emit(DiagnosticSeverity.Warning, DiagnosticCodes.DateImplausible, column, value.ToString(),
                "The date is before 1900 or after 2100; it is kept as supplied.");
        }

        return date;
    }

    // No code of either return is longer than a few characters (CARPL, WBRI, SDQ1...): a longer value
    // is a fault of the export, not a code.
    public const int MaxCodeLength = 16;

    // A code: kept as data whatever it is; a code outside the collection year's list is a warning. A value longer than
    // MaxCodeLength is a warning and treated as missing (it is no code, and is not held).
    public string? Code(ReadOnlySpan<char> raw, string column, string item, Need need, StringPool? pool = null)
    {
        var value = Trim(raw);
        if (value.IsEmpty)
        {
            Missing(column, need);
            return null;
        }

        if (value.Length > MaxCodeLength)
        {
            if (Admit(DiagnosticSeverity.Warning, DiagnosticCodes.ValueTooLong, column))
            {
                Emit(DiagnosticSeverity.Warning, DiagnosticCodes.ValueTooLong, column, value.Length > 100 ? value[..100].ToString() : value.ToString(), string.Create(CultureInfo.InvariantCulture,
                    $"The value is {value.Length:N0} characters long, longer than any {item} code (at most {MaxCodeLength}); it is treated as missing."));
            }

            return null;
        }

        string text;
        bool known;
        if (pool is null)
        {
            text = value.ToString();
            known = InList(item, text);
        }
        else
        {
            text = pool.GetCode(value, this, item, out known);
        }

        if (!known && Admit(DiagnosticSeverity.Warning, DiagnosticCodes.CodeUnknown, column))
        {
            Emit(DiagnosticSeverity.Warning, DiagnosticCodes.CodeUnknown, column, text,
                Year is { } year
                    ? string.Create(CultureInfo.InvariantCulture, $"The code is not in the {item} list for collection year {year}; it is kept as data.")
                    : $"The code is not in the latest {item} list; it is kept as data.");
        }

        return text;
    }

    // A code converted to its type (LegalStatus, PlacementType...): the same checks and findings as Code, but a code
    // the pool has already checked for this year and found in the list comes back converted, without another lookup
    // or conversion. Speed: an episode has seven codes. A blank code is the type's empty value, as converting null is.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Code<T>(ReadOnlySpan<char> raw, string column, string item, Need need, StringPool pool, Func<string?, T> convert)
        where T : struct
    {
        var value = Trim(raw);
        if (value.IsEmpty)
        {
            Missing(column, need);
            return default;
        }

        return pool.TryGetKnown(value, _codeYear, item, out T code) ? code : CodeAndRemember(value, column, item, need, pool, convert);
    }

    private T CodeAndRemember<T>(ReadOnlySpan<char> value, string column, string item, Need need, StringPool pool, Func<string?, T> convert)
        where T : struct
    {
        var text = Code(value, column, item, need, pool);
        if (text is null)
        {
            return convert(null);
        }

        var code = convert(text);
        pool.Remember(text, code);
        return code;
    }

    // 0/1 flags (and the XML boolean forms true/false).
    public bool? Flag(ReadOnlySpan<char> raw, string column, Need need)
    {
        var value = Trim(raw);
        if (value.IsEmpty)
        {
            Missing(column, need);
            return null;
        }

        if (value is "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (value is "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Invalid(column, value, need, "The value is not a flag (0 or 1)");
        return null;
    }

    public int? Integer(ReadOnlySpan<char> raw, string column, Need need, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = Trim(raw);
        if (value.IsEmpty)
        {
            Missing(column, need);
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Invalid(column, value, need, "The value is not a whole number");
            return null;
        }

        if (number < min || number > max)
        {
            Invalid(column, value, need, null, min, max);
            return null;
        }

        return number;
    }

    public void Missing(string column, Need need)
    {
        switch (need)
        {
            case Need.Key:
                Report(DiagnosticSeverity.Error, DiagnosticCodes.ValueMissing, column, null,
                    "The value is blank and identifies the record, so the record is rejected.");
                break;
            case Need.Expected:
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.ValueMissing, column, null,
                    "The value is blank although the return requires it; it is kept as not recorded.");
                break;
        }
    }

    public void Report(DiagnosticSeverity severity, string code, string? column, string? value, string message)
    {
        if (Admit(severity, code, column))
        {
            Emit(severity, code, column, value, message);
        }
    }

    // Counts a finding (an error rejects the record) and says whether it is to be listed. A finding over the repeat
    // limit is only counted, so a caller whose message or value costs something to build asks first, then Emits.
    public bool Admit(DiagnosticSeverity severity, string code, string? column)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            Rejected = true;
        }

        return Findings.Admit(severity, Source, code, column);
    }

    private static DiagnosticSeverity Severity(Need need) => need == Need.Key ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;

    // Lists a finding Admit let through.
    public void Emit(DiagnosticSeverity severity, string code, string? column, string? value, string message)
    {
        Findings.List(new Diagnostic(severity, code, message)
        {
            Source = Source,
            Line = Line,
            Element = Element is null ? null : column is null ? Element.Path : Element.Path + "/" + (ElementName?.Invoke(column) ?? column),
            Column = column,
            Value = value is { Length: > 100 } ? string.Concat(value.AsSpan(0, 97), "...") : value,
            ChildId = ChildId is { Length: > 100 } ? string.Concat(ChildId.AsSpan(0, 97), "...") : ChildId,
        });
    }

    // An invalid value: what is wrong with it, or (when what is null) that it is outside min-max.
    private void Invalid(string column, ReadOnlySpan<char> value, Need need, string? what, int min = 0, int max = 0)
    {
        var severity = Severity(need);
        if (Admit(severity, DiagnosticCodes.ValueInvalid, column))
        {
            what ??= string.Create(CultureInfo.InvariantCulture, $"The value is outside {min}-{max}");
            Emit(severity, DiagnosticCodes.ValueInvalid, column, value.ToString(),
                what + (severity == DiagnosticSeverity.Error ? ", so the record is rejected." : "; it is treated as missing."));
        }
    }

    // The year whose lists apply, int.MaxValue for the latest.
    public int CodeYear => _codeYear;

    public bool InList(string item, string code) => List(item).Contains(code);

    private IReadOnlySet<string> List(string item)
    {
        if (!_codeLists.TryGetValue((item, _codeYear), out var list))
        {
            list = CodeLists.Get(statutoryReturn, item, _codeYear);
            _codeLists[(item, _codeYear)] = list;
        }

        return list;
    }
}
