using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.Formats;

// A published file's header: columns by name, compared ignoring case (the first of a repeated name).
internal sealed class Header
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public Header(string source, IReadOnlyList<string> names)
    {
        Source = source;
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length > 0)
            {
                _index.TryAdd(names[i], i);
            }
        }
    }

    public string Source { get; }

    public IReadOnlyList<string> Names { get; }

    public bool Has(string name) => _index.ContainsKey(name);

    public int Index(string name) => _index[name];

    // The name as the file spells it.
    public string Name(string name) => _index.TryGetValue(name, out var i) ? Names[i] : name;

    // A row's cell by column name; blank when the row is short.
    public ReadOnlySpan<char> Cell(SepReader.Row row, string name) =>
        _index.TryGetValue(name, out var i) && i < row.ColCount ? row[i].Span.Trim() : [];

    // Whether the file has every column; each absent one is an error naming it and what needs it.
    public bool Require(IEnumerable<string> columns, string neededBy, Findings findings)
    {
        var ok = true;
        foreach (var column in columns.Where(c => !Has(c)))
        {
            ok = false;
            findings.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.PublishedColumnMissing,
                $"The file has no column '{column}', which {neededBy} needs; what needs it is not read.")
            {
                Source = Source,
                Line = 1,
                Column = column,
            });
        }

        return ok;
    }
}
