namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The inputs of a breakdown beyond the evaluation's options: the population of each group, for a rate per 10,000
/// broken down (specification section 5), and the choices of the built-in groupings.
/// </summary>
public sealed record BreakdownOptions
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> _populations =
        new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal);

    /// <summary>The defaults: no group populations, CHNE in <c>asian</c>.</summary>
    public static BreakdownOptions Default { get; } = new();

    /// <summary>By dimension id, the population aged 0-17 of each group key (ONS estimates by age band and sex, for
    /// example). A rate broken down by a dimension without them reports each group's count and share, with the rate
    /// not available and the reason; a group missing from its dimension's populations likewise.</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Populations
    {
        get => _populations;
        init => _populations = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether <c>ethnicity-group</c> puts CHNE (Chinese) in <c>other</c>, as DfE's tables did before the
    /// GSS 2021 harmonised standard, rather than in <c>asian</c>.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool ChineseInOther { get; init; }

    /// <summary>These options with <paramref name="populations"/> as the populations of the groups of
    /// <paramref name="dimensionId"/>.</summary>
    /// <param name="dimensionId">The dimension's id (<c>age-band</c>, or a caller's own).</param>
    /// <param name="populations">The population of each group key; none negative.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A population is negative.</exception>
    public BreakdownOptions WithPopulations(string dimensionId, IReadOnlyDictionary<string, long> populations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dimensionId);
        ArgumentNullException.ThrowIfNull(populations);
        if (populations.FirstOrDefault(p => p.Value < 0) is { Key: not null } negative)
        {
            throw new ArgumentOutOfRangeException(nameof(populations), negative.Value, $"The population of group {negative.Key} is negative.");
        }

        var all = new Dictionary<string, IReadOnlyDictionary<string, long>>(_populations, StringComparer.Ordinal)
        {
            [dimensionId] = new Dictionary<string, long>(populations, StringComparer.Ordinal),
        };
        return this with { Populations = all };
    }

    /// <summary>The population of group <paramref name="group"/> of <paramref name="dimensionId"/>, or <c>null</c>.</summary>
    /// <param name="dimensionId">The dimension's id.</param>
    /// <param name="group">The group's key.</param>
    /// <returns>The population, or <c>null</c> when none was given.</returns>
    public long? PopulationOf(string dimensionId, string group) =>
        _populations.TryGetValue(dimensionId, out var groups) && groups.TryGetValue(group, out var p) ? p : null;
}
