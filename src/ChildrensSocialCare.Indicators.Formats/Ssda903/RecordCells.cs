using System.Runtime.CompilerServices;
using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.Formats;

// The values of one SSDA903 record, by the table's column position (Ssda903TableSpec.Columns), whether they come
// from a CSV row or an XML element: the record builders read both through this, so the two formats apply the same
// rules. CSV cells are spans over Sep's buffer (no copy). In the XML return the child id, date of birth and sex live
// in HEADER only, so sub-records take them from the header already read.
internal ref struct RecordCells
{
    private readonly SepReader.Row _row;
    private readonly int[]? _map;
    private readonly XmlTreeNode? _element;
    private readonly string?[]? _elementNames;

    public RecordCells(SepReader.Row row, int[] map)
    {
        _row = row;
        _map = map;
    }

    public RecordCells(XmlTreeNode element, string?[] elementNames, string childId, DateOnly? dateOfBirth, string? sex)
    {
        _element = element;
        _elementNames = elementNames;
        IsXml = true;
        ChildId = childId;
        DateOfBirth = dateOfBirth;
        Sex = sex;
    }

    public bool IsXml { get; }

    // XML only: the header's values.
    public string? ChildId { get; }

    public DateOnly? DateOfBirth { get; }

    public string? Sex { get; }

    // Speed: both paths are kept out of line. Inlined, Sep's cell access (with its unescaping) made a record builder
    // so large that the JIT stopped inlining the small calls that matter more.
    public readonly ReadOnlySpan<char> this[int column] => _map is not null ? CsvValue(column) : XmlValue(column);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly ReadOnlySpan<char> CsvValue(int column)
    {
        var index = _map![column];
        return (uint)index < (uint)_row.ColCount ? _row[index].Span : [];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly ReadOnlySpan<char> XmlValue(int column)
    {
        var name = _elementNames![column];
        return name is null ? [] : _element!.First(name) is { } node ? node.TrimmedText : [];
    }
}
