using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Benchmarks.Peer;

namespace ChildrensSocialCare.Indicators.Benchmarks.Scorecards;

/// <summary>
/// The full one-year scorecard (every indicator of the catalogue, 2013-14) over a prebuilt data set: evaluation only.
/// The baseline is the peer engine, DuckDB, computing the same indicators in SQL over the same records, with the
/// period-independent structures (periods of care, placements, histories) already derived into tables at load time,
/// as the engine's data set derives them; a second DuckDB row derives them inside every query instead.
/// </summary>
[MemoryDiagnoser]
public class ScorecardBenchmarks
{
    private Workload _workload = null!;
    private DuckDbPeer _peer = null!;

    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes of this run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>Generates the authority, builds the data set and loads DuckDB.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Create(Children);
        _peer = DuckDbPeer.Load(_workload.Authority.Records, _workload.EvaluationOptions.Calendar);
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup() => _peer.Dispose();

    /// <summary>DuckDB: one query per indicator over the base and derived tables.</summary>
    [Benchmark(Baseline = true, Description = "DuckDB, derived tables")]
    public int DuckDbQueries() => _peer.Scorecard(Workload.Period, _workload.Population).Count;

    /// <summary>DuckDB: the same queries with the derived structures as views, computed inside each query.</summary>
    [Benchmark(Description = "DuckDB, derived in each query")]
    public int DuckDbInlineQueries() => _peer.Scorecard(Workload.Period, _workload.Population, inline: true).Count;

    /// <summary>The engine: <see cref="DataSet.Scorecard(ReportingPeriod, EvaluationOptions?)"/>.</summary>
    [Benchmark(Description = "Engine")]
    public Scorecard Engine() => _workload.Data.Scorecard(Workload.Period, _workload.EvaluationOptions);
}
