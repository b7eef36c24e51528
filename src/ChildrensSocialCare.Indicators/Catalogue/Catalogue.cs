namespace ChildrensSocialCare.Indicators;

/// <summary>
/// Every indicator the library computes, with its metadata, in the order of the specification's table
/// (<c>INDICATORS.md</c> section 2). Each indicator is written in its own file under <c>Indicators/&lt;Family&gt;/</c>
/// (its definition, every part named, and its computation); the catalogue finds them all and orders them by their
/// sequence number, so adding an indicator is adding one file. The ids are the public contract.
/// </summary>
public static class Catalogue
{
    private static readonly IndicatorDefinition[] s_discovered = Discover();

    private static readonly IndicatorDefinition[] s_all = [.. s_discovered.Where(d => d.Family != IndicatorFamily.Inspection)];

    private static readonly IndicatorDefinition[] s_byFamily =
        [.. s_all.OrderBy(d => d.Family).ThenBy(d => d.Sequence)];

    private static readonly IndicatorDefinition[] s_inspection = [.. s_discovered.Where(d => d.Family == IndicatorFamily.Inspection)];

    private static readonly Dictionary<string, IndicatorDefinition> s_byId = s_discovered.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Every indicator, in the specification's order (sections 2 and 8; not the inspection measures).</summary>
    public static IReadOnlyList<IndicatorDefinition> All => s_all;

    /// <summary>
    /// Every indicator grouped by family as DfE's publications group them (the order of <see cref="IndicatorFamily"/>),
    /// in the specification's order within each family: the order of a scorecard of the whole catalogue.
    /// </summary>
    public static IReadOnlyList<IndicatorDefinition> ByFamily => s_byFamily;

    /// <summary>The inspection measures only Ofsted Annex A gives (specification 9.3), in its order: evaluate them
    /// with <c>AnnexADataSet</c>. Kept out of <see cref="All"/>; <see cref="Get"/> and <see cref="Find"/> know their
    /// ids.</summary>
    public static IReadOnlyList<IndicatorDefinition> Inspection => s_inspection;

    /// <summary>The indicator with the stable id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has that id; the message lists the ids.</exception>
    public static IndicatorDefinition Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Find(id) ?? throw new KeyNotFoundException(
            $"There is no indicator '{id}'. The ids are: {string.Join(", ", s_discovered.Select(d => d.Id))}.");
    }

    /// <summary>The indicator with the stable id <paramref name="id"/>, or <c>null</c>.</summary>
    public static IndicatorDefinition? Find(string id) =>
        id is not null && s_byId.TryGetValue(id.Trim(), out var definition) ? definition : null;

    // Every non-abstract Indicator of this assembly, defined and bound to its computation, in sequence order.
    private static IndicatorDefinition[] Discover()
    {
        var definitions = new List<IndicatorDefinition>();
        foreach (var type in typeof(Indicator).Assembly.GetTypes())
        {
            if (type.IsAbstract || !type.IsSubclassOf(typeof(Indicator)))
            {
                continue;
            }

            var indicator = (Indicator)Activator.CreateInstance(type, nonPublic: true)!;
            var definition = indicator.Define();
            definition.Computation = indicator;
            definitions.Add(definition);
        }

        definitions.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return [.. definitions];
    }
}
