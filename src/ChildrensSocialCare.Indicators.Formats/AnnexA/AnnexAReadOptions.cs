namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>Options for <see cref="AnnexAWorkbook"/>. <see cref="Default"/> suits most uses.</summary>
/// <remarks>Values are checked when set: an out-of-range value throws <see cref="ArgumentOutOfRangeException"/>, so
/// <c>with</c> cannot make invalid options.</remarks>
public sealed record AnnexAReadOptions
{
    private readonly int _maxRepeatedFindings = 100;
    private readonly int _maxZipEntries = 10_000;
    private readonly long _maxUncompressedBytes = 1L << 30;
    private readonly int _maxCompressionRatio = 200;

    /// <summary>The default options.</summary>
    public static AnnexAReadOptions Default { get; } = new();

    /// <summary>The date of the extract (the reference date of the lists), when the caller knows it. When
    /// <c>null</c> (the default) the result's reference date is the latest date in the workbook, with a
    /// <see cref="DiagnosticCodes.AnnexAReferenceDateInferred"/> warning.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The most warnings and information findings listed per kind, column and sheet (default 100); further
    /// ones are counted in one <see cref="DiagnosticCodes.Suppressed"/> finding. Errors are always listed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxRepeatedFindings
    {
        get => _maxRepeatedFindings;
        init => _maxRepeatedFindings = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is 0 or more.");
    }

    /// <summary>The most entries the workbook's zip may have (default 10,000; a real Annex A has about 30). More is
    /// a <see cref="DiagnosticCodes.AnnexAZipBomb"/> and nothing is read.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in 1-1,000,000.</exception>
    public int MaxZipEntries
    {
        get => _maxZipEntries;
        init => _maxZipEntries = value is >= 1 and <= 1_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is 1-1,000,000 entries.");
    }

    /// <summary>The most bytes the workbook may decompress to, over all its parts (default 2^30, a gigabyte; a
    /// 50,000-row Annex A is some tens of megabytes of XML). Both the sizes the zip declares and the bytes actually
    /// produced are checked; more is a <see cref="DiagnosticCodes.AnnexAZipBomb"/> and reading stops.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxUncompressedBytes
    {
        get => _maxUncompressedBytes;
        init => _maxUncompressedBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit is 1 or more bytes.");
    }

    /// <summary>The most a part larger than a megabyte may expand over its compressed size (default 200; worksheet
    /// XML compresses 10 to 30 times). More is a <see cref="DiagnosticCodes.AnnexAZipBomb"/> and reading stops.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in 1-100,000.</exception>
    public int MaxCompressionRatio
    {
        get => _maxCompressionRatio;
        init => _maxCompressionRatio = value is >= 1 and <= 100_000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The ratio is 1-100,000.");
    }
}
