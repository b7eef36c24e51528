namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// Where a value stands among every authority's published value of one indicator and year (spec section 6): its rank
/// (1 = best by the indicator's polarity; ties share the lower rank; context indicators rank by value, highest first)
/// and its quartile band.
/// </summary>
/// <param name="IndicatorId">The catalogue id.</param>
/// <param name="Year">The year ranked.</param>
/// <param name="Value">The value ranked.</param>
/// <param name="Rank">1 for the best (or, for a context indicator, the highest); equal values share the lower number.</param>
/// <param name="Of">How many values were ranked, the value itself included.</param>
/// <param name="Quartile">1 to 4, 1 the best quarter (or the highest, for context): the bands are the R type-7
/// quartiles of the values ranked, each band closed at its boundary towards the middle, as DfE's local authority
/// interactive tool draws them.</param>
public sealed record PublishedRank(string IndicatorId, ReportingYear Year, decimal Value, int Rank, int Of, int Quartile)
{
    /// <summary>The lower, middle and upper quartiles of the values ranked (R type 7: linear interpolation between
    /// order statistics).</summary>
    public (decimal Lower, decimal Median, decimal Upper) Quartiles { get; init; }
}
