using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Generation;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Records;
using DuckDB.NET.Data;

namespace ChildrensSocialCare.Indicators.Benchmarks.Reading;

/// <summary>
/// Reading the episodes table of an SSDA903 CSV return (the last collection year of a synthetic authority, written
/// once by the Formats writer in the setup) into records, in MB/s. The baseline is DuckDB's CSV reader loading the
/// same file into a table (the columns and their types declared, dates parsed); a plain pass over the file's bytes
/// counting lines is the floor.
/// </summary>
public class Ssda903CsvBenchmarks : ReadingBenchmarks
{
    // The episodes table's columns, declared as the Formats reader knows them, so that DuckDB need not sniff the file.
    private const string Schema = "header = true, auto_detect = false, dateformat = '%d/%m/%Y', columns = {'CHILD': 'VARCHAR', " +
        "'DECOM': 'DATE', 'RNE': 'VARCHAR', 'LS': 'VARCHAR', 'CIN': 'VARCHAR', 'PLACE': 'VARCHAR', 'PLACE_PROVIDER': 'VARCHAR', " +
        "'DEC': 'DATE', 'REC': 'VARCHAR', 'REASON_PLACE_CHANGE': 'VARCHAR', 'HOME_POST': 'VARCHAR', 'PL_POST': 'VARCHAR', 'URN': 'VARCHAR'}";

    private DuckDBConnection _duckDb = null!;

    /// <inheritdoc />
    protected override string Write(RecordSet records, string folder)
    {
        Ssda903Csv.WriteFolder(records, folder, fileNamePrefix: "");
        return System.IO.Path.Combine(folder, "episodes.csv");
    }

    /// <summary>Says which garbage collector runs (in the benchmark's log) and opens DuckDB.</summary>
    protected override void Prepared()
    {
        GeneratorBenchmarks.LogCollector();
        _duckDb = new DuckDBConnection("DataSource=:memory:");
        _duckDb.Open();
    }

    /// <summary>Closes DuckDB.</summary>
    protected override void Closing() => _duckDb.Dispose();

    /// <summary>DuckDB's <c>read_csv</c> into a table, the file's columns declared.</summary>
    [Benchmark(Baseline = true, Description = "DuckDB read_csv")]
    public long DuckDb()
    {
        using var command = _duckDb.CreateCommand();
        command.CommandText = $"CREATE OR REPLACE TABLE episodes AS SELECT * FROM read_csv('{Path}', {Schema}); SELECT count(*) FROM episodes";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The Formats reader: <see cref="Ssda903Csv.ReadFiles(IEnumerable{string}, ReadOptions?)"/>.</summary>
    [Benchmark(Description = "Ssda903Csv.ReadFiles")]
    public int Formats() => Ssda903Csv.ReadFiles([Path], Options).Accepted;

    /// <summary>The floor: the file's bytes read and its lines counted.</summary>
    [Benchmark(Description = "Bytes only (count lines)")]
    public int CountLines() => RawFile.CountLines(Path);
}

/// <summary>The same with the server garbage collector (<c>DOTNET_gcServer=1</c>), a setting a program that reads large
/// returns can choose.</summary>
[ServerGc]
public class Ssda903CsvServerGcBenchmarks : Ssda903CsvBenchmarks;
