namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>Options for the readers. <see cref="Default"/> suits most uses.</summary>
public sealed record ReadOptions
{
    /// <summary>The default options.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>The collection year of the return(s), when the caller knows it (2024 for 2023-24). When set it applies
    /// to every file read in the call and wins over the file name, the CIN census header and the data. When
    /// <c>null</c> (the default) the year comes from the CIN census header, else from the file name (see
    /// <see cref="FileNameYear"/>), else from the data (the reporting year of the latest SSDA903 DECOM).</summary>
    public int? CollectionYear { get; init; }

    /// <summary>What a single year in a file name or in a pooled file's <c>YEAR</c> column means; the default is
    /// <see cref="Formats.FileNameYear.CollectionYear"/>.</summary>
    public FileNameYear FileNameYear { get; init; } = FileNameYear.CollectionYear;

    /// <summary>The most warnings and information findings listed per kind, column and file (default 100). Further
    /// ones are counted in one <see cref="DiagnosticCodes.Suppressed"/> finding. Errors (rejected records) are always
    /// listed.</summary>
    public int MaxRepeatedFindings { get; init; } = 100;

    /// <summary>The largest XML document read, in characters (default 2^30, about a gigabyte); a larger document is
    /// reported (<see cref="DiagnosticCodes.XmlTooLarge"/>) and reading stops. This bounds what a hostile file can
    /// make the reader do.</summary>
    public long MaxXmlCharacters { get; init; } = 1L << 30;
}
