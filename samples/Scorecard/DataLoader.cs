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

    // The Annex A lists scored (--annex-a), whose data set is Data; null for returns and the demo.
    public AnnexADataSet? AnnexA { get; init; }
}

internal sealed class InputException(string message) : Exception(message);

internal static class DataLoader
{
    // threads: how many files are read at once (0: one per core; 1: one after the other).
    public static LoadedData Load(Arguments args, TextWriter? progress, int threads = 0)
    {
        if (args.AnnexA is { } workbook)
        {
            return LoadAnnexA(workbook, args, progress);
        }

        if (args.UsesDemo)
        {
            // The demo in the latest published years, so that it is compared with published figures of the year scored.
            var options = args.DemoChildren is { } size ? DemoAuthority.Latest with { Children = size } : DemoAuthority.Latest;
            var demo = Progress.Step(progress, "generating the demo authority", () => SyntheticAuthority.Generate(options));
            var data = Progress.Step(progress, "building the data set", () => DataSet.Create(demo.Returns));
            return new LoadedData(data, data.Diagnostics, demo.Population, options.LastCollectionYear,
                $"built-in demo authority (synthetic, {options.Children:N0} children, seed {options.Seed}; no real child is in it)");
        }

        // Every file or folder is found first (a missing one is bad input before anything is read); then they are read
        // in parallel across the cores, and their results taken in the order given, so that the records and the
        // findings are those of reading them one after the other.
        var reads = new List<(string What, Func<ReadResult> Read)>();
        var csvFiles = new List<string>();
        foreach (var path in args.Ssda903)
        {
            if (Directory.Exists(path))
            {
                reads.Add(($"reading {path}", () => Ssda903Csv.ReadFolder(path)));
            }
            else if (File.Exists(path))
            {
                if (string.Equals(Path.GetExtension(path), ".xml", StringComparison.OrdinalIgnoreCase))
                {
                    reads.Add(($"reading {path}", () => Ssda903Xml.Read(path)));
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
            reads.Add(($"reading {csvFiles.Count} SSDA903 CSV file(s)", () => Ssda903Csv.ReadFiles(csvFiles)));
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
                reads.Add(($"reading {file}", () => CinCensusXml.Read(file)));
            }
        }

        var returns = new List<RecordSet>();
        var diagnostics = new List<Diagnostic>();
        var unread = new List<string>();
        var tables = new List<TableCount>();
        foreach (var result in ReadAll(reads, progress, threads))
        {
            Add(result, returns, diagnostics, unread, tables);
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

        var dataSet = Progress.Step(progress, "building the data set", () => DataSet.Create(returns));
        diagnostics.AddRange(dataSet.Diagnostics);
        var latest = returns.Max(r => r.CollectionYear);
        var sources = string.Join(", ", args.Ssda903.Concat(args.Cin));
        return new LoadedData(dataSet, diagnostics, null, latest, sources)
        {
            Incomplete = reasons,
            FileErrors = FileErrors(diagnostics, tables, unread),
        };
    }

    // An Annex A workbook: a file that cannot be read as one (missing, not xlsx, a zip bomb, no list found) is bad
    // input; rejected rows are findings, as for the returns.
    private static LoadedData LoadAnnexA(string path, Arguments args, TextWriter? progress)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"--annex-a: no such file: {path}");
        }

        var read = Progress.Step(progress, $"reading {path}", () => AnnexAWorkbook.Read(path, new AnnexAReadOptions { ReferenceDate = args.ReferenceDate }));
        if (read.Lists.Count == 0)
        {
            var first = read.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? read.Diagnostics.FirstOrDefault();
            throw new InputException($"--annex-a: no Annex A rows could be read from {path}" + (first is null ? "" : $": {first}"));
        }

        if (read.ReferenceDate is not { } reference)
        {
            throw new InputException($"--annex-a: {path} holds no date to take the reference date from: give --reference-date");
        }

        var annexA = Progress.Step(progress, "building the data set", () => AnnexADataSet.Create(read.Lists, reference));
        List<Diagnostic> diagnostics = [.. read.Diagnostics, .. annexA.Data.Diagnostics];
        return new LoadedData(annexA.Data, diagnostics, null, null,
            string.Create(CultureInfo.InvariantCulture, $"{path} (Ofsted Annex A, {read.Lists.Count:N0} rows, reference date {reference:yyyy-MM-dd})"))
        {
            AnnexA = annexA,
            FileErrors = FileErrors(diagnostics, [.. read.Tables], []),
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

    // The reads' results in the order of the reads. A read that throws (an I/O error) is rethrown once all have run,
    // the first in that order, as reading one after the other would have stopped there.
    private static ReadResult[] ReadAll(List<(string What, Func<ReadResult> Read)> reads, TextWriter? progress, int threads)
    {
        var parallelism = threads > 0 ? threads : Environment.ProcessorCount;
        if (parallelism == 1 || reads.Count < 2)
        {
            return [.. reads.Select(r => Progress.Step(progress, r.What, r.Read))];
        }

        var results = new ReadResult[reads.Count];
        var failures = new Exception?[reads.Count];
        Progress.Step(progress, string.Create(CultureInfo.InvariantCulture, $"reading {reads.Count} inputs, {Math.Min(parallelism, reads.Count)} at a time"), () =>
            Parallel.For(0, reads.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
            {
                try
                {
                    results[i] = reads[i].Read();
                }
#pragma warning disable CA1031 // Rethrown below, in the order of the reads.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures[i] = e;
                }
            }));
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return results;
    }

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
}
