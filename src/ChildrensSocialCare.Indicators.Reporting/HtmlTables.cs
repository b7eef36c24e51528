namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// HTML tables of results, for reports, notebooks and web pages: a scorecard, one result, the records behind a number,
/// a time series and the catalogue.
/// </summary>
/// <remarks>
/// <para>Each method returns one self-contained <c>&lt;table&gt;</c> element: styles are inline (no stylesheet, script
/// or font to fetch), and the markup is well-formed XML, so it can be embedded in HTML or XHTML or parsed by tests.
/// Every piece of text that comes from data (child ids, codes, comparator names and sources, reasons) is escaped.</para>
/// <para>Elements carry classes for restyling and testing: <c>csc-table</c> on every table, <c>csc-scorecard</c>,
/// <c>csc-result</c>, <c>csc-explanation</c>, <c>csc-timeseries</c> and <c>csc-catalogue</c>; <c>csc-better</c>,
/// <c>csc-worse</c>, <c>csc-similar</c>, <c>csc-higher</c>, <c>csc-lower</c> and <c>csc-same</c> on judgements (only better and
/// worse are coloured); <c>data-indicator</c> on a scorecard's rows.</para>
/// </remarks>
public static partial class HtmlTables
{
    /// <summary>
    /// A scorecard as a table, one row per indicator grouped by area of work (areas in the order they first appear,
    /// indicators in scorecard order within each): title and id, value at the indicator's
    /// precision, unit, numerator / denominator, the confidence interval (at the options' level), one column per
    /// comparator (its figure, the difference and the judgement by the indicator's polarity written as a word, coloured
    /// only when the interval lies wholly on one side of the comparator; where known the result's rank and quartile
    /// among every authority; and the comparator's year and source), and notes (why a figure is not available or
    /// not applicable; the details of a result).
    /// </summary>
    /// <param name="scorecard">The results to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    /// <param name="previous">An optional scorecard of an earlier period, shown as the first comparator column
    /// (<c>Previous</c>) with the change and whether it is better or worse.</param>
    /// <remarks>Differences are taken between the figures as shown (at the indicator's precision), the precision the
    /// earlier rule's judgement (<see cref="JudgementRule.Difference"/>) is made at, so a difference of 0 is "same" under it;
    /// by default a comparison is judged on the result's confidence interval.</remarks>
    public static string Scorecard(Scorecard scorecard, PresentationOptions? options = null, Scorecard? previous = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var disclosure = options?.Disclosure;
        var columns = Comparisons.Columns(scorecard, previous);
        var span = 6 + columns.Count;
        var m = new Markup();
        m.Open("table", Styles.Table, "csc-table csc-scorecard", ("data-period", scorecard.Period.ToString())).Line();
        m.Element("caption", "Scorecard: " + PeriodLabels.Long(scorecard.Period), Styles.Caption).Line();
        m.Open("thead").Open("tr");
        m.Element("th", "Indicator", Styles.Head, null, ("scope", "col"));
        m.Element("th", "Value", Styles.HeadNumber, null, ("scope", "col"));
        m.Element("th", "Unit", Styles.Head, null, ("scope", "col"));
        m.Element("th", "Numerator / denominator", Styles.HeadNumber, null, ("scope", "col"));
        m.Element("th", (scorecard.Options.ConfidenceLevel.ToString()) + " interval", Styles.HeadNumber, "csc-interval-head", ("scope", "col"));
        foreach (var column in columns)
        {
            m.Open("th", Styles.HeadNumber, "csc-comparator", ("scope", "col")).Text(column.IsPrevious ? "Previous" : column.Name);
            if (column.Year.Length > 0)
            {
                m.Empty("br").Element("span", column.Year, Styles.Note);
            }

            m.Close("th");
        }

        m.Element("th", "Notes", Styles.Head, null, ("scope", "col"));
        m.Close("tr").Close("thead").Line().Open("tbody").Line();

        // Areas of work in the order they first appear, each with its indicators in scorecard order.
        var families = scorecard.Select(r => r.Indicator.Family).Distinct().ToList();
        var grouped = families.Count > 1;
        IndicatorFamily? family = null;
        foreach (var r in scorecard.OrderBy(r => families.IndexOf(r.Indicator.Family)))
        {
            if (grouped && family != r.Indicator.Family)
            {
                family = r.Indicator.Family;
                m.Open("tr", null, "csc-family")
                    .Element("th", Figures.Family(r.Indicator.Family), Styles.Family, null, ("colspan", span.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("scope", "colgroup"))
                    .Close("tr").Line();
            }

            m.Open("tr", null, r.IsAvailable ? null : "csc-not-available", ("data-indicator", r.Id));
            m.Open("th", Styles.RowHead, null, ("scope", "row")).Text(r.Indicator.Title).Empty("br").Element("code", r.Id, Styles.Code).Close("th");
            m.Element("td", Figures.Value(r, disclosure), Styles.Value, "csc-value");
            m.Element("td", Figures.Unit(r), Styles.Cell + ";white-space:nowrap", "csc-unit");
            m.Element("td", Figures.Fraction(r, disclosure), Styles.Number, "csc-fraction");
            m.Element("td", Figures.Interval(r, disclosure), Styles.Number + ";white-space:nowrap", "csc-interval");
            foreach (var column in columns)
            {
                ComparisonCellMarkup(m, Comparisons.Cell(r, column, previous, disclosure));
            }

            m.Open("td", Styles.Cell, "csc-notes");
            NotesMarkup(m, r, disclosure);
            m.Close("td").Close("tr").Line();
        }

        m.Close("tbody").Line().Close("table");
        return m.ToString();
    }

    /// <summary>
    /// One result as a two-column table: the indicator, period, value, numerator and denominator in words and figures,
    /// polarity, each comparison, details, notes and source.
    /// </summary>
    /// <param name="result">The result to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    public static string Result(IndicatorResult result, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var disclosure = options?.Disclosure;
        var indicator = result.Indicator;
        var m = new Markup();
        m.Open("table", Styles.Table, "csc-table csc-result", ("data-indicator", result.Id)).Line();
        m.Element("caption", indicator.Title, Styles.Caption).Line().Open("tbody").Line();
        Row(m, "Indicator", () => m.Element("code", result.Id, Styles.Code));
        Row(m, "Period", () => m.Text(PeriodLabels.Long(result.Period)));
        Row(m, "Value", () => m.Element("strong", Figures.Value(result, disclosure), null, "csc-value").Text(" " + Figures.Unit(result)));
        if (result.IsAvailable)
        {
            Row(m, "Numerator", () => m.Element("span", Figures.Numerator(result, disclosure), null, "csc-numerator").Empty("br").Element("span", indicator.Numerator, Styles.Note));
            if (result.Unit != Unit.Count)
            {
                Row(m, "Denominator", () => m.Element("span", Figures.Denominator(result, disclosure), null, "csc-denominator").Empty("br").Element("span", indicator.Denominator, Styles.Note));
            }
        }

        if (Figures.Interval(result, disclosure) is { Length: > 0 } interval && result.Interval is { } limits)
        {
            Row(m, "Interval", () => m.Element("span", interval, null, "csc-interval").Text($" ({limits.Level})"));
        }

        Row(m, "Judged", () => m.Text(Figures.Polarity(indicator.Polarity)));
        foreach (var comparison in result.Comparisons)
        {
            var column = new ComparatorColumn(comparison.Comparator.Name, comparison.Comparator.Year, IsPrevious: false);
            m.Open("tr").Element("th", "Compared with " + column.Heading, Styles.RowHead + ";font-weight:700", null, ("scope", "row"));
            ComparisonCellMarkup(m, Comparisons.Cell(result, column, null, disclosure), Styles.Cell);
            m.Close("tr").Line();
        }

        if (Figures.Note(result) is { Length: > 0 } || result.Details.Count > 0)
        {
            Row(m, "Notes", () => NotesMarkup(m, result, disclosure));
        }

        Row(m, "Source", () => m.Text(indicator.Source));
        m.Close("tbody").Line().Close("table");
        return m.ToString();
    }

    /// <summary>
    /// The records behind a number: one row per record (or child) with its id, kind and key dates (a column per kind
    /// of date), whether it is in the numerator and in the denominator, and, for a record left out, the rule that left
    /// it out.
    /// </summary>
    /// <param name="explanation">The explanation, from <see cref="IndicatorResult.Explain"/>.</param>
    /// <param name="options">The most rows to show (<see cref="PresentationOptions.MaxRows"/>).</param>
    /// <remarks>An explanation lists children by id: it is for people entitled to see the records, and disclosure
    /// control does not apply to it.</remarks>
    public static string Explanation(Explanation explanation, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var rows = ExplanationRows.Of(explanation);
        var names = ExplanationRows.DateNames(rows);
        var dateColumns = names.Count <= ExplanationRows.MaxDateColumns;
        var hasDenominator = explanation.Denominator.Count > 0;
        var hasExcluded = explanation.Excluded.Count > 0;
        var shown = Math.Min(rows.Count, options?.MaxRows ?? int.MaxValue);
        var span = 3 + (dateColumns ? names.Count : 1) + (hasDenominator ? 1 : 0) + (hasExcluded ? 1 : 0);

        var m = new Markup();
        m.Open("table", Styles.Table, "csc-table csc-explanation", ("data-indicator", explanation.Indicator.Id)).Line();
        m.Open("caption", Styles.Caption).Text("Explanation: " + explanation.Indicator.Title + ", " + PeriodLabels.Long(explanation.Period));
        m.Empty("br").Element("span", ExplanationRows.Counts(explanation), Styles.Note);
        if (!hasDenominator && explanation.Indicator.Unit == Unit.RatePer10000)
        {
            m.Empty("br").Element("span", "The denominator is the population aged 0-17, not a list of records.", Styles.Note);
        }

        m.Close("caption").Line();
        m.Open("thead").Open("tr");
        m.Element("th", "Child", Styles.Head, null, ("scope", "col"));
        m.Element("th", "Kind", Styles.Head, null, ("scope", "col"));
        if (dateColumns)
        {
            foreach (var name in names)
            {
                m.Element("th", name, Styles.Head, null, ("scope", "col"));
            }
        }
        else
        {
            m.Element("th", "Key dates", Styles.Head, null, ("scope", "col"));
        }

        m.Element("th", "In numerator", Styles.Head, null, ("scope", "col"));
        if (hasDenominator)
        {
            m.Element("th", "In denominator", Styles.Head, null, ("scope", "col"));
        }

        if (hasExcluded)
        {
            m.Element("th", "Excluded by rule", Styles.Head, null, ("scope", "col"));
        }

        m.Close("tr").Close("thead").Line().Open("tbody").Line();
        for (var i = 0; i < shown; i++)
        {
            var row = rows[i];
            var excluded = row.ExcludedBy is not null;
            var style = excluded ? Styles.Excluded : Styles.Cell;
            m.Open("tr", null, excluded ? "csc-excluded" : row.InNumerator ? "csc-in-numerator" : "csc-in-denominator");
            m.Open("th", Styles.RowHead, null, ("scope", "row")).Element("code", row.Entry.ChildId, null, "csc-child").Close("th");
            m.Element("td", row.Entry.Kind, style);
            if (dateColumns)
            {
                foreach (var name in names)
                {
                    m.Element("td", ExplanationRows.Dates(row.Entry, name), style + ";white-space:nowrap");
                }
            }
            else
            {
                m.Element("td", ExplanationRows.AllDates(row.Entry), style);
            }

            m.Element("td", row.InNumerator ? "yes" : "no", style);
            if (hasDenominator)
            {
                m.Element("td", row.InDenominator ? "yes" : "no", style);
            }

            if (hasExcluded)
            {
                m.Element("td", row.ExcludedBy ?? "", style, "csc-rule");
            }

            m.Close("tr").Line();
        }

        if (shown < rows.Count)
        {
            m.Open("tr", null, "csc-more").Element("td", ExplanationRows.More(rows.Count - shown, shown),
                Styles.Cell + ";" + Styles.Note, null, ("colspan", span.ToString(System.Globalization.CultureInfo.InvariantCulture))).Close("tr").Line();
        }

        m.Close("tbody").Line().Close("table");
        return m.ToString();
    }

    /// <summary>A time series as a table: one row per period with the value, numerator / denominator and notes.</summary>
    /// <param name="series">The series to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    public static string TimeSeries(TimeSeries series, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var disclosure = options?.Disclosure;
        var m = new Markup();
        m.Open("table", Styles.Table, "csc-table csc-timeseries", ("data-indicator", series.Indicator.Id)).Line();
        m.Open("caption", Styles.Caption).Text(series.Indicator.Title + " ").Element("code", series.Indicator.Id, Styles.Code).Close("caption").Line();
        m.Open("thead").Open("tr");
        m.Element("th", series.Indicator.Kind == MeasureKind.Snapshot ? "At end of" : "Period", Styles.Head, null, ("scope", "col"));
        m.Element("th", "Value (" + Figures.Unit(series.Indicator.Unit) + ")", Styles.HeadNumber, null, ("scope", "col"));
        m.Element("th", "Numerator / denominator", Styles.HeadNumber, null, ("scope", "col"));
        m.Element("th", "Notes", Styles.Head, null, ("scope", "col"));
        m.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var r in series)
        {
            m.Open("tr");
            m.Element("th", PeriodLabels.Short(r.Period, series.Indicator.Kind), Styles.RowHead + ";white-space:nowrap", null, ("scope", "row"), ("title", r.Period.ToString()));
            m.Element("td", Figures.Value(r, disclosure), Styles.Value, "csc-value");
            m.Element("td", Figures.Fraction(r, disclosure), Styles.Number, "csc-fraction");
            m.Open("td", Styles.Cell, "csc-notes");
            NotesMarkup(m, r, disclosure);
            m.Close("td").Close("tr").Line();
        }

        m.Close("tbody").Line().Close("table");
        return m.ToString();
    }

    /// <summary>
    /// The catalogue as a table: title, id and area; unit and precision; polarity; numerator and denominator in words;
    /// source and other identifiers; and the decisions taken where the published definition is ambiguous.
    /// </summary>
    /// <param name="indicators">The indicators to list; the whole <see cref="Indicators.Catalogue"/>, grouped by family
    /// (<see cref="Indicators.Catalogue.ByFamily"/>), when <c>null</c>.</param>
    public static string Catalogue(IEnumerable<IndicatorDefinition>? indicators = null)
    {
        var list = (indicators ?? global::ChildrensSocialCare.Indicators.Catalogue.ByFamily).ToList();
        var m = new Markup();
        m.Open("table", Styles.Table, "csc-table csc-catalogue").Line();
        m.Element("caption", "Indicator definitions", Styles.Caption).Line();
        m.Open("thead").Open("tr");
        foreach (var heading in new[] { "Indicator", "Unit", "Judged", "Definition", "Source", "Decisions" })
        {
            m.Element("th", heading, Styles.Head, null, ("scope", "col"));
        }

        m.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var d in list)
        {
            m.Open("tr", null, null, ("data-indicator", d.Id));
            m.Open("th", Styles.RowHead + ";min-width:12em", null, ("scope", "row")).Text(d.Title).Empty("br").Element("code", d.Id, Styles.Code)
                .Empty("br").Element("span", Figures.Family(d.Family), Styles.Note).Close("th");
            m.Open("td", Styles.Cell + ";white-space:nowrap").Text(Figures.Unit(d.Unit)).Empty("br")
                .Element("span", d.Decimals == 1 ? "1 decimal place" : d.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture) + " decimal places", Styles.Note).Close("td");
            m.Element("td", Figures.Polarity(d.Polarity), Styles.Cell);
            m.Open("td", Styles.Cell + ";min-width:16em").Element("strong", "Numerator: ").Text(d.Numerator).Empty("br")
                .Element("strong", "Denominator: ").Text(d.Denominator).Close("td");
            m.Open("td", Styles.Cell).Text(d.Source);
            if (d.LegacyIds.Count > 0)
            {
                m.Empty("br").Element("span", "Also known as " + string.Join(", ", d.LegacyIds), Styles.Note);
            }

            m.Close("td").Open("td", Styles.Cell + ";min-width:16em");
            m.List(d.Decisions, Styles.List);
            m.Close("td").Close("tr").Line();
        }

        m.Close("tbody").Line().Close("table");
        return m.ToString();
    }

    private static void Row(Markup m, string heading, Action content)
    {
        m.Open("tr").Element("th", heading, Styles.RowHead + ";font-weight:700", null, ("scope", "row")).Open("td", Styles.Cell);
        content();
        m.Close("td").Close("tr").Line();
    }

    private static void ComparisonCellMarkup(Markup m, ComparisonCell? cell, string style = Styles.Number)
    {
        if (cell is not { } c)
        {
            m.Element("td", "", style, "csc-comparison");
            return;
        }

        m.Open("td", style, "csc-comparison", ("title", c.Source)).Text(c.Value);
        if (c.Difference.Length > 0)
        {
            m.Text(" ").Element("span", "(" + c.Difference + ")", Styles.Note, "csc-difference");
        }

        // Better or worse is coloured only when the interval says the difference is real; under the earlier rule a
        // difference inside the interval is still written, uncoloured.
        if (Styles.Judgement(c.Judgement) is { } badge)
        {
            m.Text(" ").Element("span", Figures.Judgement(c.Judgement), c.Significant ? badge : Styles.Same,
                "csc-judgement csc-" + Figures.Judgement(c.Judgement) + (c.Significant ? " csc-significant" : ""));
        }

        if (c.Rank.Length > 0)
        {
            m.Empty("br").Element("span", c.Rank, Styles.Note, "csc-rank");
        }

        // Every figure names its source and year, on the page as well as in its title.
        if (c.Source is { } source)
        {
            m.Empty("br").Element("span", c.Year.Length > 0 ? c.Year + ": " + source : source, Styles.Note + ";display:inline-block;max-width:22em;text-align:left", "csc-source");
        }

        m.Close("td");
    }

    private static void NotesMarkup(Markup m, IndicatorResult r, DisclosureControl? disclosure)
    {
        var note = Figures.Note(r);
        if (note.Length > 0)
        {
            m.Element("span", note, Styles.Note, r.IsAvailable ? "csc-note" : "csc-reason");
        }

        if (r.Details.Count > 0)
        {
            m.List(r.Details.Select(d => Figures.Detail(d, r.Indicator.Decimals, disclosure)), Styles.List);
        }
    }
}
