using System.Globalization;
using BenchmarkDotNet.Running;
using ChildrensSocialCare.Indicators.Benchmarks.Check;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

namespace ChildrensSocialCare.Indicators.Benchmarks;

/// <summary>
/// The benchmarks (BenchmarkDotNet), plus two modes of their own:
/// <c>--check [children]</c> asserts that the DuckDB peer computes the engine's numbers (exit code 1 if not), and
/// <c>--memory [children]</c> measures the peak memory of generating and building a data set (one process, one run).
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/> (BenchmarkDotNet's command line), or a mode.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "--check")
        {
            return PeerCheck.Run(Size(args, BenchmarkSizes.Small), Console.Out);
        }

        if (args.Length > 0 && args[0] == "--memory")
        {
            return MemoryRun.Run(Size(args, 1_000_000), Console.Out);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        if (args.Any(a => a is "--list" or "--help" or "-h" or "--version" or "--info"))
        {
            return 0;
        }

        // BenchmarkDotNet exits 0 even when it refused to run (a validation error) or a benchmark failed.
        return !summaries.Any() || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length == 0) ? 1 : 0;
    }

    private static int Size(string[] args, int fallback) =>
        args.Length > 1 ? int.Parse(args[1].Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
}
