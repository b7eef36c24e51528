namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>The <c>geographic_level</c> of a published row that this library reads.</summary>
public enum GeographicLevel
{
    /// <summary><c>National</c>: England.</summary>
    National,

    /// <summary><c>Regional</c>: a region (<c>E12</c>), or Inner or Outer London (<c>E13</c>).</summary>
    Regional,

    /// <summary><c>Local authority</c>: one authority, or a joint return of several.</summary>
    LocalAuthority,
}
