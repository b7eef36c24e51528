using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

namespace ChildrensSocialCare.Indicators.Benchmarks.Scorecards;

/// <summary>
/// The whole scorecard broken down by one dimension (every indicator it applies to, 2013-14, evaluation only) against
/// the plain scorecard (the baseline). Goal (issue 13): at a million children, no more than three scorecards (ratio
/// at most 3). Both run the same kernels; the breakdown's sink looks each unit's group up through its UnitSource.
/// </summary>
[MemoryDiagnoser]
public class BreakdownBenchmarks
{
    private Workload _loaded = null!;
    private Dimension _dimension = null!;

    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The dimension: one that applies to every indicator of a child (age, taken at each unit's reference
    /// date) and one of the looked-after ones (the episode open at the reference date).</summary>
    [Params(DimensionIds.AgeBand, DimensionIds.PlacementType)]
    public string Dimension { get; set; } = DimensionIds.AgeBand;

    /// <summary>The sizes of this run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>Generates the authority and builds the data set; the breakdown's per-data-set lookups are built by a
    /// first breakdown, as a session that breaks down more than once pays for them once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _loaded = Workload.Create(Children);
        _dimension = Indicators.Dimension.Get(Dimension);
        _ = _loaded.Data.Breakdowns(_dimension, Workload.Period, _loaded.EvaluationOptions);
    }

    /// <summary>The plain scorecard: every indicator of the catalogue.</summary>
    [Benchmark(Baseline = true, Description = "Scorecard")]
    public Scorecard Scorecard() => _loaded.Data.Scorecard(Workload.Period, _loaded.EvaluationOptions);

    /// <summary>The scorecard broken down: every indicator the dimension applies to, its whole and its groups.</summary>
    [Benchmark(Description = "Scorecard broken down")]
    public int BrokenDown() => _loaded.Data.Breakdowns(_dimension, Workload.Period, _loaded.EvaluationOptions).Sum(b => b.Groups.Count);
}
