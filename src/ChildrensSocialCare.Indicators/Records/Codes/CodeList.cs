using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// The code list of one item of a statutory return (<c>PLACE</c>, <c>REC</c>, <c>ReasonForClosure</c>...): every code
/// the return has had for the item, each with the collection years it is valid in. The lists themselves are
/// <see cref="Ssda903CodeLists"/> and <see cref="CinCensusCodeLists"/>, the one source that the record types'
/// <c>KnownCodes</c>, the file readers' year checks and the synthetic generator all read.
/// </summary>
/// <remarks>
/// <para>A year before a code's first year or after its last does not accept it. An item that is newer than the year
/// asked for (the social worker table before 2024) answers with the codes of its first year, so a reader of an older
/// return still checks the values it finds. Codes are compared without regard to case.</para>
/// <para>A list is immutable and thread-safe.</para>
/// </remarks>
public sealed class CodeList
{
    private readonly ConcurrentDictionary<int, FrozenSet<string>> _byYear = new();

    // Each row as transcribed from a schema: these codes are valid from collection year From (null: from the earliest
    // year this library knows) to collection year To (null: still valid), both inclusive.
    internal CodeList(string item, params (int? From, int? To, string Codes)[] rows)
    {
        Item = item;
        Codes = [.. rows.SelectMany(r => r.Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => new ListedCode(c, r.From, r.To)))];
        KnownCodes = Codes.Select(c => c.Code).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The item's name as it appears in the return, for example <c>PLACE</c> or <c>ReasonForClosure</c>.</summary>
    public string Item { get; }

    /// <summary>Every code of the item with its years, in the order of the source schema.</summary>
    public IReadOnlyList<ListedCode> Codes { get; }

    /// <summary>Every code of the item in any collection year (case-insensitive).</summary>
    public IReadOnlySet<string> KnownCodes { get; }

    /// <summary>The codes valid in a collection year.</summary>
    /// <param name="collectionYear">The collection year (2024 for 2023-24).</param>
    /// <returns>A case-insensitive set of codes.</returns>
    public IReadOnlySet<string> ValidIn(int collectionYear) => _byYear.GetOrAdd(collectionYear, Build);

    /// <summary>Whether a code is valid in a collection year. A blank code is not valid.</summary>
    /// <param name="code">The code, compared trimmed and without regard to case.</param>
    /// <param name="collectionYear">The collection year (2024 for 2023-24).</param>
    /// <returns>Whether the code is in the year's list.</returns>
    public bool IsValid(string? code, int collectionYear) => code is not null && ValidIn(collectionYear).Contains(code.Trim());

    /// <summary>The first collection year a code is valid in.</summary>
    /// <param name="code">A code of the list (case-insensitive).</param>
    /// <returns>The year, or <see langword="null"/> when the code is valid from the earliest year this library knows.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the list.</exception>
    public int? FirstYear(string code) => Find(code).FirstYear;

    /// <summary>The last collection year a code is valid in.</summary>
    /// <param name="code">A code of the list (case-insensitive).</param>
    /// <returns>The year, or <see langword="null"/> when the code is still valid.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the list.</exception>
    public int? LastYear(string code) => Find(code).LastYear;

    /// <inheritdoc />
    public override string ToString() => Item;

    private ListedCode Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var listed in Codes)
        {
            if (string.Equals(listed.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return listed;
            }
        }

        throw new ArgumentException($"'{code}' is not a code of {Item}. Its codes: {string.Join(" ", KnownCodes)}.", nameof(code));
    }

    private FrozenSet<string> Build(int year)
    {
        var valid = Codes.Where(c => c.IsValidIn(year)).ToList();
        if (valid.Count == 0)
        {
            // The item is newer than the year (the social worker table before 2024): use its first list.
            var first = Codes.Min(c => c.FirstYear ?? int.MinValue);
            valid = [.. Codes.Where(c => c.IsValidIn(first))];
        }

        return valid.Select(c => c.Code).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
