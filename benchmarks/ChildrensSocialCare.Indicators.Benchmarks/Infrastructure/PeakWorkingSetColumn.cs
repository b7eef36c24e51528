using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

/// <summary>A column with the process's peak working set over a benchmark's measured runs, in MB
/// (see <see cref="PeakWorkingSet"/>).</summary>
public sealed class PeakWorkingSetColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(PeakWorkingSetColumn);

    /// <inheritdoc />
    public string ColumnName => "Peak WS (MB)";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Peak working set of the process over the measured runs, reset after the setup (VmHWM; 1 MB = 10^6 bytes)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var children = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Children")?.Value as int?;
        var peak = children is { } c
            ? PeakWorkingSet.Recorded(benchmarkCase.Descriptor.Type, benchmarkCase.Descriptor.WorkloadMethod.Name, c)
            : null;
        return peak is { } b ? (b / 1e6).ToString("F0", CultureInfo.InvariantCulture) : "-";
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public override string ToString() => ColumnName;
}
