namespace ChildrensSocialCare.Indicators;

/// <summary>One group of a breakdown <see cref="Dimension"/>: its stable key, its label, and the codes it holds.</summary>
/// <param name="Key">The group's stable key (<c>under-1</c>, <c>male</c>, <c>N1</c>, <c>unknown</c>); coded groups
/// are the codes, upper case, as the code list holds them.</param>
/// <param name="Label">The group as shown (<c>Under 1</c>, <c>Not recorded</c>).</param>
/// <param name="Codes">The codes (or, for <c>age-band</c>, the ages in whole years) the group holds, as documented;
/// empty for <c>unknown</c> and for a caller's own groups.</param>
public sealed record DimensionGroup(string Key, string Label, IReadOnlyList<string> Codes)
{
    /// <summary>The key of the group of units whose attribute is missing or not in the code list (shown as
    /// <see cref="UnknownLabel"/>): every unit is in exactly one group, so no unit is dropped.</summary>
    public const string Unknown = "unknown";

    /// <summary>The label of the <see cref="Unknown"/> group.</summary>
    public const string UnknownLabel = "Not recorded";

    /// <summary>The key of the group of codes a grouping does not list (<c>placement-type</c>, <c>legal-status</c>,
    /// <c>reason-ceased</c>, and a caller's own grouping of codes).</summary>
    public const string Other = "other";
}
