using System.Runtime.CompilerServices;

namespace ChildrensSocialCare.Indicators.Formats;

// A small direct-mapped cache from character spans to strings, so that the codes, child ids and postcodes that repeat
// down a column become one string each instead of one per cell. Bounded: a slot holds one string and a collision
// replaces it, so memory stays fixed however large the file.
//
// Speed (the SSDA903 episodes path reads every cell through a pool): a pool for a coded column also remembers, per
// slot, whether the code is in the list (item and year) it was checked against and the code converted to its type (LegalStatus,
// PlacementType...), so a repeated code is neither looked up in the list nor normalised again; a pool for a shaped value
// (postcodes, UPNs) remembers whether the value has the shape. A value of up to eight ASCII characters is looked up by
// its characters packed into one number, so neither a hit nor a miss (a new child id, a new postcode) reads a string.
internal sealed class StringPool(int slots = 1024, int maxLength = 48)
{
    // What a slot's check result was computed for: the collection year of a code list (int.MaxValue for the latest
    // lists), Shape for a shape check, or Unchecked (a slot never checked, or given a new value since).
    private const int Shape = int.MinValue;
    private const int Unchecked = int.MinValue + 1;

    private readonly string?[] _slots = new string?[slots];
    private readonly ulong[] _keys = new ulong[slots];
    private readonly int _mask = slots - 1;
    private int[]? _checkedFor;
    private string?[]? _checkedItem;
    private bool[]? _passed;
    private object?[]? _converted;
    private int _last = -1;
    private ulong _lastKey;

    public string Get(ReadOnlySpan<char> span) => span.Length > maxLength ? span.ToString() : _slots[Slot(span)]!;

    // The code's string, and whether it is in the item's list for the reader's current year.
    public string GetCode(ReadOnlySpan<char> span, FieldReader fr, string item, out bool known)
    {
        if (span.Length > maxLength)
        {
            var text = span.ToString();
            known = fr.InList(item, text);
            return text;
        }

        var index = Slot(span);
        var year = fr.CodeYear;
        var checkedFor = CheckedFor();
        // One pool may serve several items (the CIN census reads all its codes through one): a check holds for the
        // item and year it was made for only.
        if (checkedFor[index] != year || !string.Equals(_checkedItem![index], item, StringComparison.Ordinal))
        {
            _passed![index] = fr.InList(item, _slots[index]!);
            checkedFor[index] = year;
            _checkedItem![index] = item;
        }

        known = _passed![index];
        return _slots[index]!;
    }

    // The fast path for a code already seen: true, with the code converted, when the span is the value of its slot,
    // checked for this year and in the list. Anything else (a new value, another year, an unknown code) is false and
    // the caller takes the full path (GetCode), which reports what needs reporting.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetKnown<T>(ReadOnlySpan<char> span, int year, string item, out T code)
        where T : struct
    {
        if (span.Length <= maxLength && _converted is { } converted)
        {
            var index = Slot(span);
            if (_checkedFor![index] == year && _passed![index] && converted[index] is T value
                && string.Equals(_checkedItem![index], item, StringComparison.Ordinal))
            {
                code = value;
                return true;
            }
        }

        code = default;
        return false;
    }

    // Remembers the converted form of a code just returned by GetCode (the last slot used).
    public void Remember<T>(string text, T code)
        where T : struct
    {
        if (_last >= 0 && ReferenceEquals(_slots[_last], text))
        {
            (_converted ??= new object?[_slots.Length])[_last] = code;
        }
    }

    // The value's string, and whether it passes the shape check; the check runs once per distinct value held.
    public string GetShaped(ReadOnlySpan<char> span, Func<string, bool> hasShape, out bool shaped)
    {
        if (span.Length > maxLength)
        {
            var text = span.ToString();
            shaped = hasShape(text);
            return text;
        }

        var index = Slot(span);
        var value = _slots[index]!;
        var checkedFor = CheckedFor();
        if (checkedFor[index] != Shape)
        {
            _passed![index] = hasShape(value);
            checkedFor[index] = Shape;
            _checkedItem![index] = null;
        }

        shaped = _passed![index];
        return value;
    }

    private int[] CheckedFor()
    {
        if (_checkedFor is null)
        {
            _checkedFor = new int[_slots.Length];
            Array.Fill(_checkedFor, Unchecked);
            _passed = new bool[_slots.Length];
            _checkedItem = new string?[_slots.Length];
        }

        return _checkedFor;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ReadOnlySpan<char> span)
    {
        // Down a column the same value often comes again on the next row (a child's episodes, its legal status).
        var key = Pack(span);
        if (key != 0)
        {
            return key == _lastKey ? _last : LookupPacked(span, key);
        }

        var last = _last;
        return last >= 0 && _keys[last] == 0 && span.SequenceEqual(_slots[last]) ? last : LookupText(span);
    }

    // Speed: a value of one to eight ASCII characters (every code, and most child ids, postcodes and URNs) is its own
    // key, the characters packed into one number, so it is found and compared without reading a string. Zero means
    // the value does not pack (longer, or not ASCII) and is compared as text.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ReadOnlySpan<char> span)
    {
        if ((uint)(span.Length - 1) >= 8)
        {
            return 0;
        }

        var key = 0UL;
        foreach (var c in span)
        {
            if (c - 1u >= 127u)
            {
                return 0;
            }

            key = (key << 8) | c;
        }

        return key;
    }

    private int LookupPacked(ReadOnlySpan<char> span, ulong key)
    {
        var index = (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;
        if (_keys[index] != key)
        {
            Replace(index, span, key);
        }

        _last = index;
        _lastKey = key;
        return index;
    }

    private int LookupText(ReadOnlySpan<char> span)
    {
        var index = Hash(span) & _mask;
        var hit = _slots[index];
        if (hit is null || _keys[index] != 0 || !span.SequenceEqual(hit))
        {
            Replace(index, span, 0);
        }

        _last = index;
        _lastKey = 0;
        return index;
    }

    // A new value in a slot: what was known about the slot's old value no longer applies.
    private void Replace(int index, ReadOnlySpan<char> span, ulong key)
    {
        _slots[index] = span.ToString();
        _keys[index] = key;
        if (_checkedFor is not null)
        {
            _checkedFor[index] = Unchecked;
        }

        if (_converted is not null)
        {
            _converted[index] = null;
        }
    }

    // FNV-1a over the characters (for values that do not pack): a collision only costs a string (slots never chain),
    // so a fast unkeyed hash is enough even for a hostile file.
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
