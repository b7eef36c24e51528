using System.Text;
using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// Streams a worksheet's rows (sheetData/row/c), one row at a time: the cells of a row are placed by their reference
// (absent cells are common, so a cell's position is never inferred from its neighbours when it has an r), shared
// strings resolved, inline strings (is/t, is/r/t) joined, formula cells (f) read by their cached value (v).
internal sealed class XlsxSheetReader(XmlReader xml, IReadOnlyList<string> sharedStrings) : IDisposable
{
    private readonly List<XlsxCell> _cells = [];
    private readonly StringBuilder _text = new();
    private int _lastRow;

    // The 1-based row number of the row last read.
    public int RowNumber { get; private set; }

    // The cells of the row last read, in column order (valid until the next call).
    public IReadOnlyList<XlsxCell> Cells => _cells;

    public void Dispose() => xml.Dispose();

    // Moves to the next row that has cells; false at the end of the sheet.
    public bool Next()
    {
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            var r = xml.GetAttribute("r");
            RowNumber = r is not null && int.TryParse(r, out var n) && n > 0 ? n : _lastRow + 1;
            _lastRow = RowNumber;
            _cells.Clear();
            if (xml.IsEmptyElement)
            {
                continue;
            }

            ReadCells();
            if (_cells.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private void ReadCells()
    {
        var next = 0;
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }

            var reference = xml.GetAttribute("r");
            var column = reference is null ? next : XlsxCellReference.Column(reference);
            if (column < 0)
            {
                column = next;
            }

            next = column + 1;
            var type = xml.GetAttribute("t");
            if (xml.IsEmptyElement)
            {
                continue;
            }

            string? value = null;
            string? inline = null;
            var cellDepth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth))
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "v")
                {
                    value = xml.IsEmptyElement ? "" : xml.ReadElementContentAsString();
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth)
                    {
                        break;
                    }
                }
                else if (xml.LocalName == "is" && !xml.IsEmptyElement)
                {
                    inline = ReadInline();
                }
            }

            Add(column, type, value, inline);
        }
    }

    // is/t or is/r/t (phonetic rPh left out), read to the end of is.
    private string ReadInline()
    {
        _text.Clear();
        var depth = xml.Depth;
        var phonetic = 0;
        var advance = true;
        while ((!advance || xml.Read()) && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            advance = true;
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement)
            {
                phonetic++;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "rPh")
            {
                phonetic--;
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && phonetic == 0)
            {
                _text.Append(xml.ReadElementContentAsString());
                advance = false;
            }
        }

        return _text.ToString();
    }

    private void Add(int column, string? type, string? value, string? inline)
    {
        var cell = type switch
        {
            // A shared-string index past the table is a damaged workbook: an error cell, so that it is reported.
            "s" => int.TryParse(value, out var i) && (uint)i < (uint)sharedStrings.Count
                ? (XlsxCell?)new XlsxCell(column, XlsxCellKind.Text, sharedStrings[i])
                : new XlsxCell(column, XlsxCellKind.Error, $"#REF! (shared string {value})"),
            "inlineStr" => new XlsxCell(column, XlsxCellKind.Text, inline ?? value ?? ""),
            "str" => new XlsxCell(column, XlsxCellKind.Text, value ?? ""),
            "b" => value is null ? null : new XlsxCell(column, XlsxCellKind.Boolean, value),
            "e" => new XlsxCell(column, XlsxCellKind.Error, value ?? "#N/A"),
            _ => value is null ? null : new XlsxCell(column, XlsxCellKind.Number, value),
        };

        if (cell is { } c)
        {
            // Cells out of order (rare, but allowed by readers): keep the row sorted by column, the later one wins.
            var at = _cells.Count;
            while (at > 0 && _cells[at - 1].Column >= c.Column)
            {
                at--;
            }

            if (at < _cells.Count && _cells[at].Column == c.Column)
            {
                _cells[at] = c;
            }
            else
            {
                _cells.Insert(at, c);
            }
        }
    }
}
