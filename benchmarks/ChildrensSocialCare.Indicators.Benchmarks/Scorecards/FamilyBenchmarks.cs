using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Benchmarks.Peer;

namespace ChildrensSocialCare.Indicators.Benchmarks.Scorecards;

/// <summary>
/// Each indicator family on its own (2013-14, evaluation only): the engine's scorecard of the family's indicators
/// against DuckDB's queries for the same indicators over its derived tables (the baseline).
/// </summary>
[MemoryDiagnoser]
public class FamilyBenchmarks
{
    private Workload _workload = null!;
    private DuckDbPeer _peer = null!;
    private string[] _ids = [];

    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The indicator family.</summary>
    [ParamsAllValues]
    public IndicatorFamily Family { get; set; }

    /// <summary>The sizes of this run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>Generates the authority, builds the data set and loads DuckDB.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Create(Children);
        _peer = DuckDbPeer.Load(_workload.Authority.Records, _workload.EvaluationOptions.Calendar);
        _ids = [.. Catalogue.All.Where(d => d.Family == Family).Select(d => d.Id)];
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup() => _peer.Dispose();

    /// <summary>DuckDB: the family's queries over the base and derived tables.</summary>
    [Benchmark(Baseline = true, Description = "DuckDB, derived tables")]
    public int DuckDbQueries() => _peer.Scorecard(Workload.Period, _workload.Population, ids: _ids).Count;

    /// <summary>The engine: a scorecard of the family's indicators.</summary>
    [Benchmark(Description = "Engine")]
    public Scorecard Engine() => _workload.Data.Scorecard(_ids, Workload.Period, _workload.EvaluationOptions);
}
