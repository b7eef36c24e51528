namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>How a <see cref="PublishedColumn"/>'s value becomes the indicator's figure.</summary>
public enum PublishedComputation
{
    /// <summary>The value column is the indicator's published percentage or rate, taken as published (the default).</summary>
    AsPublished,

    /// <summary>The value column is a count and the publication has no rate: the figure is the count per 10,000 of the
    /// ONS mid-year estimate of children aged 0-17 of the year before (<c>ons_mid-year_population_estimates_*.csv</c>),
    /// marked as computed.</summary>
    RatePer10000OfPopulation,
}
