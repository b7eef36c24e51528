namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>The statutory return a code list belongs to.</summary>
public enum StatutoryReturn
{
    /// <summary>The SSDA903 return of children looked after (CSV tables or the <c>EXPSSDA903</c> XML).</summary>
    Ssda903,

    /// <summary>The children in need census (XML, <c>Message/Header/Children</c>).</summary>
    CinCensus,
}
