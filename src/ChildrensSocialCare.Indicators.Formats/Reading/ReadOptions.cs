namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>Options for the readers. <see cref="Default"/> suits most uses.</summary>
/// <remarks>Values are checked when set: an out-of-range value throws <see cref="ArgumentOutOfRangeException"/>.</remarks>
public sealed record ReadOptions
{
    private readonly int? _collectionYear;
    private readonly int _maxRepeatedFindings = 100;
    private readonly long _maxXmlCharacters = 1L << 30;
    private readonly int _maxCsvRowCharacters = 1 << 20;
    private readonly int _maxCsvColumns = 1024;

    /// <summary>The default options.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>The collection year of the return(s), when the caller knows it (2024 for 2023-24). When set it applies
    /// to every file read in the call and wins over the file name, the CIN census header and the data. When
    /// <c>null</c> (the default) the year comes from the CIN census header, else from the file name (see
    /// <see cref="FileNameYear"/>), else from the data (the reporting year that holds most SSDA903 DECOM and DEC dates).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1990-2100.</exception>
    public int? CollectionYear
    {
        get => _collectionYear;
        init => _collectionYear = value is null or (>= 1990 and <= 2100)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A collection year is in the range 1990-2100.");
    }

    /// <summary>What a single year in a file name or in a pooled file's <c>YEAR</c> column means; the default is
    /// <see cref="Formats.FileNameYear.CollectionYear"/>.</summary>
    public FileNameYear FileNameYear { get; init; } = FileNameYear.CollectionYear;

    /// <summary>The most warnings and information findings listed per kind, column and file (default 100). Further
    /// ones are counted in one <see cref="DiagnosticCodes.Suppressed"/> finding. Errors (rejected records) are always
    /// listed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxRepeatedFindings
    {
        get => _maxRepeatedFindings;
        init => _maxRepeatedFindings = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is 0 or more.");
    }

    /// <summary>The largest XML document read, in characters (default 2^30, about a gigabyte); a larger document is
    /// reported (<see cref="DiagnosticCodes.XmlTooLarge"/>) and reading stops. This bounds what a hostile file can
    /// make the reader do.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxXmlCharacters
    {
        get => _maxXmlCharacters;
        init => _maxXmlCharacters = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is 1 or more characters.");
    }

    /// <summary>The longest CSV row read, in characters (a row that spans lines inside quotes counts whole). A longer
    /// row is rejected and reported (<see cref="DiagnosticCodes.CsvRowTooLong"/>) with its line, cell and length, and
    /// reading goes on at the next line; the row is never held in memory. A quote that would swallow more text than
    /// this is stray (<see cref="DiagnosticCodes.CsvQuoteStray"/>).</summary>
    /// <value>The default value is 1,048,576 characters (1 Mi); real SSDA903 rows are under 1,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1,024-8,388,608.</exception>
    public int MaxCsvRowCharacters
    {
        get => _maxCsvRowCharacters;
        init => _maxCsvRowCharacters = value is >= 1024 and <= 1 << 23
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is 1,024-8,388,608 characters.");
    }

    /// <summary>The most columns a CSV header may have. A wider header makes the file unreadable
    /// (<see cref="DiagnosticCodes.CsvHeaderTooWide"/>, an error): no SSDA903 table has more than 13 columns.</summary>
    /// <value>The default value is 1,024 columns.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 16-65,536.</exception>
    public int MaxCsvColumns
    {
        get => _maxCsvColumns;
        init => _maxCsvColumns = value is >= 16 and <= 65536
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is 16-65,536 columns.");
    }
}
