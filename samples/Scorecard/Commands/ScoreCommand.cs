using System.CommandLine;
using System.Globalization;
using System.Text;
using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// scorecard [options]: scores the demo authority or the returns given, and prints the scorecard as a table, JSON or
// CSV, or the children behind one indicator (--explain); --html also writes the report.
internal static class ScoreCommand
{
    public static RootCommand Create(DataOptions data, IndicatorOptions indicators, OutputOptions output, Streams streams)
    {
        var root = new RootCommand("scorecard: children's social care indicators, computed as DfE and Ofsted define them.");
        data.AddTo(root);
        foreach (var option in indicators.All)
        {
            root.Options.Add(option);
        }

        output.AddTo(root);

        // --expected belongs to verify; given here it is a mistake worth naming.
        var expected = new Option<string>("--expected") { Hidden = true };
        expected.Validators.Add(result => result.AddError("--expected is only for the verify command"));
        root.Options.Add(expected);

        root.SetAction(parsed => Run(output.Read(parsed, data.Read(parsed, new Arguments { Options = indicators.Read(parsed) })), streams));
        return root;
    }

    private static int Run(Arguments args, Streams streams)
    {
        var comparators = args.Compare is { } compareFile ? ComparatorFiles.Read(compareFile)
            : args.UsesDemo ? ScorecardApp.BuiltInEnglandFigures() : null;
        var ids = args.Indicators ?? Catalogue.All.Select(d => d.Id).ToList();
        if (args.Explain is { } explainId && args.Html is null)
        {
            // Only the explained indicator is printed: evaluate it alone.
            ids = [explainId];
        }
        else if (args.Explain is { } reported && !ids.Contains(reported))
        {
            ids = [.. ids, reported];
        }

        var (loaded, card, options) = Scoring.Evaluate(args, ids, null, null, streams.Progress);
        if (comparators is not null)
        {
            card = card.WithComparators(comparators);
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
            OutputFiles.Write(htmlFile, html);
        }

        if (args.Output is { } file)
        {
            OutputFiles.Write(file, output);
        }
        else if (args.Format == OutputFormat.Table)
        {
            streams.Out.Text(output);
        }
        else
        {
            streams.Stdout.Write(output);
        }

        if (args.Html is { } written)
        {
            streams.Stderr.WriteLine($"Wrote {written}");
        }

        // JSON carries the findings in its diagnostics; a table or CSV reader sees them on standard error.
        if (args.Format != OutputFormat.Json && args.Explain is null)
        {
            Findings.Write(loaded.Diagnostics.Concat(card.Diagnostics).ToList(), streams.Stderr);
        }

        return ScorecardApp.Success;
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
        b.AppendLine(CultureInfo.InvariantCulture, $"{result.Indicator.Title} ({result.Id}), {Scoring.PeriodText(result.Period)}: {result.Display}");
        b.AppendLine(CultureInfo.InvariantCulture, $"Numerator: {result.Indicator.Numerator}: {e.Numerator.Count:N0}");
        b.AppendLine(CultureInfo.InvariantCulture, $"Denominator: {result.Indicator.Denominator}: {(result.Unit == Unit.RatePer10000 ? result.Denominator.ToString("N0", CultureInfo.InvariantCulture) : e.Denominator.Count.ToString("N0", CultureInfo.InvariantCulture))}");
        b.AppendLine(CultureInfo.InvariantCulture, $"Left out: {e.Excluded.Count:N0}");
        b.AppendLine();
        b.Append(TextTable.Explanation(e));
        return b.ToString();
    }
}
