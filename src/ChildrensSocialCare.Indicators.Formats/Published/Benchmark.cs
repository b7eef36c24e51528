namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// A comparator taken from the published statistics for one indicator and scored year, or the reason there is none:
/// England, a region, an authority, or the statistical neighbours' average.
/// </summary>
/// <param name="IndicatorId">The catalogue id.</param>
/// <param name="Kind">England, region, statistical neighbours, or other (an authority).</param>
/// <param name="Name">Who it describes ("England", "West Midlands", "Statistical neighbours (mean of 10)").</param>
/// <param name="Year">The scored year asked for.</param>
public sealed record Benchmark(string IndicatorId, ComparatorKind Kind, string Name, ReportingYear Year)
{
    /// <summary>The comparator, with its source and the year of its figure; <c>null</c> when there is no value (a
    /// symbol, a missing year, no column), and <see cref="Notes"/> say why.</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>The published value (or the neighbours' average); a symbol when the figure is not a number; <c>default</c>
    /// when there is no figure.</summary>
    public PublishedValue Value { get; init; }

    /// <summary>The year of the figure: the scored year, or with <see cref="PublishedOptions.LatestEarlierYear"/> the
    /// latest earlier year; <c>null</c> when there is no figure.</summary>
    public ReportingYear? FigureYear { get; init; }

    /// <summary>For the neighbours' average: how many neighbours' figures it uses; <c>null</c> otherwise.</summary>
    public int? Used { get; init; }

    /// <summary>For the neighbours' average: how many neighbours there are; <c>null</c> otherwise.</summary>
    public int? Of { get; init; }

    /// <summary>Whether the value was computed from published counts, not published.</summary>
    public bool Computed { get; init; }

    /// <summary>Whether the figure is published as <c>u</c> (low reliability): shown with a warning, no comparator.</summary>
    public bool LowReliability { get; init; }

    /// <summary>What a reader should know: a missing year, an earlier year taken, a symbol, neighbours left out.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The published figures behind it (one, or the neighbours' figures used).</summary>
    public IReadOnlyList<PublishedFigure> Figures { get; init; } = [];
}
