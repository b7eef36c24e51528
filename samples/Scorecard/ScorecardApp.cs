using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// The scorecard command. Run never throws: every problem is one line on standard error and an exit code
// (0 success, 1 verify found differences, 2 bad arguments or unusable input, 3 an internal error).
internal static class ScorecardApp
{
    public const int Success = 0;
    public const int Differences = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    // progress: where to show that a long step is still going (a terminal's standard error); null shows nothing, so
    // that redirected standard error holds only the findings and the one line of an error.
    public static int Run(IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr, TextWriter? progress = null)
    {
        try
        {
            return RunUnguarded(argv, stdout, stderr, progress);
        }
        catch (InputException e)
        {
            Error(stderr, e.Message);
            return BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(stderr, e.Message);
            return BadInput;
        }
#pragma warning disable CA1031 // A command line tool reports, rather than crashes on, an unexpected error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Error(stderr, $"internal error ({e.GetType().Name}: {e.Message}); please report it with the command line used");
            return InternalError;
        }
    }

    // An error is one line: a message that quotes a file's content (a diagnostic's value) cannot break it into
    // several or send control characters to the terminal.
    private static void Error(TextWriter stderr, string message) => stderr.WriteLine("scorecard: " + OneLine(message));

    private static string OneLine(string text) => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)).Trim();

    private static int RunUnguarded(IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr, TextWriter? progress)
    {
        var (args, error) = Arguments.Parse(argv);
        if (args is null)
        {
            Error(stderr, error!.Contains("--help", StringComparison.Ordinal) || error.Contains("'list'", StringComparison.Ordinal)
                ? error
                : $"{error} (run with --help)");
            return BadInput;
        }

        switch (args.Command)
        {
            case Command.Help:
                stdout.Write(Arguments.Usage);
                return Success;
            case Command.Version:
                stdout.WriteLine(Version());
                return Success;
            case Command.List:
                stdout.Write(CatalogueList());
                return Success;
        }

        if (args.Explain is not null && args.Publication)
        {
            throw new InputException("--explain lists children by id, so it cannot be combined with --publication");
        }

        var comparators = args.Compare is { } compareFile ? ReadComparators(compareFile)
            : args.UsesDemo ? BuiltInEnglandFigures() : null;
        ExpectedFigures? expected = null;
        if (args.Command == Command.Verify)
        {
            var (figures, problem) = ExpectedFigures.Read(args.Expected!);
            expected = figures ?? throw new InputException(problem!);
        }

        var loaded = DataLoader.Load(args, progress);
        var period = args.Period ?? expected?.Period ?? (loaded.LatestYear is { } year
            ? ReportingPeriod.Year(year)
            : throw new InputException("the files do not say their collection year: give --year or --period"));
        var options = args.ToOptions(args.Population is null ? expected?.Population ?? loaded.Population : null);
        var ids = expected?.Figures.Select(f => f.Indicator.Id).ToList() ?? args.Indicators ?? Catalogue.All.Select(d => d.Id).ToList();
        if (args.Explain is { } explainId && expected is null && args.Html is null)
        {
            // Only the explained indicator is printed: evaluate it alone.
            ids = [explainId];
        }
        else if (args.Explain is { } reported && !ids.Contains(reported))
        {
            ids = [.. ids, reported];
        }

        var card = loaded.Data.Scorecard(ids, period, options);
        if (comparators is not null)
        {
            card = card.WithComparators(comparators);
        }

        if (expected is not null)
        {
            return Verify(expected, card, args.Publication || expected.Publication ? DisclosureControl.LocalAuthority : null, stdout);
        }

        var disclosure = args.Publication ? DisclosureControl.LocalAuthority : null;
        string output;
        if (args.Explain is { } id)
        {
            output = args.Format == OutputFormat.Json
                ? JsonReport.WriteExplanation(card[id].Explain())
                : ExplainText(card[id]);
        }
        else
        {
            output = args.Format switch
            {
                OutputFormat.Json => JsonReport.Write(card, loaded.Diagnostics, disclosure),
                OutputFormat.Csv => CsvReport.Write(card, disclosure),
                _ => TableText(card, loaded, disclosure),
            };
        }

        // The report first: a path that cannot be written is bad input, reported before anything is printed.
        if (args.Html is { } htmlFile)
        {
            var html = ReportBuilder.Build(loaded, card, options, ids, comparators, disclosure);
            WriteFile(htmlFile, html);
        }

        Emit(output, args.Output, stdout);
        if (args.Html is { } written)
        {
            stderr.WriteLine($"Wrote {written}");
        }

        // JSON carries the findings in its diagnostics; a table or CSV reader sees them on standard error.
        if (args.Format != OutputFormat.Json && args.Explain is null)
        {
            WriteFindings(loaded.Diagnostics.Concat(card.Diagnostics).ToList(), stderr);
        }

        return Success;
    }

    private static int Verify(ExpectedFigures expected, Scorecard card, DisclosureControl? disclosure, TextWriter stdout)
    {
        var differences = expected.Compare(card, disclosure);
        if (differences.Count == 0)
        {
            stdout.WriteLine($"All {expected.Figures.Count} figures match for {PeriodText(card.Period)}.");
            return Success;
        }

        var rows = new List<string[]> { new[] { "indicator", "expected", "actual", "numerator / denominator" } };
        rows.AddRange(differences.Select(d => new[] { d.Id, d.Expected, d.Actual, d.Detail }));
        stdout.WriteLine($"{differences.Count} of {expected.Figures.Count} figures differ for {PeriodText(card.Period)}:");
        stdout.Write(Align(rows));
        return Differences;
    }

    private static string TableText(Scorecard card, LoadedData loaded, DisclosureControl? disclosure)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"Data: {loaded.Description}");
        b.AppendLine(card.Options.Population is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"Population aged 0-17: {p:N0}{(disclosure is null ? "" : "; disclosure control applied (c: 1-5, z: not applicable, k: rounds to 0)")}")
            : "Population aged 0-17: not given (--population), so rates per 10,000 are not available");
        b.AppendLine();
        b.Append(TextTable.Scorecard(card, new PresentationOptions { Disclosure = disclosure }));
        return b.ToString();
    }

    private static string ExplainText(IndicatorResult result)
    {
        var e = result.Explain();
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{result.Indicator.Title} ({result.Id}), {PeriodText(result.Period)}: {result.Display}");
        b.AppendLine(CultureInfo.InvariantCulture, $"Numerator: {result.Indicator.Numerator}: {e.Numerator.Count:N0}");
        b.AppendLine(CultureInfo.InvariantCulture, $"Denominator: {result.Indicator.Denominator}: {(result.Unit == Unit.RatePer10000 ? result.Denominator.ToString("N0", CultureInfo.InvariantCulture) : e.Denominator.Count.ToString("N0", CultureInfo.InvariantCulture))}");
        b.AppendLine(CultureInfo.InvariantCulture, $"Left out: {e.Excluded.Count:N0}");
        b.AppendLine();
        b.Append(TextTable.Explanation(e));
        return b.ToString();
    }

    private static void WriteFindings(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        stderr.WriteLine();
        stderr.WriteLine($"{diagnostics.Count} finding(s) about the input and the evaluation ({errors} error(s), {warnings} warning(s)); the first:");
        foreach (var d in diagnostics.OrderByDescending(d => d.Severity).Take(10))
        {
            stderr.WriteLine($"  {OneLine(d.ToString())}");
        }

        if (diagnostics.Count > 10)
        {
            stderr.WriteLine("  ... (--format json lists them all)");
        }
    }

    private static IReadOnlyList<Comparator> ReadComparators(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"--compare: no such file: {path}");
        }

        // The shape is checked here so that a wrong file is named in the reader's terms, not the serializer's.
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InputException($"--compare {path}: expected a JSON array of comparators, [ {{ \"indicatorId\": ..., \"name\": ..., \"value\": ... }} ] (see docs/json-output.md)");
            }
        }
        catch (JsonException e)
        {
            throw new InputException($"--compare {path}: not valid JSON ({e.Message})");
        }

        try
        {
            return Comparator.ReadJson(text);
        }
        catch (FormatException e)
        {
            throw new InputException($"--compare {path}: {e.Message}");
        }
    }

    // The demo authority is shown beside published England figures (england.json, with each figure's source).
    internal static IReadOnlyList<Comparator> BuiltInEnglandFigures()
    {
        using var stream = typeof(ScorecardApp).Assembly.GetManifestResourceStream("england.json")
            ?? throw new InvalidOperationException("The england.json resource is missing from the build.");
        using var reader = new StreamReader(stream);
        return Comparator.ReadJson(reader.ReadToEnd());
    }

    private static void Emit(string output, string? file, TextWriter stdout)
    {
        if (file is null)
        {
            stdout.Write(output);
        }
        else
        {
            WriteFile(file, output);
        }
    }

    private static void WriteFile(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write {path}: {e.Message}");
        }
    }

    private static string CatalogueList()
    {
        var rows = new List<string[]> { new[] { "id", "unit", "dp", "polarity", "title" } };
        rows.AddRange(Catalogue.All.Select(d => new[]
        {
            d.Id, JsonReport.UnitToken(d.Unit), d.Decimals.ToString(CultureInfo.InvariantCulture), JsonReport.PolarityToken(d.Polarity), d.Title,
        }));
        return Align(rows);
    }

    internal static string Align(IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var b = new StringBuilder();
        foreach (var row in rows)
        {
            b.AppendLine(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }

        return b.ToString();
    }

    internal static string PeriodText(ReportingPeriod p) =>
        p.Start.Month == 4 && p.Start.Day == 1 && p.End == new DateOnly(p.Start.Year + 1, 3, 31)
            ? ReportingYear.Ending(p.End.Year).ToString()
            : p.ToString();

    private static string Version() =>
        "scorecard " + (typeof(ScorecardApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
}
