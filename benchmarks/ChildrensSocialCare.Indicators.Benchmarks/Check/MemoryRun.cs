using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Benchmarks.Check;

/// <summary>
/// <c>--memory [children]</c>: the memory a data set of that many children needs, measured in a process of its own
/// (run it alone: nothing else allocates). Generates the authority, builds the data set, evaluates a scorecard, then
/// drops the generator's record sets; prints the process's peak working set and the managed heap at each step as a
/// Markdown table.
/// </summary>
internal static class MemoryRun
{
    public static int Run(int children, TextWriter output)
    {
        var rows = new List<(string Step, double Seconds, long Heap, long Peak)>();
        var clock = Stopwatch.StartNew();
        void Measure(string step)
        {
            var seconds = clock.Elapsed.TotalSeconds;
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            rows.Add((step, seconds, heap, process.PeakWorkingSet64));
            clock.Restart();
        }

        Measure("start");
        var authority = SyntheticAuthority.Generate(Workload.Options(children));
        Measure("generated (records of every year, and each year's return)");
        var data = authority.ToDataSet();
        Measure("data set built (generator output still held)");
        var scorecard = data.Scorecard(Workload.Period, authority.EvaluationOptions);
        Measure("scorecard evaluated");
        var records = authority.Records.Count;
        authority = null;
        Measure("generator output dropped: the data set alone");
        GC.KeepAlive(data);
        GC.KeepAlive(scorecard);

        var info = GC.GetGCMemoryInfo(GCKind.Any);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Memory run: {children:N0} children, {records:N0} records; {(GCSettings.IsServerGC ? "server" : "workstation")} GC, concurrent {GCSettings.LatencyMode != GCLatencyMode.Batch}; .NET {Environment.Version}; {Environment.ProcessorCount} processors."));
        output.WriteLine();
        output.WriteLine("| Step | Time (s) | Managed heap after a full GC (MB) | Process peak working set so far (MB) |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (step, seconds, heap, peak) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {seconds:F1} | {heap / 1e6:F0} | {peak / 1e6:F0} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Total allocated: {GC.GetTotalAllocatedBytes() / 1e9:F2} GB; GC count gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; last GC heap size {info.HeapSizeBytes / 1e6:F0} MB, committed {info.TotalCommittedBytes / 1e6:F0} MB."));
        return 0;
    }
}
