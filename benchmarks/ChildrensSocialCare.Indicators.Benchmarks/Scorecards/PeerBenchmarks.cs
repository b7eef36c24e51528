using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Benchmarks.Peer;

namespace ChildrensSocialCare.Indicators.Benchmarks.Scorecards;

/// <summary>
/// What the scorecard benchmarks share: a synthetic authority with its data set built, and the peer engine, DuckDB,
/// loaded with the same records and its derived tables, both made in the setup so that only evaluation is measured.
/// </summary>
public abstract class PeerBenchmarks
{
    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes of this run.</summary>
    public virtual IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>The authority and its data set.</summary>
    protected Workload Loaded { get; private set; } = null!;

    /// <summary>DuckDB with the same records.</summary>
    protected DuckDbPeer Peer { get; private set; } = null!;

    /// <summary>Generates the authority, builds the data set and loads DuckDB.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Loaded = Workload.Create(Children);
        Peer = DuckDbPeer.Load(Loaded.Authority.Records, Loaded.EvaluationOptions.Calendar);
        Prepared();
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup() => Peer.Dispose();

    /// <summary>Whatever else a benchmark class prepares once the data are loaded.</summary>
    protected virtual void Prepared()
    {
    }
}
