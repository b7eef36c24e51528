using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

namespace ChildrensSocialCare.Indicators.Benchmarks.Scorecards;

/// <summary>
/// The full one-year scorecard (every indicator of the catalogue, 2013-14) over a prebuilt data set: evaluation only.
/// The baseline is the peer engine, DuckDB, computing the same indicators in SQL over the same records, with the
/// period-independent structures (periods of care, placements, histories) already derived into tables at load time,
/// as the engine's data set derives them; a second DuckDB row derives them inside every query instead.
/// </summary>
[MemoryDiagnoser]
public class ScorecardBenchmarks : PeerBenchmarks
{
    /// <summary>DuckDB: one query per indicator over the base and derived tables.</summary>
    [Benchmark(Baseline = true, Description = "DuckDB, derived tables")]
    public int DuckDbQueries() => Peer.Scorecard(Workload.Period, Loaded.Population).Count;

    /// <summary>DuckDB: the same queries with the derived structures as views, computed inside each query.</summary>
    [Benchmark(Description = "DuckDB, derived in each query")]
    public int DuckDbInlineQueries() => Peer.Scorecard(Workload.Period, Loaded.Population, inline: true).Count;

    /// <summary>The engine: <see cref="DataSet.Scorecard(ReportingPeriod, EvaluationOptions?)"/>, every indicator of
    /// the catalogue; DuckDB computes those it has a query for (<c>PeerQueries.NotYetWritten</c> names the second-wave
    /// ids whose inputs it does not load), so since the second wave the engine does more work than its baseline.</summary>
    [Benchmark(Description = "Engine")]
    public Scorecard Engine() => Loaded.Data.Scorecard(Workload.Period, Loaded.EvaluationOptions);
}
