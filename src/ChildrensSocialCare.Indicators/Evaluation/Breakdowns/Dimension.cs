using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A breakdown dimension (specification section 5): how each unit of an indicator is put in exactly one group, by its
/// child and record at the indicator's reference date. The fourteen built-in ones (<see cref="BuiltIn"/>, ids in
/// <see cref="DimensionIds"/>) apply where each definition's <see cref="IndicatorDefinition.Dimensions"/> says; a caller
/// can regroup the codes of a built-in one (<see cref="Regroup"/>) or supply a dimension of their own
/// (<see cref="Custom"/>).
/// </summary>
/// <remarks>A unit whose attribute is missing, or not in the code list, is in the group
/// <see cref="DimensionGroup.Unknown"/>, so the groups add up to the whole. A dimension is immutable and
/// thread-safe.</remarks>
public sealed class Dimension
{
    private readonly FrozenDictionary<string, string> _labels;

    internal Dimension(string id, string title, string appliesTo, IReadOnlyList<DimensionGroup> groups,
        Func<BreakdownScope, int, string?>? code, Func<BreakdownScope, int, string> groupOf, string? basedOn)
    {
        Id = id;
        Title = title;
        AppliesToText = appliesTo;
        Groups = groups;
        Code = code;
        GroupOf = groupOf;
        BasedOn = basedOn;
        _labels = groups.ToFrozenDictionary(g => g.Key, g => g.Label, StringComparer.Ordinal);
    }

    /// <summary>The dimension's stable id (<c>age-band</c>, or a caller's own).</summary>
    public string Id { get; }

    /// <summary>The dimension as shown (<c>Age band</c>).</summary>
    public string Title { get; }

    /// <summary>The indicators it applies to, in words, as the specification's table says.</summary>
    public string AppliesToText { get; }

    /// <summary>The documented groups in their order (the built-in groupings of specification section 5), ending
    /// with <see cref="DimensionGroup.Unknown"/>; empty for a caller's own dimension, whose groups are the keys its
    /// function returns.</summary>
    public IReadOnlyList<DimensionGroup> Groups { get; }

    /// <summary>The id of the built-in dimension whose applicability a regrouping or this one has: its own id for a
    /// built-in one, the regrouped one's for <see cref="Regroup"/>, <c>null</c> for <see cref="Custom"/>.</summary>
    public string? BasedOn { get; }

    /// <summary>Whether this is one of the built-in dimensions.</summary>
    public bool IsBuiltIn => BuiltInDimensions.ById.TryGetValue(Id, out var d) && ReferenceEquals(d, this);

    // The unit's code (the built-in's attribute before grouping), for a regrouping; null for a caller's dimension.
    internal Func<BreakdownScope, int, string?>? Code { get; }

    // The unit's group key.
    internal Func<BreakdownScope, int, string> GroupOf { get; }

    /// <summary>The fourteen built-in dimensions, in the specification's order.</summary>
    public static IReadOnlyList<Dimension> BuiltIn => BuiltInDimensions.All;

    /// <summary>The built-in dimension with id <paramref name="id"/>.</summary>
    /// <param name="id">One of <see cref="DimensionIds"/>.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="KeyNotFoundException">No built-in dimension has that id; the message lists the ids.</exception>
    public static Dimension Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryGet(id, out var d) ? d
            : throw new KeyNotFoundException($"No breakdown dimension '{id}'; the dimensions are: {string.Join(", ", BuiltIn.Select(b => b.Id))}.");
    }

    /// <summary>Finds the built-in dimension with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="dimension">The dimension, when found.</param>
    /// <returns>Whether one has that id.</returns>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Dimension? dimension) =>
        BuiltInDimensions.ById.TryGetValue(id ?? "", out dimension);

    /// <summary>Whether the dimension applies to <paramref name="indicator"/>: a built-in one (and a regrouping of it)
    /// where the definition lists it in <see cref="IndicatorDefinition.Dimensions"/>; a caller's own to every indicator
    /// that has any (an indicator whose unit is a child's).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>Whether it can be broken down by this dimension.</returns>
    public bool AppliesTo(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return BasedOn is null ? indicator.Dimensions.Count > 0 : indicator.Dimensions.Contains(BasedOn, StringComparer.Ordinal);
    }

    /// <summary>The label of group <paramref name="key"/>: the documented one, <see cref="DimensionGroup.UnknownLabel"/>
    /// for <see cref="DimensionGroup.Unknown"/>, else the key itself.</summary>
    /// <param name="key">A group key.</param>
    /// <returns>The label.</returns>
    public string LabelOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _labels.TryGetValue(key, out var label) ? label
            : key == DimensionGroup.Unknown ? DimensionGroup.UnknownLabel
            : key == DimensionGroup.Other ? "Other"
            : key;
    }

    /// <summary>A caller's own grouping of this built-in dimension's codes (specification section 5: a map from code to
    /// group): the codes as the records hold them (for <c>age-band</c>, the age in whole years, <c>0</c> to <c>17</c>
    /// and the care leavers' ages). A blank code is in <see cref="DimensionGroup.Unknown"/>, a code the map does not
    /// name in <see cref="DimensionGroup.Other"/>. It applies where this dimension does.</summary>
    /// <param name="id">The new dimension's id.</param>
    /// <param name="title">Its title.</param>
    /// <param name="codeToGroup">The group key of each code (codes compared trimmed and without regard to case).</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="InvalidOperationException">This is not a built-in dimension.</exception>
    public Dimension Regroup(string id, string title, IReadOnlyDictionary<string, string> codeToGroup)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(codeToGroup);
        if (Code is not { } code || BasedOn is null)
        {
            throw new InvalidOperationException($"Only a built-in dimension can be regrouped; '{Id}' is a caller's own.");
        }

        var map = codeToGroup.ToFrozenDictionary(p => p.Key.Trim(), p => p.Value, StringComparer.OrdinalIgnoreCase);
        var groups = map.GroupBy(p => p.Value, StringComparer.Ordinal)
            .Select(g => new DimensionGroup(g.Key, g.Key, [.. g.Select(p => p.Key).Order(StringComparer.Ordinal)]))
            .Append(new DimensionGroup(DimensionGroup.Other, "Other", []))
            .Append(new DimensionGroup(DimensionGroup.Unknown, DimensionGroup.UnknownLabel, []))
            .ToList();
        return new Dimension(id, title, AppliesToText, groups, code,
            (s, row) => code(s, row) is not { } c ? DimensionGroup.Unknown
                : map.TryGetValue(c, out var g) && !string.IsNullOrWhiteSpace(g) ? g
                : DimensionGroup.Other,
            BasedOn);
    }

    /// <summary>A dimension of the caller's own (specification section 5: a function from the unit's child and record
    /// to a group name). A <c>null</c> or blank group is <see cref="DimensionGroup.Unknown"/>. It applies to every
    /// indicator whose unit is a child's (one with any <see cref="IndicatorDefinition.Dimensions"/>).</summary>
    /// <param name="id">The dimension's id.</param>
    /// <param name="title">Its title.</param>
    /// <param name="group">The group key of a unit.</param>
    /// <returns>The dimension.</returns>
    public static Dimension Custom(string id, string title, Func<BreakdownUnit, string?> group)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(group);
        return new Dimension(id, title, "every indicator whose unit is a child's", [], null,
            (s, row) => group(s.Unit(row)) is { } g && !string.IsNullOrWhiteSpace(g) ? g : DimensionGroup.Unknown, null);
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
