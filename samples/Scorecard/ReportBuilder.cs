using ChildrensSocialCare.Indicators.Reporting;
using ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// --html: the scrutiny report. The scorecard beside the previous year, then the seed report's charts: monthly
// looked-after numbers (2.17), the share with 3+ placements in the last 12 months beside them (2.18), and referrals
// with assessment timeliness by month (2.4-2.6).
internal static class ReportBuilder
{
    public static string Build(LoadedData loaded, Scorecard card, EvaluationOptions options, IReadOnlyList<string> ids,
        IReadOnlyList<Comparator>? comparators, DisclosureControl? disclosure, IReadOnlyList<Breakdown>? breakdowns = null,
        IReadOnlyList<string>? benchmarks = null, BenchmarkSet? published = null)
    {
        var data = loaded.Data;
        var period = card.Period;
        var previousPeriod = new ReportingPeriod(period.Start.AddMonths(-12), period.End.AddMonths(-12));
        var previous = data.Scorecard(ids, previousPeriod, options);
        if (comparators is not null)
        {
            previous = previous.WithComparators(comparators);
        }

        // The twelve months ending with the period's last month.
        var lastMonth = new DateOnly(period.End.Year, period.End.Month, 1);
        var months = ReportingPeriod.Consecutive(lastMonth.AddMonths(-11), 12, PeriodLength.Month);
        var rollingYears = months.Select(m => ReportingPeriod.TwelveMonthsEnding(m.End)).ToList();

        var lookedAfter = data.Series("cla-rate", months, options);
        var threePlus = data.Series("cla-3plus-placements", rollingYears, options);
        var referrals = data.Series("referrals-rate", months, options);
        var timeliness = data.Series(TimelinessIndicator(data, period, options), months, options);

        var doc = HtmlReport.Create(card, previous, null, new HtmlReportOptions
        {
            Authority = (loaded.Incomplete.Count == 0 ? loaded.Description
                : $"{loaded.Description} (incomplete: {loaded.Incomplete.Count} file(s) could not be read; see the end of the report)")
                + (benchmarks is { Count: > 0 } ? ". " + string.Join(". ", benchmarks) : ""),
            Disclosure = disclosure,
            IncludeDefinitions = false,
        });

        doc.Heading("Trends");
        doc.Heading("Children looked after at each month end", 3);
        doc.Markup(SvgCharts.Line(
            [ChartSeries.FromNumerators(lookedAfter, disclosure, "Children looked after")],
            new ChartOptions { Disclosure = disclosure, YAxisLabel = "Children", XAxisLabel = "Month end" }));

        doc.Heading("Three or more placements in the last 12 months, beside the number looked after", 3);
        doc.Markup(SvgCharts.BarsAndLine(
            ChartSeries.FromNumerators(lookedAfter, disclosure, "Children looked after"),
            ChartSeries.FromValues(threePlus, disclosure, "3+ placements in the last 12 months (%)"),
            new ChartOptions { Disclosure = disclosure, YAxisLabel = "Children", SecondaryYAxisLabel = "Per cent", XAxisLabel = "Month end" }));

        doc.Heading("Referrals and assessment timeliness by month", 3);
        doc.Markup(SvgCharts.BarsAndLine(
            ChartSeries.FromNumerators(referrals, disclosure, "Referrals"),
            ChartSeries.FromValues(timeliness, disclosure, timeliness.Indicator.Title + " (%)"),
            new ChartOptions { Disclosure = disclosure, YAxisLabel = "Referrals", SecondaryYAxisLabel = "Per cent", XAxisLabel = "Month" }));

        doc.Markup(HtmlTables.TimeSeries(lookedAfter, new PresentationOptions { Disclosure = disclosure }));

        // --by: per dimension, each indicator's breakdown as a bar chart above its table.
        foreach (var byDimension in (breakdowns ?? []).GroupBy(b => b.Dimension.Id))
        {
            doc.Heading("Broken down by " + byDimension.First().Dimension.Title.ToLowerInvariant());
            foreach (var b in byDimension)
            {
                doc.Heading($"{b.Indicator.Title} ({b.Indicator.Id})", 3);
                doc.Markup(SvgCharts.Breakdown(b, new ChartOptions { Disclosure = disclosure }));
                doc.Markup(HtmlTables.Breakdown(b, new PresentationOptions { Disclosure = disclosure }));
            }
        }

        if (published is not null)
        {
            Funnels(doc, card, published, disclosure);
        }

        // Under --keep-going, what every figure leaves out.
        if (loaded.Incomplete.Count > 0)
        {
            doc.Heading("Files left out");
            doc.Paragraph("These files could not be read, so every figure above leaves out what they hold (--keep-going):");
            doc.List(loaded.Incomplete);
        }

        doc.Heading("Definitions");
        doc.Markup(HtmlTables.Catalogue(card.Select(r => r.Indicator)));
        return doc.Render();
    }

    // How we compare: a funnel plot per percentage with every authority's published figure and denominator of the
    // scored year (spec section 6), England's figure as the benchmark, our result in the compared authority's place.
    private static void Funnels(HtmlDocument doc, Scorecard card, BenchmarkSet published, DisclosureControl? disclosure)
    {
        var year = ReportingYear.Containing(card.Period.End);
        var area = published.Published.FindAuthority(published.Authority, year);
        var plots = new List<(IndicatorResult Result, List<FunnelPoint> Points, Comparator England)>();
        foreach (var r in card.Where(r => r.Unit == Unit.Percentage && r.Value is not null && r.Denominator > 0))
        {
            if (published.Published.England(r.Id, year).Comparator is not { } england)
            {
                continue;
            }

            var others = published.Published.AuthorityFigures(r.Id, year)
                .Where(f => f.Denominator > 0 && f.Area.Code != area?.Code)
                .Select(f => new FunnelPoint(f.Area.Name, f.Value.Number!.Value, f.Denominator!.Value))
                .ToList();
            if (others.Count < 4)
            {
                continue;
            }

            // A suppressed figure is not drawn: its place on the chart would give it away.
            var shown = disclosure is null || r.Present(disclosure) != DisclosureControl.Suppressed;
            plots.Add((r, shown ? [.. others, new FunnelPoint(OurLabel(area), r.Value!.Value, r.Denominator) { Highlighted = true }] : others, england));
        }

        if (plots.Count == 0)
        {
            return;
        }

        doc.Heading("How we compare: funnel plots");
        doc.Paragraph($"Every authority's published percentage of {year} against the number it is of, with England's figure and the 95% and 99.8% limits around it (Wilson): a figure outside the 99.8% limits is unlikely to be chance. Our figure is drawn in {(area is null ? "its own" : area.Name + "'s")} place.");
        foreach (var (r, points, england) in plots)
        {
            doc.Heading(r.Indicator.Title, 3);
            doc.Markup(SvgCharts.Funnel(points, england.Value, new ChartOptions
            {
                Title = $"{r.Indicator.Title}, {year}",
                XAxisLabel = "Denominator: " + r.Indicator.Denominator,
                YAxisLabel = "Per cent",
            }));
            doc.Paragraph($"Source: {england.Source}; the authorities' figures from the same file.");
        }
    }

    private static string OurLabel(Formats.PublishedArea? area) => area is null ? "Our figure" : $"Our figure (as {area.Name})";

    // Single assessments from 2013-14; authorities that still ran initial assessments (as Walsall did into 2014-15)
    // are charted with those.
    private static string TimelinessIndicator(DataSet data, ReportingPeriod period, EvaluationOptions options)
    {
        var single = data.Evaluate("assessments-45wd", period, options);
        return single.Denominator > 0 ? single.Id : "initial-assessments-10wd";
    }
}
