using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// --html: the scrutiny report. The scorecard beside the previous year, then the seed report's charts: monthly
// looked-after numbers (2.17), the share with 3+ placements in the last 12 months beside them (2.18), and referrals
// with assessment timeliness by month (2.4-2.6).
internal static class ReportBuilder
{
    public static string Build(LoadedData loaded, Scorecard card, EvaluationOptions options, IReadOnlyList<string> ids,
        IReadOnlyList<Comparator>? comparators, DisclosureControl? disclosure, IReadOnlyList<string>? benchmarks = null)
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

    // Single assessments from 2013-14; authorities that still ran initial assessments (as Walsall did into 2014-15)
    // are charted with those.
    private static string TimelinessIndicator(DataSet data, ReportingPeriod period, EvaluationOptions options)
    {
        var single = data.Evaluate("assessments-45wd", period, options);
        return single.Denominator > 0 ? single.Id : "initial-assessments-10wd";
    }
}
