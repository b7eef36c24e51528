using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic;

// The generator's codes taken from the one source of code lists (Ssda903CodeLists, CinCensusCodeLists). Which codes
// the generator writes, and in which order, is its own model: its probabilities are indexed by position, so a list is
// either the source's own order (All, ValidIn) or the model's choice (Pick), which fails when the generator is first
// used if the source does not list a code.
internal static class Listed
{
    public static string[] All(CodeList list) => All(list, c => c);

    public static T[] All<T>(CodeList list, Func<string, T> make) => [.. list.Codes.Select(c => make(c.Code))];

    // The codes valid in a collection year, in the source's order.
    public static T[] ValidIn<T>(CodeList list, int collectionYear, Func<string, T> make) =>
        [.. list.Codes.Where(c => c.IsValidIn(collectionYear)).Select(c => make(c.Code))];

    public static string[] Pick(CodeList list, string codes) => Pick(list, codes, c => c);

    public static T[] Pick<T>(CodeList list, string codes, Func<string, T> make) =>
        [.. codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => make(Code(list, c)))];

    public static string Code(CodeList list, string code)
    {
        foreach (var listed in list.Codes)
        {
            if (listed.Code == code)
            {
                return listed.Code;
            }
        }

        throw new InvalidOperationException($"The synthetic generator writes {list.Item} '{code}', which the code list does not have.");
    }

    public static int First(CodeList list, string code) =>
        list.FirstYear(code) ?? throw new InvalidOperationException($"{list.Item} '{code}' has no first year.");
}
