namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>Which region a London borough's region comparator is: the files give boroughs Inner or Outer London
/// (<c>E13000001</c>, <c>E13000002</c>), not London (<c>E12000007</c>).</summary>
public enum LondonRegion
{
    /// <summary>Inner or Outer London, as on the borough's row (the default).</summary>
    InnerOrOuter,

    /// <summary>London, <c>E12000007</c>.</summary>
    London,
}
