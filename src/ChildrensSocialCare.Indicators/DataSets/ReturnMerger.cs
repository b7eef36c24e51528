using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// Specification 1.5: a record open across 31 March appears in both years' returns. When returns are combined, records
// are matched by identity and the later return wins; records within one return are never merged.
internal static class ReturnMerger
{
    public static T[] Merge<T, TKey>(IReadOnlyList<RecordSet> orderedReturns, Func<RecordSet, List<T>> select, Func<T, TKey> identity)
        where TKey : notnull
    {
        if (orderedReturns.Count == 1)
        {
            return [.. select(orderedReturns[0])];
        }

        // identity -> (index of the return that last supplied it, the records it supplied with that identity)
        var latest = new Dictionary<TKey, (int Return, List<T> Records)>();
        var total = 0;
        for (var r = 0; r < orderedReturns.Count; r++)
        {
            foreach (var record in select(orderedReturns[r]))
            {
                total++;
                var key = identity(record);
                if (latest.TryGetValue(key, out var entry) && entry.Return == r)
                {
                    entry.Records.Add(record);
                }
                else
                {
                    latest[key] = (r, [record]);
                }
            }
        }

        var merged = new List<T>(Math.Min(total, latest.Count * 2));
        foreach (var entry in latest.Values)
        {
            merged.AddRange(entry.Records);
        }

        return [.. merged];
    }

    public static T[] Concat<T>(IReadOnlyList<RecordSet> returns, Func<RecordSet, List<T>> select) =>
        returns.Count == 1 ? [.. select(returns[0])] : [.. returns.SelectMany(select)];

    // Later collection years win; returns without a year keep the order they were supplied in, before dated ones.
    public static IReadOnlyList<RecordSet> Order(IEnumerable<RecordSet> returns) =>
        returns.Select((r, i) => (r, i)).OrderBy(x => x.r.CollectionYear ?? int.MinValue).ThenBy(x => x.i).Select(x => x.r).ToList();
}
