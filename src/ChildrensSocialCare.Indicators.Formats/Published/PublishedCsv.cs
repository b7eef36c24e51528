namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// Reads DfE's open-data CSV files as published on Explore Education Statistics (the children in need, looked after
/// and workforce releases), the ONS mid-year population estimates published with them, and DfE's statistical
/// neighbour groupings, into <see cref="PublishedStatistics"/> to take same-year comparators from.
/// </summary>
/// <remarks>
/// Columns are found by header name (a UTF-8 byte order mark is allowed); value columns are read through
/// <see cref="PublishedOptions.Map"/>, matched to a file by the start of its name. Bad input never throws: a file, row
/// or cell that cannot be read is reported in <see cref="PublishedStatistics.Diagnostics"/> with file, line, column,
/// value and reason (codes in <see cref="DiagnosticCodes"/>, section "Published statistics").
/// </remarks>
/// <example>
/// <code>
/// var published = PublishedCsv.ReadFolder("dfe-published");
/// var benchmarks = published.Benchmarks("cla-rate", ReportingYear.Ending(2025), "335");
/// </code>
/// </example>
public static class PublishedCsv
{
    /// <summary>Reads every <c>*.csv</c> file of a folder (not its subfolders), in name order.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="PublishedOptions.Default"/>.</param>
    /// <returns>The figures, groupings, populations and findings.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static PublishedStatistics ReadFolder(string folder, PublishedOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No folder '{folder}'.");
        }

        return ReadFiles(Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal), options);
    }

    /// <summary>Reads files.</summary>
    /// <param name="files">The paths.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="PublishedOptions.Default"/>.</param>
    /// <returns>The figures, groupings, populations and findings.</returns>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static PublishedStatistics ReadFiles(IEnumerable<string> files, PublishedOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var reader = new PublishedCsvReader(options ?? PublishedOptions.Default);
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"No file '{file}'.", file);
            }

            using var stream = File.OpenRead(file);
            reader.Read(stream, Path.GetFileName(file));
        }

        return reader.Build();
    }

    /// <summary>Reads one file from a stream (left open).</summary>
    /// <param name="stream">The CSV bytes (UTF-8, with or without a byte order mark).</param>
    /// <param name="name">The file name; it chooses the map's entries, so keep DfE's name.</param>
    /// <param name="options">Options, or <c>null</c> for <see cref="PublishedOptions.Default"/>.</param>
    /// <returns>The figures, groupings, populations and findings.</returns>
    public static PublishedStatistics Read(Stream stream, string name, PublishedOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var reader = new PublishedCsvReader(options ?? PublishedOptions.Default);
        reader.Read(stream, name);
        return reader.Build();
    }
}
