using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Benchmarks.Peer;
using ChildrensSocialCare.Indicators.Tests.Oracle;

namespace ChildrensSocialCare.Indicators.Benchmarks.Scorecards;

/// <summary>
/// The full one-year scorecard against the simple reference implementation (the tests' oracle: plain LINQ over the
/// record lists, written from the specification, linked here from the test project). The reference is quadratic in
/// places (it looks up each child's history by scanning every record), so this comparison runs at 10,000 children
/// only, whatever <see cref="BenchmarkSizes"/> says.
/// </summary>
[MemoryDiagnoser]
public class ReferenceBenchmarks
{
    private Workload _workload = null!;
    private DuckDbPeer _peer = null!;

    /// <summary>The number of children: 10,000.</summary>
    [Params(BenchmarkSizes.Small)]
    public int Children { get; set; }

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

    /// <summary>The reference implementation, every indicator in turn over the record set.</summary>
    [Benchmark(Baseline = true, Description = "Reference (LINQ)")]
    public int Reference()
    {
        var available = 0;
        foreach (var id in ReferenceIndicators.Ids)
        {
            if (ReferenceIndicators.Evaluate(id, _workload.Authority.Records, Workload.Period, _workload.EvaluationOptions).IsAvailable)
            {
                available++;
            }
        }

        return available;
    }

    /// <summary>DuckDB: one query per indicator over the base and derived tables.</summary>
    [Benchmark(Description = "DuckDB, derived tables")]
    public int DuckDbQueries() => _peer.Scorecard(Workload.Period, _workload.Population).Count;

    /// <summary>The engine.</summary>
    [Benchmark(Description = "Engine")]
    public Scorecard Engine() => _workload.Data.Scorecard(Workload.Period, _workload.EvaluationOptions);
}
