using System.Collections.ObjectModel;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// Each authority's statistical neighbours, nearest first, by old 3-digit code: DfE's published groupings
/// (<c>sn_model_2025_wide.csv</c>, and the April 2021 layout), or named by the caller with <see cref="Named"/>.
/// </summary>
public sealed class StatisticalNeighbours
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _groups;

    internal StatisticalNeighbours(string source, IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        Source = source;
        _groups = groups;
        Authorities = new ReadOnlyCollection<string>([.. groups.Keys]);
    }

    /// <summary>Where the groupings come from: the file name, or "named by the caller".</summary>
    public string Source { get; }

    /// <summary>The authorities that have neighbours, by old code, in the file's order.</summary>
    public IReadOnlyList<string> Authorities { get; }

    /// <summary>One authority's neighbours as named by the caller (old or new codes).</summary>
    /// <param name="authority">The authority's code.</param>
    /// <param name="neighbours">Its neighbours' codes.</param>
    /// <returns>The groupings.</returns>
    public static StatisticalNeighbours Named(string authority, IEnumerable<string> neighbours)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        ArgumentNullException.ThrowIfNull(neighbours);
        return new StatisticalNeighbours("named by the caller", new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            [authority.Trim()] = [.. neighbours.Select(n => n.Trim()).Where(n => n.Length > 0)],
        });
    }

    /// <summary>An authority's neighbours, nearest first; empty when it has none here.</summary>
    /// <param name="oldCode">The authority's old 3-digit code (as keyed in the groupings).</param>
    public IReadOnlyList<string> Of(string oldCode) =>
        _groups.TryGetValue(oldCode.Trim(), out var list) ? list : [];
}
