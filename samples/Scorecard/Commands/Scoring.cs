namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// What score and verify share: the data loaded (or the demo generated), the period and options settled, the
// indicators evaluated.
internal static class Scoring
{
    // period and population: what the expected figures say, when the command line does not; else the files.
    public static (LoadedData Loaded, Scorecard Card, EvaluationOptions Options) Evaluate(
        Arguments args, IReadOnlyList<string>? ids, ReportingPeriod? period, long? population, TextWriter? progress)
    {
        var loaded = DataLoader.Load(args, progress);
        var scored = args.Period ?? period ?? (loaded.LatestYear is { } year
            ? ReportingPeriod.Year(year)
            : throw new InputException("the files do not say their collection year: give --year or --period"));
        var options = args.ToOptions(population ?? loaded.Population);
        var card = loaded.Data.Scorecard(ids ?? Catalogue.All.Select(d => d.Id).ToList(), scored, options);
        return (loaded, card, options);
    }

    internal static string PeriodText(ReportingPeriod p) =>
        p.Start.Month == 4 && p.Start.Day == 1 && p.End == new DateOnly(p.Start.Year + 1, 3, 31)
            ? ReportingYear.Ending(p.End.Year).ToString()
            : p.ToString();
}
