using System.Runtime.InteropServices;

namespace ChildrensSocialCare.Indicators;

// Interns child ids: every id becomes a dense int, assigned in ordinal order of the ids so that the same records
// give the same indices whatever order they were supplied in.
//
// Built once from the record arrays that define the children (Builder.Add): each record's id is looked up once, in a
// dictionary of provisional numbers (first seen, first numbered; a run of records of one child, as returns list them,
// costs one lookup), and the distinct ids are then sorted once on packed 64-bit keys of four UTF-16 code units at a
// time (not by string comparison), which turns the provisional numbers into the ordinals. The arrays given to the
// builder are mapped then, so that Map on them is free; any other array is mapped by lookup.
internal sealed class ChildIndex
{
    private readonly Dictionary<string, int> _provisional;
    private readonly int[] _ordinal;
    private readonly Dictionary<object, int[]> _mapped;

    private ChildIndex(Dictionary<string, int> provisional, string[] distinct, Dictionary<object, int[]> mapped)
    {
        _provisional = provisional;
        var order = OrdinalOrder(distinct);
        Ids = new string[distinct.Length];
        _ordinal = new int[distinct.Length];
        for (var i = 0; i < order.Length; i++)
        {
            Ids[i] = distinct[order[i]];
            _ordinal[order[i]] = i;
        }

        foreach (var child in mapped.Values)
        {
            for (var i = 0; i < child.Length; i++)
            {
                child[i] = _ordinal[child[i]];
            }
        }

        _mapped = mapped;
    }

    public ChildIndex(IEnumerable<string> ids)
        : this(Provisional(ids, out var distinct), distinct, new Dictionary<object, int[]>(ReferenceEqualityComparer.Instance))
    {
    }

    public string[] Ids { get; }

    public int Count => Ids.Length;

    public int this[string id] => TryGet(id, out var index) ? index : throw new KeyNotFoundException($"The child id '{id}' is not in the data set.");

    public bool TryGet(string id, out int index)
    {
        if (_provisional.TryGetValue(id.Trim(), out var p))
        {
            index = _ordinal[p];
            return true;
        }

        index = -1;
        return false;
    }

    // The ordinal of each record's child: given to the builder, the array mapped when the index was built (handed over
    // once); else looked up, a run of records of the same child once.
    public int[] Map<T>(T[] records, Func<T, string> childId)
    {
        if (_mapped.Remove(records, out var mapped))
        {
            return mapped;
        }

        var result = new int[records.Length];
        string? last = null;
        var lastIndex = -1;
        for (var i = 0; i < records.Length; i++)
        {
            var id = childId(records[i]);
            if (!string.Equals(id, last, StringComparison.Ordinal))
            {
                last = id;
                lastIndex = this[id];
            }

            result[i] = lastIndex;
        }

        return result;
    }

    private static Dictionary<string, int> Provisional(IEnumerable<string> ids, out string[] distinct)
    {
        var provisional = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var id in ids)
        {
            Intern(provisional, list, id.Trim());
        }

        distinct = [.. list];
        return provisional;
    }

    private static int Intern(Dictionary<string, int> provisional, List<string> distinct, string trimmed)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(provisional, trimmed, out var exists);
        if (!exists)
        {
            slot = distinct.Count;
            distinct.Add(trimmed);
        }

        return slot;
    }

    // The permutation that sorts the ids in ordinal order (distinct ids: no ties). A most-significant-first sort on
    // 64-bit keys of four UTF-16 code units (a missing unit past the end is 0, so a prefix sorts first): runs of equal
    // keys are sorted on the next four units, and any run still tied once its ids have no more units (an id that ends
    // in U+0000 beside the same id without it) is settled by string comparison.
    private static int[] OrdinalOrder(string[] ids)
    {
        var perm = new int[ids.Length];
        for (var i = 0; i < perm.Length; i++)
        {
            perm[i] = i;
        }

        var keys = new ulong[ids.Length];
        SortRun(ids, perm, keys, 0, ids.Length, 0);
        return perm;
    }

    private static void SortRun(string[] ids, int[] perm, ulong[] keys, int start, int length, int offset)
    {
        var longer = false;
        for (var i = start; i < start + length; i++)
        {
            var id = ids[perm[i]];
            keys[i] = Key(id, offset);
            longer |= id.Length > offset + 4;
        }

        Array.Sort(keys, perm, start, length);
        var runStart = start;
        for (var i = start + 1; i <= start + length; i++)
        {
            if (i < start + length && keys[i] == keys[runStart])
            {
                continue;
            }

            var run = i - runStart;
            if (run > 1)
            {
                if (longer)
                {
                    SortRun(ids, perm, keys, runStart, run, offset + 4);
                }
                else
                {
                    Array.Sort(perm, runStart, run, Comparer<int>.Create((a, b) => string.CompareOrdinal(ids[a], ids[b])));
                }
            }

            runStart = i;
        }
    }

    private static ulong Key(string id, int offset)
    {
        ulong key = 0;
        for (var k = 0; k < 4; k++)
        {
            key = (key << 16) | (offset + k < id.Length ? id[offset + k] : 0u);
        }

        return key;
    }

    // Collects the ids of the record arrays that define the children, each array's records numbered as they are read.
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _provisional = new(StringComparer.Ordinal);
        private readonly List<string> _distinct = [];
        private readonly Dictionary<object, int[]> _mapped = new(ReferenceEqualityComparer.Instance);

        public void Add<T>(T[] records, Func<T, string> childId)
        {
            if (_mapped.ContainsKey(records))
            {
                return;
            }

            var child = new int[records.Length];
            string? last = null;
            var lastIndex = -1;
            for (var i = 0; i < records.Length; i++)
            {
                var id = childId(records[i]);
                if (!string.Equals(id, last, StringComparison.Ordinal))
                {
                    last = id;
                    lastIndex = Intern(_provisional, _distinct, id.Trim());
                }

                child[i] = lastIndex;
            }

            _mapped.Add(records, child);
        }

        public ChildIndex Build() => new(_provisional, [.. _distinct], _mapped);
    }
}
