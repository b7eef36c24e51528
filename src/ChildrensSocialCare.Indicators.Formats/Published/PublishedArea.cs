namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// The place a published row describes: England, a region, an authority, or a joint return of several authorities.
/// </summary>
/// <param name="Level">The row's geographic level.</param>
/// <param name="Code">The key: <c>E92000001</c> for England, the region code for a region, the old 3-digit code for an
/// authority (the stable key; 9-digit codes changed in 2025 for some), and for a joint return the composite code as
/// published (<c>940 / 941</c>).</param>
/// <param name="Name">The name as published.</param>
public sealed record PublishedArea(GeographicLevel Level, string Code, string Name)
{
    /// <summary>The old 3-digit code of an authority (composite for a joint return); <c>null</c> otherwise.</summary>
    public string? OldCode { get; init; }

    /// <summary>The new 9-digit code of an authority (composite for a joint return); <c>null</c> otherwise.</summary>
    public string? NewCode { get; init; }

    /// <summary>The region on the row (for a London borough, Inner or Outer London); <c>null</c> for England.</summary>
    public string? RegionCode { get; init; }

    /// <summary>The name of <see cref="RegionCode"/>.</summary>
    public string? RegionName { get; init; }

    /// <summary>The old codes of the authorities of a joint return (<c>940</c>, <c>941</c>); empty for any other row.</summary>
    public IReadOnlyList<string> JointCodes { get; init; } = [];

    /// <summary>Whether the row is a joint return of several authorities (a composite code such as <c>940 / 941</c>),
    /// which is not any single authority's figure.</summary>
    public bool IsJointReturn => JointCodes.Count > 0;
}
