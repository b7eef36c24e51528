namespace ChildrensSocialCare.Indicators.Formats;

// A small direct-mapped cache from character spans to strings, so that the codes, child ids and postcodes that repeat
// down a column become one string each instead of one per cell. Bounded: a slot holds one string and a collision
// replaces it, so memory stays fixed however large the file.
internal sealed class StringPool(int slots = 1024, int maxLength = 48)
{
    private readonly string?[] _slots = new string?[slots];
    private readonly int _mask = slots - 1;

    public string Get(ReadOnlySpan<char> span)
    {
        if (span.Length > maxLength)
        {
            return span.ToString();
        }

        var index = string.GetHashCode(span) & _mask;
        var hit = _slots[index];
        if (hit is not null && span.SequenceEqual(hit))
        {
            return hit;
        }

        var created = span.ToString();
        _slots[index] = created;
        return created;
    }
}
