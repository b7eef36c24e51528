using System.Diagnostics;
using System.Globalization;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// What the command scores: the returns read from files (or the demo authority), their diagnostics, and what is known
// of the population and the latest collection year. Incomplete: the files that could not be read, scored without under
// --keep-going ("file (code: message)", one each); FileErrors: one line per file read with error findings (rows
// rejected, records supplied twice).
internal sealed record LoadedData(DataSet Data, IReadOnlyList<Diagnostic> Diagnostics, long? Population, int? LatestYear, string Description)
{
    public IReadOnlyList<string> Incomplete { get; init; } = [];

    public IReadOnlyList<string> FileErrors { get; init; } = [];
}

internal sealed class InputException(string message) : Exception(message);

internal static class DataLoader
{
    public static LoadedData Load(Arguments args, TextWriter? progress)
    {
        if (args.UsesDemo)
        {
            // The demo in the latest published years, so that it is compared with published figures of the year scored.
            var options = args.DemoChildren is { } size ? DemoAuthority.Latest with { Children = size } : DemoAuthority.Latest;
            var demo = WithProgress(progress, "generating the demo authority", () => SyntheticAuthority.Generate(options));
            var data = WithProgress(progress, "building the data set", () => DataSet.Create(demo.Returns));
            return new LoadedData(data, data.Diagnostics, demo.Population, options.LastCollectionYear,
                $"built-in demo authority (synthetic, {options.Children:N0} children, seed {options.Seed}; no real child is in it)");
        }

        var returns = new List<RecordSet>();
        var diagnostics = new List<Diagnostic>();
        var unread = new List<string>();
        var tables = new List<TableCount>();
        var csvFiles = new List<string>();
        foreach (var path in args.Ssda903)
        {
            if (Directory.Exists(path))
            {
                Add(WithProgress(progress, $"reading {path}", () => Ssda903Csv.ReadFolder(path)), returns, diagnostics, unread, tables);
            }
            else if (File.Exists(path))
            {
                if (string.Equals(Path.GetExtension(path), ".xml", StringComparison.OrdinalIgnoreCase))
                {
                    Add(WithProgress(progress, $"reading {path}", () => Ssda903Xml.Read(path)), returns, diagnostics, unread, tables);
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
            Add(WithProgress(progress, $"reading {csvFiles.Count} SSDA903 CSV file(s)", () => Ssda903Csv.ReadFiles(csvFiles)), returns, diagnostics, unread, tables);
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
                Add(WithProgress(progress, $"reading {file}", () => CinCensusXml.Read(file)), returns, diagnostics, unread, tables);
            }
        }

        // A figure computed from a file that could not be read would be shown as if it were right: stop, naming each file
        // and why (its rows, if any were counted, are rejected in the findings), unless asked to go on (--keep-going),
        // when the output says what it leaves out.
        var reasons = unread.Distinct(StringComparer.Ordinal).Select(file =>
            diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error && d.Source == file) is { } d
                ? $"{file} ({d.Code}: {d.Message})"
                : file).ToList();
        if (reasons.Count > 0 && !args.KeepGoing)
        {
            throw new InputException($"{reasons.Count} file(s) could not be read, so no figure is shown (--keep-going scores without them): {string.Join("; ", reasons)}");
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
        return new LoadedData(dataSet, diagnostics, null, latest, sources)
        {
            Incomplete = reasons,
            FileErrors = FileErrors(diagnostics, tables, unread),
        };
    }

    // One line per file that was read but has error findings: how many of its rows were rejected, the first finding,
    // and where to see the rest. Files that could not be read have their own line (Incomplete).
    private static List<string> FileErrors(List<Diagnostic> diagnostics, List<TableCount> tables, List<string> unread) =>
        [.. diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Source is not null && !unread.Contains(d.Source, StringComparer.Ordinal))
            .GroupBy(d => d.Source!, StringComparer.Ordinal)
            .Select(g =>
            {
                var counts = tables.Where(t => string.Equals(t.Source, g.Key, StringComparison.Ordinal)).ToList();
                var rejected = counts.Sum(t => t.Rejected);
                var rows = rejected > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{rejected:N0} of {counts.Sum(t => t.Read):N0} row(s) rejected, ")
                    : "";
                return string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {rows}{g.Count():N0} error finding(s), the first: {g.First()}");
            })];

    private static void Add(ReadResult result, List<RecordSet> returns, List<Diagnostic> diagnostics, List<string> unread, List<TableCount> tables)
    {
        unread.AddRange(result.Unread);
        tables.AddRange(result.Tables);
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
