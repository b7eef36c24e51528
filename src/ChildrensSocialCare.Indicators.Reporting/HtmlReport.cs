namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>Titles and choices of an <see cref="HtmlReport"/>.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The defaults: a title from the period, exact figures, definitions included.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>The page title, or <c>null</c> for "Children's social care indicators, " and the period.</summary>
    public string? Title { get; init; }

    /// <summary>Who the figures describe (a council's name), shown under the title; <c>null</c> for nothing.</summary>
    public string? Authority { get; init; }

    /// <summary>Disclosure control for every figure in the report's tables and charts, or <c>null</c> (the default)
    /// for exact figures. Use <see cref="DisclosureControl.LocalAuthority"/> for a report that will be published.</summary>
    public DisclosureControl? Disclosure { get; init; }

    /// <summary>Whether to end with the definitions of the scorecard's indicators; on by default.</summary>
    public bool IncludeDefinitions { get; init; } = true;
}

/// <summary>
/// A complete, self-contained HTML report of a scorecard for a scrutiny panel or a management team: the scorecard
/// table (with comparators and an optional previous period), findings, a chart and table for each time series, and
/// the definitions. This is what <c>scorecard --html report.html</c> writes.
/// </summary>
/// <example>
/// <code>
/// var card = data.Scorecard(ReportingPeriod.Year(2014), options).WithComparators(comparators);
/// var before = data.Scorecard(ReportingPeriod.Year(2013), options);
/// var lac = data.Series("cla-rate", ReportingPeriod.Consecutive(new DateOnly(2013, 11, 1), 12, PeriodLength.Month), options);
/// File.WriteAllText("report.html", HtmlReport.Render(card, before, [lac]));
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>The report as one HTML page (see <see cref="Create"/>).</summary>
    public static string Render(Scorecard scorecard, Scorecard? previous = null, IEnumerable<TimeSeries>? series = null, HtmlReportOptions? options = null) =>
        Create(scorecard, previous, series, options).Render();

    /// <summary>
    /// The report as a document, to render or to extend with further sections (for example a
    /// <see cref="SvgCharts.BarsAndLine"/> chart) before rendering.
    /// </summary>
    /// <param name="scorecard">The results of the period reported on.</param>
    /// <param name="previous">The results of an earlier period (normally the previous year), shown beside them with the
    /// change and whether it is better or worse; <c>null</c> for none.</param>
    /// <param name="series">Time series to chart, each as a line chart and a table; <c>null</c> for none.</param>
    /// <param name="options">Title, authority, disclosure control and definitions.</param>
    public static HtmlDocument Create(Scorecard scorecard, Scorecard? previous = null, IEnumerable<TimeSeries>? series = null, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var o = options ?? HtmlReportOptions.Default;
        var presentation = new PresentationOptions { Disclosure = o.Disclosure };
        var doc = new HtmlDocument(o.Title ?? "Children's social care indicators, " + PeriodLabels.Long(scorecard.Period));
        if (o.Authority is { Length: > 0 } authority)
        {
            doc.Paragraph(authority);
        }

        doc.Paragraph(Summary(scorecard, previous));
        doc.Heading("Scorecard");
        doc.Markup(HtmlTables.Scorecard(scorecard, presentation, previous));
        doc.List(Key(scorecard, previous, o.Disclosure));

        if (scorecard.Diagnostics.Count > 0)
        {
            doc.Heading("Findings");
            doc.List(scorecard.Diagnostics.Select(d => d.Message));
        }

        var trends = (series ?? []).ToList();
        if (trends.Count > 0)
        {
            doc.Heading("Trends");
            foreach (var s in trends)
            {
                doc.Heading(s.Indicator.Title, 3);
                // The heading above names the chart; an empty title leaves it out of the picture.
                doc.Markup(SvgCharts.Line(s, new ChartOptions { Disclosure = o.Disclosure, Title = "" }));
                doc.Markup("<details><summary>Figures</summary>" + HtmlTables.TimeSeries(s, presentation) + "</details>");
            }
        }

        if (o.IncludeDefinitions)
        {
            doc.Heading("Definitions");
            doc.Markup(HtmlTables.Catalogue(scorecard.Select(r => r.Indicator).Distinct()));
        }

        return doc;
    }

    private static string Summary(Scorecard scorecard, Scorecard? previous)
    {
        var population = scorecard.Options.Population is { } p
            ? "Population aged 0-17: " + Figures.Number(p) + "."
            : "No population aged 0-17 was given, so rates per 10,000 are not available.";
        var text = "Period: " + PeriodLabels.Long(scorecard.Period) + ". " + population;
        if (scorecard.Options.Annualise)
        {
            text += " Rates of part-year flows are annualised.";
        }

        if (previous is not null)
        {
            text += " Compared with " + PeriodLabels.Long(previous.Period) + ".";
        }

        return text;
    }

    private static IEnumerable<string> Key(Scorecard scorecard, Scorecard? previous, DisclosureControl? disclosure)
    {
        if (previous is not null || scorecard.Any(r => r.Comparisons.Count > 0))
        {
            yield return "Better and worse are judged by each indicator's direction (higher or lower is better) at its published precision; context indicators are not judged. Differences are this period's figure minus the comparator's.";
        }

        yield return "Values are rounded half away from zero to each indicator's published precision; n/a means not applicable (the denominator is zero).";
        if (disclosure is not null)
        {
            yield return TextTable.SymbolsKey;
        }
    }
}
