namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>Options for reading DfE's published statistics and taking comparators from them. <see cref="Default"/>
/// suits most uses.</summary>
/// <remarks>Values are checked when set: an invalid value throws.</remarks>
public sealed record PublishedOptions
{
    private readonly PublishedColumnMap _map = PublishedColumnMap.Release2025;
    private readonly int _maxRepeatedFindings = 100;

    /// <summary>The default options.</summary>
    public static PublishedOptions Default { get; } = new();

    /// <summary>The map from published columns to catalogue ids; the default is
    /// <see cref="PublishedColumnMap.Release2025"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <c>null</c>.</exception>
    public PublishedColumnMap Map
    {
        get => _map;
        init => _map = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The region comparator of a London borough; the default is <see cref="LondonRegion.InnerOrOuter"/>, the
    /// region on the borough's row.</summary>
    public LondonRegion London { get; init; } = LondonRegion.InnerOrOuter;

    /// <summary>When the scored year is not published for a comparator: <c>false</c> (the default) gives no comparator
    /// and a note; <c>true</c> takes the latest earlier year, named in the comparator's year and in a note.</summary>
    public bool LatestEarlierYear { get; init; }

    /// <summary>How the statistical neighbours' figures are combined; the default is <see cref="NeighbourAverage.Mean"/>.</summary>
    public NeighbourAverage NeighbourAverage { get; init; } = NeighbourAverage.Mean;

    /// <summary>The most warnings and information findings listed per kind, column and file (default 100); further
    /// ones are counted in one <see cref="DiagnosticCodes.Suppressed"/> finding. Errors are always listed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxRepeatedFindings
    {
        get => _maxRepeatedFindings;
        init => _maxRepeatedFindings = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is 0 or more.");
    }
}
