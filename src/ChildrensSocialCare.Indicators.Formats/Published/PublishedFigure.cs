namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// One indicator's published figure for one place and year, read through a <see cref="PublishedColumnMap"/>, with the
/// file, line and column it came from.
/// </summary>
/// <param name="IndicatorId">The catalogue id.</param>
/// <param name="Year">The reporting year (<c>time_period</c> 2025 or 202425 is the year ending 31 March 2025).</param>
/// <param name="Area">The place.</param>
/// <param name="Value">The published value (or, when <see cref="Computed"/>, the value computed from the count).</param>
public sealed record PublishedFigure(string IndicatorId, ReportingYear Year, PublishedArea Area, PublishedValue Value)
{
    /// <summary>The published numerator (count), when the map names one and the cell is a number.</summary>
    public decimal? Numerator { get; init; }

    /// <summary>The published denominator, when the map names one and the cell is a number; for a computed rate the
    /// ONS population.</summary>
    public decimal? Denominator { get; init; }

    /// <summary>Whether the value was computed from a published count (the publication has no rate), not published.</summary>
    public bool Computed { get; init; }

    /// <summary>The file name.</summary>
    public string Source { get; init; } = "";

    /// <summary>The 1-based line of the value in the file.</summary>
    public long Line { get; init; }

    /// <summary>The column the value is in.</summary>
    public string Column { get; init; } = "";

    /// <summary>The release of the map that read it (<c>2025</c>).</summary>
    public string Release { get; init; } = "";
}
