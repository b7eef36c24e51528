namespace ChildrensSocialCare.Indicators.Formats;

// A sheet's header row matched to a list: which sheet column holds which list column, which hold extra columns, and
// the findings of the match (duplicate, extra and missing columns; an ambiguous header makes the sheet unreadable).
internal sealed class AnnexAHeaderRow
{
    private AnnexAHeaderRow(AnnexAList list, int row)
    {
        List = list;
        Row = row;
        SheetColumn = new int[list.Columns.Count];
        Array.Fill(SheetColumn, -1);
    }

    public AnnexAList List { get; }

    public int Row { get; }

    // Per list column, the 0-based sheet column that holds it; -1 when the sheet lacks it.
    public int[] SheetColumn { get; }

    // Per sheet column (by index), its header text as in the sheet.
    public Dictionary<int, string> Headers { get; } = [];

    // Sheet columns that are not list columns (extra), with their headers.
    public SortedDictionary<int, string> Extra { get; } = [];

    public List<(int SheetColumn, string Header, string Other)> Duplicates { get; } = [];

    public (int SheetColumn, string Header, string First, string Second)? Ambiguous { get; private set; }

    // The list this row of headers is, or null: among the lists whose identifying columns all have a header, the one
    // with most of them (List 6's identifying columns include List 1's common ones, so the more specific list wins).
    public static AnnexAHeaderRow? Match(IReadOnlyList<XlsxCell> cells, int row)
    {
        var texts = new List<(int Column, string Header, string Normal)>();
        foreach (var cell in cells)
        {
            if (cell.Kind == XlsxCellKind.Text && !string.IsNullOrWhiteSpace(cell.Value))
            {
                texts.Add((cell.Column, cell.Value.Trim(), AnnexAHeaders.Normalize(cell.Value)));
            }
        }

        if (texts.Count < 3)
        {
            return null;
        }

        var normals = texts.Select(t => t.Normal).ToHashSet(StringComparer.Ordinal);
        AnnexAList? best = null;
        var bestCount = 0;
        foreach (var list in AnnexAList.All)
        {
            var identifying = list.Columns.Where(c => c.Identifies).ToList();
            if (identifying.All(c => Names(c).Any(normals.Contains)) && identifying.Count > bestCount)
            {
                best = list;
                bestCount = identifying.Count;
            }
        }

        return best is null ? null : Map(best, row, texts);
    }

    private static AnnexAHeaderRow Map(AnnexAList list, int row, List<(int Column, string Header, string Normal)> texts)
    {
        var header = new AnnexAHeaderRow(list, row);
        foreach (var (column, text, normal) in texts)
        {
            header.Headers[column] = text;
            var matches = Enumerable.Range(0, list.Columns.Count).Where(i => Names(list.Columns[i]).Contains(normal)).ToList();
            if (matches.Count > 1)
            {
                header.Ambiguous ??= (column, text, list.Columns[matches[0]].Header, list.Columns[matches[1]].Header);
                continue;
            }

            if (matches.Count == 0)
            {
                header.Extra[column] = text;
            }
            else if (header.SheetColumn[matches[0]] >= 0)
            {
                header.Duplicates.Add((column, text, XlsxCellReference.Letters(header.SheetColumn[matches[0]])));
                header.Extra[column] = text;
            }
            else
            {
                header.SheetColumn[matches[0]] = column;
            }
        }

        return header;
    }

    private static IEnumerable<string> Names(AnnexAColumn column) =>
        column.Aliases.Prepend(column.Header).Select(AnnexAHeaders.Normalize);
}
