using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// The code lists of the SSDA903 return and the CIN census, by collection year: which codes are valid for an item
/// (<c>PLACE</c>, <c>REC</c>, <c>ReasonForClosure</c>...) in a given year. The readers check every code against the
/// list of the return's collection year; a code that is not in it is a warning that keeps the value.
/// </summary>
/// <remarks>
/// <para>The lists are the core's <see cref="Ssda903CodeLists"/> and <see cref="CinCensusCodeLists"/>, the one source of
/// codes with the years each is valid in (transcribed from the SSDA903 schema YAML of Social Finance's liia-tools and
/// the CIN census XML schemas 2017-2026; their documentation lists the changes by year). This class looks them up by
/// the item's name as it appears in the return.</para>
/// <para>A collection year is the year the reporting year ends (2024 for 2023-24). A year before the earliest list
/// uses the earliest list; a year after the latest uses the latest. Codes are compared without regard to case.</para>
/// </remarks>
public static class CodeLists
{
    /// <summary>The items (field names as they appear in the return) that have a code list.</summary>
    /// <param name="statutoryReturn">The return.</param>
    /// <returns>The item names, for example <c>PLACE</c> or <c>ReasonForClosure</c>.</returns>
    public static IReadOnlyList<string> Items(StatutoryReturn statutoryReturn) =>
        Lists(statutoryReturn).Select(l => l.Item).ToList();

    /// <summary>The codes valid for an item in a collection year.</summary>
    /// <param name="statutoryReturn">The return.</param>
    /// <param name="item">The item name as it appears in the return, for example <c>PLACE</c> (case-insensitive).</param>
    /// <param name="collectionYear">The collection year (2024 for 2023-24).</param>
    /// <returns>A case-insensitive set of codes.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> has no code list.</exception>
    public static IReadOnlySet<string> Get(StatutoryReturn statutoryReturn, string item, int collectionYear)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Find(statutoryReturn, item).ValidIn(collectionYear);
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

    private static IReadOnlyList<CodeList> Lists(StatutoryReturn statutoryReturn) =>
        statutoryReturn == StatutoryReturn.CinCensus ? CinCensusCodeLists.All : Ssda903CodeLists.All;

    private static CodeList Find(StatutoryReturn statutoryReturn, string item)
    {
        foreach (var list in Lists(statutoryReturn))
        {
            if (string.Equals(list.Item, item, StringComparison.OrdinalIgnoreCase))
            {
                return list;
            }
        }

        throw new ArgumentException(
            $"The {statutoryReturn} item '{item}' has no code list. Items with code lists: {string.Join(", ", Items(statutoryReturn))}.",
            nameof(item));
    }
}
