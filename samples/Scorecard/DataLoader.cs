using System.Diagnostics;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// What the command scores: the returns read from files (or the demo authority), their diagnostics, and what is known
// of the population and the latest collection year.
internal sealed record LoadedData(DataSet Data, IReadOnlyList<Diagnostic> Diagnostics, long? Population, int? LatestYear, string Description);

internal sealed class InputException(string message) : Exception(message);

internal static class DataLoader
{
    public static LoadedData Load(Arguments args, TextWriter? progress)
    {
        if (args.UsesDemo)
        {
            var options = args.DemoChildren is { } size ? DemoAuthority.Options with { Children = size } : DemoAuthority.Options;
            var demo = WithProgress(progress, "generating the demo authority", () => SyntheticAuthority.Generate(options));
            var data = WithProgress(progress, "building the data set", () => DataSet.Create(demo.Returns));
            return new LoadedData(data, data.Diagnostics, demo.Population, options.LastCollectionYear,
                $"built-in demo authority (synthetic, {options.Children:N0} children, seed {options.Seed})");
        }

        var returns = new List<RecordSet>();
        var diagnostics = new List<Diagnostic>();
        var unread = new List<string>();
        var csvFiles = new List<string>();
        foreach (var path in args.Ssda903)
        {
            if (Directory.Exists(path))
            {
                Add(WithProgress(progress, $"reading {path}", () => Ssda903Csv.ReadFolder(path)), returns, diagnostics, unread);
            }
            else if (File.Exists(path))
            {
                if (string.Equals(Path.GetExtension(path), ".xml", StringComparison.OrdinalIgnoreCase))
                {
                    Add(WithProgress(progress, $"reading {path}", () => Ssda903Xml.Read(path)), returns, diagnostics, unread);
                }
                else
                {
                    csvFiles.Add(path);
                }
            }
            else
            {
                throw new InputException($"--ssda903: no such file or folder: {path}");
            }
        }

        if (csvFiles.Count > 0)
        {
            Add(WithProgress(progress, $"reading {csvFiles.Count} SSDA903 CSV file(s)", () => Ssda903Csv.ReadFiles(csvFiles)), returns, diagnostics, unread);
        }

        foreach (var path in args.Cin)
        {
            var files = Directory.Exists(path)
                ? Directory.GetFiles(path, "*.xml").Order(StringComparer.Ordinal).ToArray()
                : File.Exists(path) ? [path] : throw new InputException($"--cin: no such file or folder: {path}");
            if (files.Length == 0)
            {
                throw new InputException($"--cin: no .xml files in {path}");
            }

            foreach (var file in files)
            {
                Add(WithProgress(progress, $"reading {file}", () => CinCensusXml.Read(file)), returns, diagnostics, unread);
            }
        }

        // A figure computed from a file that could not be read would be shown as if it were right: stop, naming each file
        // and why (its rows, if any were counted, are rejected in the findings).
        if (unread.Count > 0)
        {
            var reasons = unread.Select(file =>
                diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error && d.Source == file) is { } d
                    ? $"{file} ({d.Code}: {d.Message})"
                    : file);
            throw new InputException($"{unread.Count} file(s) could not be read, so no figure is shown: {string.Join("; ", reasons)}");
        }

        if (returns.Sum(r => r.Count) == 0)
        {
            var first = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            throw new InputException("no records could be read from the files given" + (first is null ? "" : $": {first}"));
        }

        var dataSet = WithProgress(progress, "building the data set", () => DataSet.Create(returns));
        diagnostics.AddRange(dataSet.Diagnostics);
        var latest = returns.Max(r => r.CollectionYear);
        var sources = string.Join(", ", args.Ssda903.Concat(args.Cin));
        return new LoadedData(dataSet, diagnostics, null, latest, sources);
    }

    private static void Add(ReadResult result, List<RecordSet> returns, List<Diagnostic> diagnostics, List<string> unread)
    {
        unread.AddRange(result.Unread);
        var authorities = result.Authorities;
        if (authorities.Count > 1)
        {
            throw new InputException($"the files hold the returns of several authorities ({string.Join(", ", authorities)}); score them one at a time");
        }

        returns.AddRange(result.Returns);
        diagnostics.AddRange(result.Diagnostics);
    }

    // Runs a step, and if it takes more than a second, says on the progress writer (a terminal's standard error, or
    // nothing when standard error is redirected) what it is doing, then every five seconds how long it has taken, and
    // finally how long it took.
    private static T WithProgress<T>(TextWriter? progress, string what, Func<T> step)
    {
        if (progress is null)
        {
            return step();
        }

        var clock = Stopwatch.StartNew();
        var ticks = 0;
        var done = false;
        using var timer = new Timer(_ =>
        {
            lock (progress)
            {
                if (!done)
                {
                    ticks++;
                    if (ticks == 1)
                    {
                        progress.WriteLine($"{what}...");
                    }
                    else if (ticks % 5 == 0)
                    {
                        progress.WriteLine($"  still {what} ({clock.Elapsed.TotalSeconds:0}s)");
                    }
                }
            }
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        try
        {
            return step();
        }
        finally
        {
            lock (progress)
            {
                done = true;
                if (ticks > 0)
                {
                    progress.WriteLine($"  done in {clock.Elapsed.TotalSeconds:0.0}s");
                }
            }
        }
    }
}
