using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Synthetic;
using DuckDB.NET.Data;

namespace ChildrensSocialCare.Indicators.Benchmarks.Reading;

/// <summary>
/// Reading the episodes table of an SSDA903 CSV return (the last collection year of a synthetic authority, written
/// once by the Formats writer in the setup) into records, in MB/s. The baseline is DuckDB's CSV reader loading the
/// same file into a table (the columns and their types declared, dates parsed); a plain pass over the file's bytes
/// counting lines is the floor.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReadingConfig))]
public class Ssda903CsvBenchmarks
{
    // The episodes table's columns, declared as the Formats reader knows them, so that DuckDB need not sniff the file.
    private const string Schema = "header = true, auto_detect = false, dateformat = '%d/%m/%Y', columns = {'CHILD': 'VARCHAR', " +
        "'DECOM': 'DATE', 'RNE': 'VARCHAR', 'LS': 'VARCHAR', 'CIN': 'VARCHAR', 'PLACE': 'VARCHAR', 'PLACE_PROVIDER': 'VARCHAR', " +
        "'DEC': 'DATE', 'REC': 'VARCHAR', 'REASON_PLACE_CHANGE': 'VARCHAR', 'HOME_POST': 'VARCHAR', 'PL_POST': 'VARCHAR', 'URN': 'VARCHAR'}";

    private string _folder = "";
    private string _episodes = "";
    private ReadOptions _options = ReadOptions.Default;
    private DuckDBConnection _duckDb = null!;

    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes of this run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>Generates the authority and writes its last return as CSV.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var authority = SyntheticAuthority.Generate(Workload.Options(Children));
        var year = authority.Options.LastCollectionYear;
        _folder = InputFiles.Folder(InputFiles.BenchmarkType(this), Children);
        Ssda903Csv.WriteFolder(authority.Return(year), _folder, fileNamePrefix: "");
        _episodes = Path.Combine(_folder, "episodes.csv");
        _options = new ReadOptions { CollectionYear = year };
        InputFiles.RecordSize(InputFiles.BenchmarkType(this), Children, new FileInfo(_episodes).Length);
        Console.WriteLine($"// Garbage collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {System.Runtime.GCSettings.LatencyMode}");
        _duckDb = new DuckDBConnection("DataSource=:memory:");
        _duckDb.Open();
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _duckDb.Dispose();
        InputFiles.Delete(_folder);
    }

    /// <summary>DuckDB's <c>read_csv</c> into a table, the file's columns declared.</summary>
    [Benchmark(Baseline = true, Description = "DuckDB read_csv")]
    public long DuckDb()
    {
        using var command = _duckDb.CreateCommand();
        command.CommandText = $"CREATE OR REPLACE TABLE episodes AS SELECT * FROM read_csv('{_episodes}', {Schema}); SELECT count(*) FROM episodes";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The Formats reader: <see cref="Ssda903Csv.ReadFiles(IEnumerable{string}, ReadOptions?)"/>.</summary>
    [Benchmark(Description = "Ssda903Csv.ReadFiles")]
    public int Formats() => Ssda903Csv.ReadFiles([_episodes], _options).Accepted;

    /// <summary>The floor: the file's bytes read and its lines counted.</summary>
    [Benchmark(Description = "Bytes only (count lines)")]
    public int CountLines() => RawFile.CountLines(_episodes);
}

/// <summary>The same with the server garbage collector (<c>DOTNET_gcServer=1</c>), a setting a program that reads large
/// returns can choose.</summary>
[ServerGc]
public class Ssda903CsvServerGcBenchmarks : Ssda903CsvBenchmarks;
