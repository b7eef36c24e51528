using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Tests.Oracle;

namespace ChildrensSocialCare.Indicators.Benchmarks.Scorecards;

/// <summary>
/// The full one-year scorecard against the simple reference implementation (the tests' oracle: plain LINQ over the
/// record lists, written from the specification, linked here from the test project). The reference is quadratic in
/// places (it looks up each child's history by scanning every record), so this comparison runs at 10,000 children
/// only, whatever <see cref="BenchmarkSizes"/> says.
/// </summary>
[MemoryDiagnoser]
public class ReferenceBenchmarks : PeerBenchmarks
{
    /// <summary>10,000 children only.</summary>
    public override IEnumerable<int> Sizes => [BenchmarkSizes.Small];

    /// <summary>The reference implementation, every indicator in turn over the record set.</summary>
    [Benchmark(Baseline = true, Description = "Reference (LINQ)")]
    public int Reference()
    {
        var available = 0;
        foreach (var id in ReferenceIndicators.Ids)
        {
            if (ReferenceIndicators.Evaluate(id, Loaded.Authority.Records, Workload.Period, Loaded.EvaluationOptions).IsAvailable)
            {
                available++;
            }
        }

        return available;
    }

    /// <summary>DuckDB: one query per indicator over the base and derived tables.</summary>
    [Benchmark(Description = "DuckDB, derived tables")]
    public int DuckDbQueries() => Peer.Scorecard(Workload.Period, Loaded.Population).Count;

    /// <summary>The engine.</summary>
    [Benchmark(Description = "Engine")]
    public Scorecard Engine() => Loaded.Data.Scorecard(Workload.Period, Loaded.EvaluationOptions);
}
