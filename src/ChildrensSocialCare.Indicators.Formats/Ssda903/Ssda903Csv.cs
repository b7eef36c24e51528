using System.Globalization;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// Reads and writes the SSDA903 return as CSV: one file per table (header, episodes, reviews, uasc, oc2, oc3, ad1,
/// placed_for_adoption, previous_permanence, missing, social_worker), dates <c>dd/mm/yyyy</c>; and the pooled
/// multi-authority form with <c>LA</c> and <c>YEAR</c> columns and ISO dates.
/// </summary>
/// <remarks>
/// <para>A file's table is found from its name (<c>episodes.csv</c>, <c>2017-episodes.csv</c>,
/// <c>SSDA903_2020_episodes.csv</c>, <c>sw_episodes.csv</c>...) and, failing that, from its header columns. Columns
/// are matched by name, in any order and without regard to case; extra columns are ignored and reported once per
/// file; a UTF-8 byte order mark is accepted.</para>
/// <para>Files are grouped into returns by collection year: the year given in <see cref="ReadOptions.CollectionYear"/>;
/// else the year in the file name (see <see cref="ReadOptions.FileNameYear"/>); else, for the files with no year,
/// the reporting year that holds most of their DECOM and DEC dates (reported as <see cref="DiagnosticCodes.Ssda903CollectionYearInferred"/>).
/// A pooled file is split by its <c>LA</c> and <c>YEAR</c> columns into one return per authority and year.</para>
/// <para>Readers never throw for the content of a file, only for I/O (a missing file or folder). Every row is either
/// a record or reported with its file, line, column, value and reason; see <see cref="ReadResult.Tables"/>.</para>
/// </remarks>
public static class Ssda903Csv
{
    /// <summary>Reads every <c>.csv</c> file in a folder (not its subfolders). A folder, pipe or device named like a
    /// table file is reported and not opened; a file whose bytes repeat another's is read once.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="options">Options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The returns, findings and counts.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ReadResult ReadFolder(string folder, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        // Folders named like a table file are listed too, so that the reader reports them.
        var files = Directory.GetFileSystemEntries(folder, "*.csv", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
            .Order(StringComparer.Ordinal);
        return ReadFiles(files, options);
    }

    /// <summary>Reads a list of table files (of one return, several years' returns, or pooled files).</summary>
    /// <param name="files">The file paths.</param>
    /// <param name="options">Options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The returns, findings and counts.</returns>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static ReadResult ReadFiles(IEnumerable<string> files, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var inputs = files.Select(f => new Ssda903CsvReader.Input(f, () => OpenFile(f), Path: f)).ToList();
        return new Ssda903CsvReader(options ?? ReadOptions.Default).Read(inputs);
    }

    /// <summary>Reads one table from a stream.</summary>
    /// <param name="stream">The CSV text (UTF-8, with or without a byte order mark). A stream that cannot seek is read
    /// once, so a return with no known year is checked against the latest code lists.</param>
    /// <param name="name">The file name, used for messages and to recognise the table and year.</param>
    /// <param name="options">Options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The return, findings and counts. The stream is left open.</returns>
    public static ReadResult Read(Stream stream, string name, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var open = Rewind.From(stream);
        return new Ssda903CsvReader(options ?? ReadOptions.Default).Read(
            [new Ssda903CsvReader.Input(name, open, LeaveOpen: true, SinglePass: !stream.CanSeek)]);
    }

    /// <summary>Writes a record set as a folder of SSDA903 CSV tables: <c>header</c> and <c>episodes</c> always, the other
    /// tables when they have records. Columns follow DfE's layout, dates are <c>dd/mm/yyyy</c>, text is UTF-8.</summary>
    /// <param name="records">The return to write.</param>
    /// <param name="folder">The folder (created when missing). Existing files of the same names are replaced.</param>
    /// <param name="fileNamePrefix">Put before each table name; by default <c>SSDA903_{year}_</c> when the record set
    /// has a collection year (so the reader finds the year again), else nothing.</param>
    /// <returns>The files written, and what the CSV tables cannot hold (CIN census records, for example).</returns>
    public static WriteResult WriteFolder(RecordSet records, string folder, string? fileNamePrefix = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(folder);
        var prefix = fileNamePrefix ?? (records.CollectionYear is { } year ? string.Create(CultureInfo.InvariantCulture, $"SSDA903_{year}_") : "");
        return Ssda903CsvWriter.WriteFolder(records, folder, prefix);
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
