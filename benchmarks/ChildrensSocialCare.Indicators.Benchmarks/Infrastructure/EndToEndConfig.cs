using BenchmarkDotNet.Configs;

namespace ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

/// <summary>The configuration of the end-to-end benchmarks: the defaults plus the peak working set.</summary>
public sealed class EndToEndConfig : ManualConfig
{
    /// <summary>Adds the column.</summary>
    public EndToEndConfig() => AddColumn(new PeakWorkingSetColumn());
}
