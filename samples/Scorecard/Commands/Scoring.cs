using System.Globalization;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// What score and verify share: the data loaded (or the demo generated), the period and options settled, the
// indicators evaluated. On standard error, before any output: one warning per file left out under --keep-going, and
// one line per file with rows rejected (or other errors), so that a figure is never read without knowing what it
// leaves out; under --strict any error finding then stops the command (exit code 2).
internal static class Scoring
{
    // period and population: what the expected figures say, when the command line does not; else the files.
    public static (LoadedData Loaded, Scorecard Card, EvaluationOptions Options) Evaluate(
        Arguments args, IReadOnlyList<string>? ids, ReportingPeriod? period, long? population, Streams streams)
    {
        var loaded = DataLoader.Load(args, streams.Progress);
        foreach (var file in loaded.Incomplete)
        {
            streams.Stderr.WriteLine("scorecard: warning: " + ScorecardApp.OneLine($"could not read {file}; the figures leave it out (--keep-going)"));
        }

        var seeThem = args.Format == OutputFormat.Json ? "the JSON's diagnostics list them all" : "--format json lists them all";
        foreach (var file in loaded.FileErrors)
        {
            streams.Stderr.WriteLine("scorecard: " + ScorecardApp.OneLine($"{file} ({seeThem})"));
        }

        if (loaded.AnnexA is { } annexA)
        {
            return (loaded, AnnexAScorecard(loaded, annexA, args, ids, population), args.ToOptions(population));
        }

        var scored = args.Period ?? period ?? (loaded.LatestYear is { } year
            ? ReportingPeriod.Year(year)
            : throw new InputException("the files do not say their collection year: give --year or --period"));
        var options = args.ToOptions(population ?? loaded.Population);
        var card = loaded.Data.Scorecard(ids ?? Catalogue.ByFamily.Select(d => d.Id).ToList(), scored, options);
        if (args.Strict)
        {
            var errors = loaded.Diagnostics.Concat(card.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"--strict: {errors.Count:N0} error finding(s) about the input or the evaluation, so no figure is shown; the first: {errors[0]}"));
            }
        }

        return (loaded, card, options);
    }

    // The inspection scorecard of an Annex A workbook (--annex-a): over --period, or the lists' window (the 6 months to
    // the reference date); a period reaching outside it is bad input.
    private static Scorecard AnnexAScorecard(LoadedData loaded, AnnexADataSet annexA, Arguments args, IReadOnlyList<string>? ids, long? population)
    {
        var definitions = (ids ?? InspectionIds()).Select(Catalogue.Get).ToList();
        try
        {
            var card = annexA.Scorecard(definitions, args.Period, args.ToOptions(population));
            // Under --strict, an indicator the lists cannot give is not an error of the input: only the rest are.
            var errors = loaded.Diagnostics.Concat(card.Diagnostics)
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Code != IndicatorDiagnosticCodes.EvaluationNotAvailable).ToList();
            if (args.Strict && errors.Count > 0)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"--strict: {errors.Count:N0} error finding(s) about the input or the evaluation, so no figure is shown; the first: {errors[0]}"));
            }

            return card;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InputException("--period: " + e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    // An Annex A workbook's default scorecard: the inspection measures, then the indicators its lists allow.
    internal static IReadOnlyList<string> InspectionIds() =>
        [.. Catalogue.Inspection.Select(d => d.Id), .. Catalogue.ByFamily.Where(d => d.FromAnnexA).Select(d => d.Id)];

    // The line of a table (or explanation) scored without the files that could not be read; null when none was left out.
    internal static string? IncompleteLine(LoadedData loaded) => loaded.Incomplete.Count == 0 ? null
        : string.Create(CultureInfo.InvariantCulture,
            $"Incomplete: {loaded.Incomplete.Count} file(s) could not be read and are left out of every figure (--keep-going): {string.Join("; ", loaded.Incomplete)}");

    internal static string PeriodText(ReportingPeriod p) =>
        p.Start.Month == 4 && p.Start.Day == 1 && p.End == new DateOnly(p.Start.Year + 1, 3, 31)
            ? ReportingYear.Ending(p.End.Year).ToString()
            : p.ToString();
}
