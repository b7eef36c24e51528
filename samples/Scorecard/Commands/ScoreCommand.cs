using System.CommandLine;
using System.Globalization;
using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// scorecard [options]: scores the demo authority or the returns given, and prints the scorecard as a table, JSON or
// CSV, or the children behind one indicator (--explain); --html also writes the report.
internal static class ScoreCommand
{
    public static RootCommand Create(DataOptions data, IndicatorOptions indicators, OutputOptions output, BenchmarkOptions benchmarks, ByOptions by, AnnexAOptions annexA, Streams streams)
    {
        var root = new RootCommand("scorecard: children's social care indicators, computed as DfE and Ofsted define them.");
        data.AddTo(root);
        annexA.AddTo(root, data);
        foreach (var option in indicators.All)
        {
            root.Options.Add(option);
        }

        output.AddTo(root);
        benchmarks.AddTo(root, output.Compare);
        by.AddTo(root);

        // --expected belongs to verify; given here it is a mistake worth naming.
        var expected = new Option<string>("--expected") { Hidden = true };
        expected.Validators.Add(result => result.AddError("--expected is only for the verify command"));
        root.Options.Add(expected);

        root.SetAction(parsed => Run(annexA.Read(parsed, by.Read(parsed, benchmarks.Read(parsed, output.Read(parsed, data.Read(parsed, new Arguments { Options = indicators.Read(parsed) }))))), streams));
        return root;
    }

    private static int Run(Arguments args, Streams streams)
    {
        var comparators = args.Compare is { } compareFile ? ComparatorFiles.Read(compareFile) : null;
        var ids = args.Indicators ?? (args.AnnexA is not null ? Scoring.InspectionIds() : Catalogue.ByFamily.Select(d => d.Id).ToList());
        if (args.Explain is { } explainId && args.Html is null)
        {
            // Only the explained indicator is printed: evaluate it alone.
            ids = [explainId];
        }
        else if (args.Explain is { } reported && !ids.Contains(reported))
        {
            ids = [.. ids, reported];
        }

        var (loaded, card, options) = Scoring.Evaluate(args, ids, null, null, streams);
        IReadOnlyList<string> benchmarks = [];
        BenchmarkSet? published = null;
        if (args.Benchmarks is { } benchmarkPath)
        {
            // Same-year comparators: those of the scored year only.
            published = BenchmarkFiles.Load(benchmarkPath, args.La!, args.Neighbours);
            comparators = published.Comparators(card);
        }
        else if (args.UsesDemo && comparators is null)
        {
            // The demo: the real published figures of the year scored, Walsall standing in for the synthetic authority.
            (published, comparators, benchmarks) = DemoBenchmarks.For(card);
        }

        if (comparators is not null)
        {
            card = card.WithComparators(comparators);
        }

        var disclosure = args.Publication ? DisclosureControl.LocalAuthority : null;

        // --by: each indicator scored, broken down by each dimension that applies to it, in the order given.
        var indicators = card.Select(r => r.Indicator).ToList();
        var breakdowns = args.By.SelectMany(d => loaded.Data.Breakdowns(indicators, Dimension.Get(d), card.Period, options)).ToList();

        // A table (the scorecard, or an explanation unless in JSON) is a model, which the table format draws on a
        // terminal; JSON and CSV are text.
        var table = args.Format == OutputFormat.Json ? null
            : args.Explain is { } id ? ExplainTable(card[id], loaded)
            : args.Format == OutputFormat.Csv ? null
            : ScorecardTable(card, loaded, disclosure, benchmarks);
        var breakdownTables = table is null || args.Explain is not null ? []
            : breakdowns.Select(b => TextTableModel.Breakdown(b, new PresentationOptions { Disclosure = disclosure })).ToList();
        var output = table is not null ? string.Concat([TextTable.Write(table), .. breakdownTables.Select(t => "\n" + TextTable.Write(t))])
            : args.Explain is { } explained ? JsonReport.WriteExplanation(card[explained].Explain())
            : args.Format == OutputFormat.Json ? JsonReport.Write(card, loaded.Diagnostics, disclosure, loaded.Incomplete, breakdowns)
            : CsvReport.Write(card, disclosure, breakdowns);

        // The report first: a path that cannot be written is bad input, reported before anything is printed.
        if (args.Html is { } htmlFile)
        {
            var html = ReportBuilder.Build(loaded, card, options, ids, comparators, disclosure, breakdowns, benchmarks, published);
            OutputFiles.Write(htmlFile, html);
        }

        if (args.Output is { } file)
        {
            OutputFiles.Write(file, output);
        }
        else if (args.Format == OutputFormat.Table && table is not null)
        {
            streams.Out.Table(table);
            foreach (var breakdownTable in breakdownTables)
            {
                streams.Out.Line("");
                streams.Out.Table(breakdownTable);
            }
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
            Findings.Write(loaded.Diagnostics.Concat(card.Diagnostics).Concat(breakdowns.SelectMany(b => b.Diagnostics)).ToList(), streams.Stderr);
        }

        return ScorecardApp.Success;
    }

    // The library's scorecard table under the command's lines: where the data came from and the population.
    private static TextTableModel ScorecardTable(Scorecard card, LoadedData loaded, DisclosureControl? disclosure, IReadOnlyList<string> benchmarks)
    {
        var table = TextTableModel.Scorecard(card, new PresentationOptions { Disclosure = disclosure });
        return Above(table,
        [
            $"Data: {loaded.Description}",
            .. benchmarks,
            .. Scoring.IncompleteLine(loaded) is { } incomplete ? [incomplete] : Array.Empty<string>(),
            card.Options.Population is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"Population aged 0-17: {p:N0}{(disclosure is null ? "" : "; disclosure control applied (c: 1-5, z: not applicable, k: rounds to 0)")}")
                : "Population aged 0-17: not given (--population), so rates per 10,000 are not available",
            "",
        ]);
    }

    // The library's explanation table under the command's lines: the result, its numerator and denominator in words.
    private static TextTableModel ExplainTable(IndicatorResult result, LoadedData loaded)
    {
        var e = result.Explain();
        var denominator = result.Unit == Unit.RatePer10000 ? result.Denominator : e.Denominator.Count;
        return Above(TextTableModel.Explanation(e),
        [
            $"{result.Indicator.Title} ({result.Id}), {Scoring.PeriodText(result.Period)}: {result.Display}",
            string.Create(CultureInfo.InvariantCulture, $"Numerator: {result.Indicator.Numerator}: {e.Numerator.Count:N0}"),
            string.Create(CultureInfo.InvariantCulture, $"Denominator: {result.Indicator.Denominator}: {denominator:N0}"),
            string.Create(CultureInfo.InvariantCulture, $"Left out: {e.Excluded.Count:N0}"),
            .. Scoring.IncompleteLine(loaded) is { } incomplete ? [incomplete] : Array.Empty<string>(),
            "",
        ]);
    }

    private static TextTableModel Above(TextTableModel table, IEnumerable<string> lines) =>
        new(table.Columns, table.Rows) { Heading = [.. lines, .. table.Heading], Notes = table.Notes };
}
