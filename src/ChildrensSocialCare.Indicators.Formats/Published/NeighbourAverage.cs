namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>How the statistical neighbours' figures are combined into one comparator (spec section 6).</summary>
public enum NeighbourAverage
{
    /// <summary>The unweighted mean of the neighbours' published values that are present (the default; as DfE's local
    /// authority interactive tool shows it).</summary>
    Mean,

    /// <summary>The sum of the neighbours' published numerators over the sum of their denominators, as a percentage or
    /// a rate per 10,000, where counts are published.</summary>
    Pooled,
}
