using System.Runtime.InteropServices;
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

        // Each identity gets a slot, numbered in the order identities are first seen; a slot is owned by the latest
        // return that supplied its identity. The records of each slot's owner are kept, slot by slot, in the order
        // that return listed them (a counting sort on the slot: no list per identity).
        var total = 0;
        foreach (var r in orderedReturns)
        {
            total += select(r).Count;
        }

        var slots = new Dictionary<TKey, int>(total);
        var owner = new List<int>();
        var records = new T[total];
        var slotOf = new int[total];
        var returnOf = new int[total];
        var n = 0;
        for (var r = 0; r < orderedReturns.Count; r++)
        {
            foreach (var record in select(orderedReturns[r]))
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, identity(record), out var exists);
                if (!exists)
                {
                    slot = owner.Count;
                    owner.Add(r);
                }
                else
                {
                    owner[slot] = r;
                }

                records[n] = record;
                slotOf[n] = slot;
                returnOf[n] = r;
                n++;
            }
        }

        var start = new int[owner.Count + 1];
        var kept = 0;
        for (var i = 0; i < total; i++)
        {
            if (returnOf[i] == owner[slotOf[i]])
            {
                start[slotOf[i] + 1]++;
                kept++;
            }
        }

        for (var k = 0; k < owner.Count; k++)
        {
            start[k + 1] += start[k];
        }

        var merged = new T[kept];
        for (var i = 0; i < total; i++)
        {
            if (returnOf[i] == owner[slotOf[i]])
            {
                merged[start[slotOf[i]]++] = records[i];
            }
        }

        return merged;
    }

    // For records identified by an id when the return carries one (AssessmentID, CPPID), else by child and start date:
    // two records of different returns match when both carry the same id, or when they have the same child and date
    // and at least one of them has no id. Each record of a later return replaces at most one earlier record.
    public static T[] MergeByIdOrDate<T>(IReadOnlyList<RecordSet> orderedReturns, Func<RecordSet, List<T>> select,
        Func<T, string> childId, Func<T, string?> id, Func<T, DateOnly> date)
    {
        // Records within one return are never merged.
        if (orderedReturns.Count == 1)
        {
            return [.. select(orderedReturns[0])];
        }

        // The records of each (child, id) and each (child, date) in the order read, as chains through arrays (no list
        // per key): the first and last record of each key, and the record after each record.
        var records = new List<T>();
        var returnOf = new List<int>();
        var alive = new List<bool>();
        var nextSameId = new List<int>();
        var nextSameDate = new List<int>();
        var byId = new Dictionary<(string, string), (int First, int Last)>();
        var byDate = new Dictionary<(string, DateOnly), (int First, int Last)>();
        for (var r = 0; r < orderedReturns.Count; r++)
        {
            foreach (var record in select(orderedReturns[r]))
            {
                var child = childId(record).Trim();
                var recordId = id(record) is { Length: > 0 } i ? i.Trim() : null;
                var key = (child, date(record));
                var match = -1;
                // One return may repeat an id (a data error, but its records are never merged): prefer the earlier
                // record with the same id and date, then any earlier record with the same id.
                if (recordId is not null && byId.TryGetValue((child, recordId), out var sameId))
                {
                    for (var c = sameId.First; c >= 0 && match < 0; c = nextSameId[c])
                    {
                        if (alive[c] && returnOf[c] != r && date(records[c]) == key.Item2)
                        {
                            match = c;
                        }
                    }

                    for (var c = sameId.First; c >= 0 && match < 0; c = nextSameId[c])
                    {
                        if (alive[c] && returnOf[c] != r)
                        {
                            match = c;
                        }
                    }
                }

                if (match < 0 && byDate.TryGetValue(key, out var candidates))
                {
                    for (var c = candidates.First; c >= 0; c = nextSameDate[c])
                    {
                        if (alive[c] && returnOf[c] != r && (recordId is null || id(records[c]) is not { Length: > 0 }))
                        {
                            match = c;
                            break;
                        }
                    }
                }

                if (match >= 0)
                {
                    alive[match] = false;
                }

                var index = records.Count;
                records.Add(record);
                returnOf.Add(r);
                alive.Add(true);
                nextSameId.Add(-1);
                nextSameDate.Add(-1);
                if (recordId is not null)
                {
                    Append(byId, (child, recordId), index, nextSameId);
                }

                Append(byDate, key, index, nextSameDate);
            }
        }

        return [.. records.Where((_, i) => alive[i])];
    }

    private static void Append<TKey>(Dictionary<TKey, (int First, int Last)> chains, TKey key, int index, List<int> next)
        where TKey : notnull
    {
        ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(chains, key, out var exists);
        if (exists)
        {
            next[chain.Last] = index;
            chain.Last = index;
        }
        else
        {
            chain = (index, index);
        }
    }

    public static T[] Concat<T>(IReadOnlyList<RecordSet> returns, Func<RecordSet, List<T>> select) =>
        returns.Count == 1 ? [.. select(returns[0])] : [.. returns.SelectMany(select)];

    // Later collection years win; returns without a year keep the order they were supplied in, before dated ones.
    public static IReadOnlyList<RecordSet> Order(IEnumerable<RecordSet> returns) =>
        returns.Select((r, i) => (r, i)).OrderBy(x => x.r.CollectionYear ?? int.MinValue).ThenBy(x => x.i).Select(x => x.r).ToList();
}
