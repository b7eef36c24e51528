using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// Writes small xlsx workbooks for the tests, part by part, so that each test can say exactly what the XML holds:
// strings shared or inline, numbers, dates as serials (1900 or 1904 system), formulas with cached values, error and
// boolean cells, absent cells (null), and any part replaced or added by hand.
internal sealed class XlsxBuilder
{
    private readonly List<(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows)> _sheets = [];
    private readonly List<string> _shared = [];

    public bool Date1904 { get; init; }

    // Parts written instead of (or besides) the generated ones, by path.
    public Dictionary<string, string> Parts { get; } = new(StringComparer.Ordinal);

    public XlsxBuilder Sheet(string name, params IReadOnlyList<object?>[] rows)
    {
        _sheets.Add((name, rows));
        return this;
    }

    public byte[] ToBytes()
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
        };
        var workbook = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        workbook.Append(Date1904 ? """<workbookPr date1904="1"/>""" : "<workbookPr/>").Append("<sheets>");
        var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 0; i < _sheets.Count; i++)
        {
            var n = i + 1;
            workbook.Append(CultureInfo.InvariantCulture, $"""<sheet name="{Escape(_sheets[i].Name)}" sheetId="{n}" r:id="rId{n}"/>""");
            rels.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>""");
            parts[$"xl/worksheets/sheet{n}.xml"] = SheetXml(_sheets[i].Rows);
        }

        workbook.Append("</sheets></workbook>");
        rels.Append("""<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>""");
        parts["xl/workbook.xml"] = workbook.ToString();
        parts["xl/_rels/workbook.xml.rels"] = rels.ToString();
        var sst = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        foreach (var s in _shared)
        {
            sst.Append("<si><t xml:space=\"preserve\">").Append(Escape(s)).Append("</t></si>");
        }

        parts["xl/sharedStrings.xml"] = sst.Append("</sst>").ToString();
        foreach (var (path, xml) in Parts)
        {
            parts[path] = xml;
        }

        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }

        return memory.ToArray();
    }

    public AnnexAReadResult Read(AnnexAReadOptions? options = null)
    {
        using var stream = new MemoryStream(ToBytes());
        return AnnexAWorkbook.Read(stream, "test.xlsx", options);
    }

    private string SheetXml(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var b = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Count; r++)
        {
            b.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c] is { } value)
                {
                    b.Append(Cell(XlsxCellReference.Letters(c) + (r + 1).ToString(CultureInfo.InvariantCulture), value));
                }
            }

            b.Append("</row>");
        }

        return b.Append("</sheetData></worksheet>").ToString();
    }

    private string Cell(string at, object value) => value switch
    {
        string s => $"<c r=\"{at}\" t=\"s\"><v>{Share(s)}</v></c>",
        Inline i => $"<c r=\"{at}\" t=\"inlineStr\"><is><t>{Escape(i.Text)}</t></is></c>",
        DateOnly d => $"<c r=\"{at}\" s=\"1\"><v>{Serial(d).ToString(CultureInfo.InvariantCulture)}</v></c>",
        Formula f => $"<c r=\"{at}\"{(f.Cached is string ? " t=\"str\"" : "")}><f>{Escape(f.Expression)}</f><v>{Escape(Convert.ToString(f.Cached is DateOnly d ? Serial(d) : f.Cached, CultureInfo.InvariantCulture)!)}</v></c>",
        Error e => $"<c r=\"{at}\" t=\"e\"><v>{Escape(e.Code)}</v></c>",
        bool flag => $"<c r=\"{at}\" t=\"b\"><v>{(flag ? 1 : 0)}</v></c>",
        IFormattable n => $"<c r=\"{at}\"><v>{n.ToString(null, CultureInfo.InvariantCulture)}</v></c>",
        _ => throw new ArgumentException($"No cell for {value.GetType()}"),
    };

    private int Share(string s)
    {
        _shared.Add(s);
        return _shared.Count - 1;
    }

    private int Serial(DateOnly date) => Date1904
        ? date.DayNumber - new DateOnly(1904, 1, 1).DayNumber
        : date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    private static string Escape(string s) => SecurityElement.Escape(s);

    public sealed record Inline(string Text);

    public sealed record Formula(string Expression, object Cached);

    public sealed record Error(string Code);
}
