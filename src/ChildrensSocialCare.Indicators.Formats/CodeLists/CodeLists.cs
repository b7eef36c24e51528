using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// The code lists of the SSDA903 return and the CIN census, by collection year: which codes are valid for an item
/// (<c>PLACE</c>, <c>REC</c>, <c>ReasonForClosure</c>...) in a given year. The readers check every code against the
/// list of the return's collection year; a code that is not in it is a warning that keeps the value.
/// </summary>
/// <remarks>
/// <para>The lists are a small table of data (item, codes, first year, last year) transcribed from the SSDA903
/// schema YAML of Social Finance's liia-tools (2017 base and the 2019, 2022, 2024, 2025 and 2026 changes) and the CIN
/// census XML schemas 2017-2026. The main changes: <c>REC</c> E45-E48 replace E43/E44 from 2019;
/// <c>REASON_PLACE_CHANGE</c> CUSTOD from 2019; <c>ACTIV</c> F4/P4/F5/P5 replace F3/P3 from 2022; the social worker
/// table from 2024; <c>SEX</c> M/F/U replace 1/2 from 2025; <c>PLACE</c> K3 added and H5/P2 dropped from 2025 and
/// Z11-Z14 added from 2026; CIN <c>AssessmentFactors</c> 18B/18C/19B/19C from 2021 and 24A from 2022;
/// <c>ReferralSource</c> 5D and <c>ReasonForClosure</c> RC9 from 2023; CIN <c>GenderCurrent</c> 0/1/2/9 replaced by
/// <c>Sex</c> M/F/U from 2025.</para>
/// <para>A collection year is the year the reporting year ends (2024 for 2023-24). A year before the earliest list
/// uses the earliest list; a year after the latest uses the latest. Codes are compared without regard to case.</para>
/// </remarks>
public static class CodeLists
{
    private static readonly ConcurrentDictionary<(StatutoryReturn, string, int), FrozenSet<string>> s_cache = new();

    /// <summary>The items (field names as they appear in the return) that have a code list.</summary>
    /// <param name="statutoryReturn">The return.</param>
    /// <returns>The item names, for example <c>PLACE</c> or <c>ReasonForClosure</c>.</returns>
    public static IReadOnlyList<string> Items(StatutoryReturn statutoryReturn) =>
        CodeListTable.Entries.Where(e => e.Return == statutoryReturn).Select(e => e.Item).Distinct().ToList();

    /// <summary>The codes valid for an item in a collection year.</summary>
    /// <param name="statutoryReturn">The return.</param>
    /// <param name="item">The item name as it appears in the return, for example <c>PLACE</c> (case-insensitive).</param>
    /// <param name="collectionYear">The collection year (2024 for 2023-24).</param>
    /// <returns>A case-insensitive set of codes.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> has no code list.</exception>
    public static IReadOnlySet<string> Get(StatutoryReturn statutoryReturn, string item, int collectionYear)
    {
        ArgumentNullException.ThrowIfNull(item);
        var key = (statutoryReturn, item.ToUpperInvariant(), collectionYear);
        return s_cache.GetOrAdd(key, k => Build(k.Item1, item, k.Item3));
    }

    /// <summary>Whether a code is valid for an item in a collection year. A blank code is not valid.</summary>
    /// <param name="statutoryReturn">The return.</param>
    /// <param name="item">The item name as it appears in the return (case-insensitive).</param>
    /// <param name="code">The code, compared trimmed and without regard to case.</param>
    /// <param name="collectionYear">The collection year (2024 for 2023-24).</param>
    /// <returns>Whether the code is in the year's list.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> has no code list.</exception>
    public static bool IsValid(StatutoryReturn statutoryReturn, string item, string? code, int collectionYear) =>
        code is not null && Get(statutoryReturn, item, collectionYear).Contains(code.Trim());

    private static FrozenSet<string> Build(StatutoryReturn statutoryReturn, string item, int year)
    {
        var entries = CodeListTable.Entries
            .Where(e => e.Return == statutoryReturn && string.Equals(e.Item, item, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (entries.Count == 0)
        {
            throw new ArgumentException(
                $"The {statutoryReturn} item '{item}' has no code list. Items with code lists: {string.Join(", ", Items(statutoryReturn))}.",
                nameof(item));
        }

        var applying = entries.Where(e => e.AppliesTo(year)).ToList();
        if (applying.Count == 0)
        {
            // The item is newer than the year (the social worker table before 2024): use its first list.
            var first = entries.Min(e => e.From ?? int.MinValue);
            applying = entries.Where(e => e.AppliesTo(first)).ToList();
        }

        return applying.SelectMany(e => e.CodeArray).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
