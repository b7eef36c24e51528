namespace ChildrensSocialCare.Indicators;

internal static class Sorting
{
    // The permutation that orders rows by (child, primary, secondary, tie-break, original position): a stable sort on
    // a composite 64-bit key, with the rare ties on (child, primary) settled by the secondary key, then the tie-break
    // (rows compared by content, so that the order does not depend on the order the records were supplied in), then
    // input order.
    public static int[] Permutation(int[] child, int[] primary, int[]? secondary = null, Comparison<int>? tieBreak = null)
    {
        var n = child.Length;
        var keys = new long[n];
        var perm = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = ((long)child[i] << 32) | (uint)primary[i];
            perm[i] = i;
        }

        // Returns usually list rows by child and date already: then there is nothing to sort but the ties.
        if (!IsSorted(keys))
        {
            Array.Sort(keys, perm);
        }

        // Ties on (child, primary) are ordered by what is left; without a secondary key or tie-break, by position.
        var rest = secondary is null && tieBreak is null ? Comparer<int>.Default : Comparer<int>.Create((a, b) =>
            secondary is not null && secondary[a] != secondary[b] ? secondary[a].CompareTo(secondary[b])
            : tieBreak?.Invoke(a, b) is { } c and not 0 ? c
            : a.CompareTo(b));
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(perm, start, end - start, rest);
            }

            start = end;
        }

        return perm;
    }

    private static bool IsSorted(long[] keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    public static T[] Apply<T>(T[] source, int[] perm)
    {
        var result = new T[source.Length];
        for (var i = 0; i < perm.Length; i++)
        {
            result[i] = source[perm[i]];
        }

        return result;
    }

    // offsets[c]..offsets[c+1] is the range of rows of child c in a table sorted by child.
    public static int[] Offsets(int[] sortedChild, int childCount)
    {
        var offsets = new int[childCount + 1];
        foreach (var c in sortedChild)
        {
            offsets[c + 1]++;
        }

        for (var c = 0; c < childCount; c++)
        {
            offsets[c + 1] += offsets[c];
        }

        return offsets;
    }
}
