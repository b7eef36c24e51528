namespace ChildrensSocialCare.Indicators;

// The sources the definitions cite, written once.
internal static class Sources
{
    public const string CinCensus = "DfE Children in need statistics (CIN census)";
    public const string Ssda903 = "DfE Children looked after in England including adoptions (SSDA903)";
    public const string Seed = "Walsall scrutiny report, November 2014";
    public const string AnnexA = "Ofsted Annex A (ILACS inspection lists), specification 9.3";
    public const string Stability = "DfE Stability measures for children looked after in England (SSDA903)";
}
