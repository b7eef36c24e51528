using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Benchmarks.Generation;

/// <summary>
/// The synthetic generator: <see cref="SyntheticAuthority.Generate(SyntheticOptions)"/> for four collection years
/// (children simulated in parallel on every core; records of every year plus each year's return). With the default
/// garbage collector of a console program: workstation, concurrent.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes of this run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>Says which garbage collector runs (in the benchmark's log).</summary>
    [GlobalSetup]
    public void Setup() => LogCollector();

    /// <summary>Writes which garbage collector runs into the benchmark's log.</summary>
    public static void LogCollector() =>
        Console.WriteLine($"// Garbage collector: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {System.Runtime.GCSettings.LatencyMode}");

    /// <summary>Generates the authority.</summary>
    [Benchmark(Description = "Generate")]
    public SyntheticAuthority Generate() => SyntheticAuthority.Generate(Workload.Options(Children));
}

/// <summary>The generator with the server garbage collector (one heap per core), which a program that generates
/// large authorities can choose in its project file (<c>ServerGarbageCollection</c>) or its environment
/// (<c>DOTNET_gcServer=1</c>).</summary>
[ServerGc]
public class GeneratorServerGcBenchmarks : GeneratorBenchmarks;
