using System.Globalization;

namespace ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

/// <summary>
/// The numbers of children the benchmarks run at. A plain run (and the CI dry run) uses 10,000 children only, so that
/// every benchmark sets up in seconds; the environment variable <c>INDICATORS_BENCHMARK_SIZES</c> opts in to the large
/// sizes: <c>full</c> for 10,000, 100,000 and 1,000,000, or a comma-separated list such as <c>1000000</c>.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable that chooses the sizes.</summary>
    public const string Variable = "INDICATORS_BENCHMARK_SIZES";

    /// <summary>The size every benchmark runs at unless told otherwise.</summary>
    public const int Small = 10_000;

    /// <summary>The sizes of this run.</summary>
    public static IEnumerable<int> Children => Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The sizes of this run up to <paramref name="max"/> children (always at least the small size).</summary>
    public static IEnumerable<int> UpTo(int max) => Children.Where(n => n <= max).DefaultIfEmpty(Small);

    /// <summary>Reads the variable's value: empty for the small size, <c>full</c>, or a list of numbers.</summary>
    public static IReadOnlyList<int> Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [Small];
        }

        if (string.Equals(value.Trim(), "full", StringComparison.OrdinalIgnoreCase))
        {
            return [10_000, 100_000, 1_000_000];
        }

        return [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture))];
    }
}
