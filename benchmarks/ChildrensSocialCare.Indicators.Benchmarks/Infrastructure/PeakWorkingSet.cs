using System.Globalization;
using System.Runtime;

namespace ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

/// <summary>
/// The process's peak working set (resident set size) over a benchmark's measured runs, read from Linux's
/// <c>/proc/self/status</c> (<c>VmHWM</c>) after the peak was reset at the end of the setup (writing <c>5</c> to
/// <c>/proc/self/clear_refs</c>, after a full compacting garbage collection), and kept in a file beside the benchmark
/// inputs so that <see cref="PeakWorkingSetColumn"/>, in the host process, can show it. On other systems, or where
/// the reset is refused, it is the peak since the process started.
/// </summary>
public static class PeakWorkingSet
{
    /// <summary>Collects the garbage (compacting the large object heap) and resets the peak.</summary>
    public static void Reset()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak is then the peak since the process started.
        }
    }

    /// <summary>The peak working set in bytes (VmHWM), or the runtime's figure where /proc is not available.</summary>
    public static long? Read()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Keeps the peak of <paramref name="method"/> at a size.</summary>
    public static void Record(Type benchmark, string method, int children, long bytes) =>
        File.WriteAllText(PathOf(benchmark, method, children), bytes.ToString(CultureInfo.InvariantCulture));

    /// <summary>Deletes the peak recorded by an earlier run, so that a run that fails shows none.</summary>
    public static void Forget(Type benchmark, string method, int children) => File.Delete(PathOf(benchmark, method, children));

    /// <summary>The recorded peak, or null.</summary>
    public static long? Recorded(Type benchmark, string method, int children)
    {
        var path = PathOf(benchmark, method, children);
        return File.Exists(path) ? long.Parse(File.ReadAllText(path), NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    private static string PathOf(Type benchmark, string method, int children)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        Directory.CreateDirectory(InputFiles.Root);
        return Path.Combine(InputFiles.Root, string.Create(CultureInfo.InvariantCulture, $"{benchmark.Name}-{method}-{children}.peak"));
    }
}
