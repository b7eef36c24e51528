namespace ChildrensSocialCare.Indicators.Formats;

// A small direct-mapped cache from character spans to strings, so that the codes, child ids and postcodes that repeat
// down a column become one string each instead of one per cell. Bounded: a slot holds one string and a collision
// replaces it, so memory stays fixed however large the file. A pool for a coded column also remembers whether each
// code is in the list of the year it was checked for, so a code is looked up once, not once per cell.
internal sealed class StringPool(int slots = 1024, int maxLength = 48)
{
    private readonly string?[] _slots = new string?[slots];
    private readonly int _mask = slots - 1;
    private int[]? _checkedFor;
    private bool[]? _known;
    private int _last = -1;

    public string Get(ReadOnlySpan<char> span) => span.Length > maxLength ? span.ToString() : _slots[Slot(span, out _)]!;

    // The code's string, and whether it is in the item's list for the reader's current year.
    public string GetCode(ReadOnlySpan<char> span, FieldReader fr, string item, out bool known)
    {
        if (span.Length > maxLength)
        {
            var text = span.ToString();
            known = fr.InList(item, text);
            return text;
        }

        _checkedFor ??= new int[_slots.Length];
        _known ??= new bool[_slots.Length];
        var index = Slot(span, out var fresh);
        var value = _slots[index]!;
        var year = fr.CodeYear;
        if (fresh || _checkedFor[index] != year)
        {
            _known[index] = fr.InList(item, value);
            _checkedFor[index] = year;
        }

        known = _known[index];
        return value;
    }

    private int Slot(ReadOnlySpan<char> span, out bool fresh)
    {
        // Down a column the same value often comes again on the next row (a child's episodes, its legal status).
        fresh = false;
        if (_last >= 0 && _slots[_last] is { } last && span.SequenceEqual(last))
        {
            return _last;
        }

        var index = Hash(span) & _mask;
        var hit = _slots[index];
        if (hit is null || !span.SequenceEqual(hit))
        {
            _slots[index] = span.ToString();
            fresh = true;
        }

        _last = index;
        return index;
    }

    // FNV-1a over the characters: cells are short, and a collision only costs a string (slots never chain), so a
    // fast unkeyed hash is enough even for a hostile file.
    private static int Hash(ReadOnlySpan<char> span)
    {
        var hash = 2166136261u;
        foreach (var c in span)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
