using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Benchmarks.Peer;

namespace ChildrensSocialCare.Indicators.Benchmarks.Scorecards;

/// <summary>
/// Each indicator family on its own (2013-14, evaluation only): the engine's scorecard of the family's indicators
/// against DuckDB's queries for the same indicators over its derived tables (the baseline).
/// </summary>
[MemoryDiagnoser]
public class FamilyBenchmarks : PeerBenchmarks
{
    private string[] _ids = [];

    /// <summary>The environment variable that limits the families run, as a comma-separated list of names (such as
    /// <c>Adoption,LookedAfter</c>); unset, every family runs.</summary>
    public const string FamiliesVariable = "INDICATORS_BENCHMARK_FAMILIES";

    /// <summary>The indicator family.</summary>
    [ParamsSource(nameof(Families))]
    public IndicatorFamily Family { get; set; }

    /// <summary>The families of this run.</summary>
    public static IEnumerable<IndicatorFamily> Families =>
        Environment.GetEnvironmentVariable(FamiliesVariable) is { Length: > 0 } names
            ? names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<IndicatorFamily>)
            : Enum.GetValues<IndicatorFamily>();

    /// <summary>DuckDB: the family's queries over the base and derived tables.</summary>
    [Benchmark(Baseline = true, Description = "DuckDB, derived tables")]
    public int DuckDbQueries() => Peer.Scorecard(Workload.Period, Loaded.Population, ids: _ids).Count;

    /// <summary>The engine: a scorecard of the family's indicators.</summary>
    [Benchmark(Description = "Engine")]
    public Scorecard Engine() => Loaded.Data.Scorecard(_ids, Workload.Period, Loaded.EvaluationOptions);

    /// <summary>The ids of the family's indicators that the peer has a query for (PeerQueries.NotYetWritten names the
    /// others, whose inputs it does not load), so that both sides compute the same indicators.</summary>
    protected override void Prepared() =>
        _ids = [.. Catalogue.All.Where(d => d.Family == Family).Select(d => d.Id).Where(DuckDbPeer.Ids.Contains)];
}
