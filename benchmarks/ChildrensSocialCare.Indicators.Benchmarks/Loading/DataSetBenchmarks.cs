using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Benchmarks.Peer;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Benchmarks.Loading;

/// <summary>
/// Building the data set from generated records (merging, interning child ids, sorting into columns, deriving periods
/// of care, placements and histories) against loading the same records into DuckDB: the Appender API alone, and the
/// Appender plus the derived tables (the baseline: the same work the data set does).
/// </summary>
[MemoryDiagnoser]
public class DataSetBenchmarks
{
    private SyntheticAuthority _authority = null!;

    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes of this run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>Generates the authority.</summary>
    [GlobalSetup]
    public void Setup() => _authority = SyntheticAuthority.Generate(Workload.Options(Children));

    /// <summary>DuckDB: appends every record, then derives the tables the queries use.</summary>
    [Benchmark(Baseline = true, Description = "DuckDB, append + derive")]
    public long DuckDbLoad()
    {
        using var peer = DuckDbPeer.Load(_authority.Records, _authority.Options.Calendar);
        return peer.Count("materialised.placements");
    }

    /// <summary>DuckDB: appends every record (the Appender API), nothing derived.</summary>
    [Benchmark(Description = "DuckDB, append only")]
    public long DuckDbAppend()
    {
        using var peer = DuckDbPeer.Append(_authority.Records, _authority.Options.Calendar);
        return peer.Count("main.episodes");
    }

    /// <summary>The engine: <see cref="DataSet.Create(RecordSet[])"/>.</summary>
    [Benchmark(Description = "DataSet.Create")]
    public DataSet Engine() => DataSet.Create(_authority.Records);
}
