using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

/// <summary>
/// A column with the input read per second: the size of the input file (<see cref="InputFiles"/>) over the mean
/// time, in MB/s (1 MB = 10^6 bytes).
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc />
    public string ColumnName => "MB/s";

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
    public string Legend => "Input read per second: the input file's size over the mean time (1 MB = 10^6 bytes)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var children = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Children")?.Value as int?;
        var bytes = children is { } c ? InputFiles.Size(benchmarkCase.Descriptor.Type, c) : null;
        return mean is { } ns && ns > 0 && bytes is { } b
            ? (b / 1e6 / (ns / 1e9)).ToString("F1", CultureInfo.InvariantCulture)
            : "-";
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

/// <summary>The configuration of the reading benchmarks: the defaults plus the MB/s column and an input-size
/// column.</summary>
public sealed class ReadingConfig : ManualConfig
{
    /// <summary>Adds the columns.</summary>
    public ReadingConfig() => AddColumn(new ThroughputColumn(), new InputSizeColumn());
}

/// <summary>The size of the input file, in MB.</summary>
public sealed class InputSizeColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(InputSizeColumn);

    /// <inheritdoc />
    public string ColumnName => "Input (MB)";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Params;

    /// <inheritdoc />
    public int PriorityInCategory => 10;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Size of the input file (1 MB = 10^6 bytes)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var children = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Children")?.Value as int?;
        var bytes = children is { } c ? InputFiles.Size(benchmarkCase.Descriptor.Type, c) : null;
        return bytes is { } b ? (b / 1e6).ToString("F1", CultureInfo.InvariantCulture) : "-";
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
