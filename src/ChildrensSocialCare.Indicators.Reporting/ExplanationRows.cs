namespace ChildrensSocialCare.Indicators.Reporting;

// One line of an explanation table: a record with whether it is in the numerator and the denominator, or the rule
// that excluded it.
internal readonly record struct ExplanationRow(ExplanationEntry Entry, bool InNumerator, bool InDenominator, string? ExcludedBy);

internal static class ExplanationRows
{
    // More distinct date names than this and the dates share one column.
    public const int MaxDateColumns = 6;

    // The sentence above an explanation's table.
    public static string Counts(Explanation e) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{e.Numerator.Count} in the numerator, {e.Denominator.Count} in the denominator, {e.Excluded.Count} excluded.");

    // The line under a table cut at PresentationOptions.MaxRows.
    public static string More(int hidden, int shown) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"... and {hidden} more rows (PresentationOptions.MaxRows is {shown}).");

    // The denominator's records in order, each marked when it is also in the numerator; then numerator records that
    // are not in the denominator (a rate's, whose denominator is the population); then the exclusions. An entry is
    // matched to the numerator by reference first (the engine adds one object to both lists), then by content; each
    // numerator entry is matched once, so two identical referrals remain two rows.
    public static List<ExplanationRow> Of(Explanation e)
    {
        var used = new bool[e.Numerator.Count];
        var byReference = new Dictionary<ExplanationEntry, Queue<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < e.Numerator.Count; i++)
        {
            Enqueue(byReference, e.Numerator[i], i);
        }

        var inNumerator = new bool[e.Denominator.Count];
        var unmatched = new List<int>();
        for (var j = 0; j < e.Denominator.Count; j++)
        {
            inNumerator[j] = Take(byReference, e.Denominator[j], used) >= 0;
            if (!inNumerator[j])
            {
                unmatched.Add(j);
            }
        }

        // Only when some entries were not matched by reference: match the rest by content.
        if (unmatched.Count > 0 && used.Contains(false))
        {
            var byContent = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            for (var i = 0; i < e.Numerator.Count; i++)
            {
                if (!used[i])
                {
                    Enqueue(byContent, Key(e.Numerator[i]), i);
                }
            }

            foreach (var j in unmatched)
            {
                inNumerator[j] = Take(byContent, Key(e.Denominator[j]), used) >= 0;
            }
        }

        var rows = new List<ExplanationRow>(e.Denominator.Count + e.Numerator.Count + e.Excluded.Count);
        for (var j = 0; j < e.Denominator.Count; j++)
        {
            rows.Add(new ExplanationRow(e.Denominator[j], inNumerator[j], true, null));
        }

        for (var i = 0; i < e.Numerator.Count; i++)
        {
            if (!used[i])
            {
                rows.Add(new ExplanationRow(e.Numerator[i], true, false, null));
            }
        }

        rows.AddRange(e.Excluded.Select(x => new ExplanationRow(x.Entry, false, false, x.Rule)));
        return rows;
    }

    // The names of the key dates, in the order first seen.
    public static List<string> DateNames(IEnumerable<ExplanationRow> rows)
    {
        var names = new List<string>();
        foreach (var date in rows.SelectMany(r => r.Entry.Dates))
        {
            if (!names.Contains(date.Name))
            {
                names.Add(date.Name);
            }
        }

        return names;
    }

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(none)";

    // The entry's dates called name, joined when there are several.
    public static string Dates(ExplanationEntry entry, string name) =>
        string.Join(", ", entry.Dates.Where(d => d.Name == name).Select(d => Date(d.Date)));

    public static string AllDates(ExplanationEntry entry) => string.Join("; ", entry.Dates.Select(d => d.Name + " " + Date(d.Date)));

    private static string Key(ExplanationEntry entry) =>
        entry.ChildId + "\u001F" + entry.Kind + "\u001F" + AllDates(entry) + "\u001F" + (entry.Record?.ToString() ?? "");

    private static void Enqueue<TKey>(Dictionary<TKey, Queue<int>> index, TKey key, int i)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var queue))
        {
            index[key] = queue = new Queue<int>();
        }

        queue.Enqueue(i);
    }

    private static int Take<TKey>(Dictionary<TKey, Queue<int>> index, TKey key, bool[] used)
        where TKey : notnull
    {
        if (index.TryGetValue(key, out var queue))
        {
            while (queue.Count > 0)
            {
                var i = queue.Dequeue();
                if (!used[i])
                {
                    used[i] = true;
                    return i;
                }
            }
        }

        return -1;
    }
}
