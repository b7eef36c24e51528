namespace ChildrensSocialCare.Indicators;

// Interns child ids: every id becomes a dense int, assigned in ordinal order of the ids so that the same records
// give the same indices whatever order they were supplied in.
internal sealed class ChildIndex
{
    private readonly Dictionary<string, int> _index;

    public ChildIndex(IEnumerable<string> ids)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            set.Add(id.Trim());
        }

        Ids = [.. set];
        Array.Sort(Ids, StringComparer.Ordinal);
        _index = new Dictionary<string, int>(Ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < Ids.Length; i++)
        {
            _index.Add(Ids[i], i);
        }
    }

    public string[] Ids { get; }

    public int Count => Ids.Length;

    public int this[string id] => _index[id.Trim()];

    public bool TryGet(string id, out int index) => _index.TryGetValue(id.Trim(), out index);

    public int[] Map<T>(T[] records, Func<T, string> childId)
    {
        var result = new int[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            result[i] = this[childId(records[i])];
        }

        return result;
    }
}
