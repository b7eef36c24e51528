using System.Globalization;

namespace ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;

/// <summary>
/// Where the reading benchmarks write their input (a folder under the temporary folder, per benchmark class and
/// size), and the size of each input, kept beside it so that <see cref="ThroughputColumn"/> (which runs in the host
/// process, not in the benchmark's) can turn times into MB/s.
/// </summary>
public static class InputFiles
{
    /// <summary>The folder of every benchmark input.</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "indicators-benchmarks");

    /// <summary>The benchmark class an instance belongs to. BenchmarkDotNet runs a generated subclass of it (in an
    /// assembly of its own), so this is the first type up the hierarchy that is declared in this assembly.</summary>
    public static Type BenchmarkType(object benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var type = benchmark.GetType();
        while (type.Assembly != typeof(InputFiles).Assembly)
        {
            type = type.BaseType ?? throw new InvalidOperationException($"{benchmark.GetType()} is not a benchmark of this assembly.");
        }

        return type;
    }

    /// <summary>A fresh, empty folder for the inputs of <paramref name="benchmark"/> at <paramref name="children"/>.</summary>
    public static string Folder(Type benchmark, int children)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var folder = Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"{benchmark.Name}-{children}"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Records the size of the input read by <paramref name="benchmark"/> at <paramref name="children"/>.</summary>
    public static void RecordSize(Type benchmark, int children, long bytes) =>
        File.WriteAllText(SizePath(benchmark, children), bytes.ToString(CultureInfo.InvariantCulture));

    /// <summary>The recorded size, or <c>null</c> when the benchmark has not run.</summary>
    public static long? Size(Type benchmark, int children)
    {
        var path = SizePath(benchmark, children);
        return File.Exists(path) ? long.Parse(File.ReadAllText(path), NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Deletes the inputs (not the recorded size).</summary>
    public static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string SizePath(Type benchmark, int children)
    {
        Directory.CreateDirectory(Root);
        return Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"{benchmark.Name}-{children}.bytes"));
    }
}
