namespace ChildrensSocialCare.Indicators.Reporting;

// The tables TextTable writes, built as models: a scorecard, a time series and an explanation. They show the same
// figures as HtmlTables (the same rounding, disclosure control and differences).
public sealed partial class TextTableModel
{
    /// <summary>
    /// A scorecard: a heading line, then, under a row naming each family (when there is more than one), one row per
    /// indicator with its id, value, unit, numerator / denominator
    /// (value and fraction aligned right) and one column per comparator (<c>23.4 (+1.6) worse</c>, with its
    /// <see cref="TextTableCell.Judgement"/>); below, the reasons of the indicators that are not available and, under
    /// disclosure control, the key to its symbols.
    /// </summary>
    /// <param name="scorecard">The results to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    /// <param name="previous">An optional scorecard of an earlier period, shown as the first comparator column.</param>
    /// <returns>The table that <see cref="TextTable.Scorecard"/> writes.</returns>
    public static TextTableModel Scorecard(Scorecard scorecard, PresentationOptions? options = null, Scorecard? previous = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var disclosure = options?.Disclosure;
        var comparators = Comparisons.Columns(scorecard, previous);
        List<TextTableColumn> columns =
        [
            new("Indicator"), new("Value", TextAlignment.Right), new("Unit"), new("Numerator / denominator", TextAlignment.Right),
            .. comparators.Select(c => new TextTableColumn(c.IsPrevious ? "Previous " + c.Year : c.Heading)),
        ];
        // Grouped by family as the HTML scorecard is: a row naming each area of work before its indicators, when
        // there is more than one.
        var families = scorecard.Select(r => r.Indicator.Family).Distinct().ToList();
        var rows = new List<IEnumerable<TextTableCell>>();
        IndicatorFamily? family = null;
        foreach (var r in scorecard.OrderBy(r => families.IndexOf(r.Indicator.Family)))
        {
            if (families.Count > 1 && family != r.Indicator.Family)
            {
                family = r.Indicator.Family;
                rows.Add(Cells([Figures.Family(r.Indicator.Family), .. Enumerable.Repeat("", columns.Count - 1)]));
            }

            rows.Add(Cells(r.Id, Figures.Value(r, disclosure), Figures.Unit(r), Figures.Fraction(r, disclosure))
                .Concat(comparators.Select(c => Cell(Comparisons.Cell(r, c, previous, disclosure)))));
        }

        var notes = new List<string>();
        var unavailable = scorecard.Where(r => !r.IsAvailable).ToList();
        if (unavailable.Count > 0)
        {
            notes.Add("");
            notes.Add("Not available:");
            notes.AddRange(unavailable.Select(r => "  " + r.Id + ": " + r.NotAvailableReason));
        }

        if (disclosure is not null)
        {
            notes.Add("");
            notes.Add(TextTable.SymbolsKey);
        }

        return new TextTableModel(columns, rows)
        {
            Heading = ["Scorecard: " + PeriodLabels.Long(scorecard.Period), ""],
            Notes = notes,
        };
    }

    /// <summary>
    /// A time series: a heading line with the indicator, then one row per period with the value, numerator /
    /// denominator (both aligned right) and notes.
    /// </summary>
    /// <param name="series">The series to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    /// <returns>The table that <see cref="TextTable.TimeSeries"/> writes.</returns>
    public static TextTableModel TimeSeries(TimeSeries series, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var disclosure = options?.Disclosure;
        var indicator = series.Indicator;
        TextTableColumn[] columns =
        [
            new(indicator.Kind == MeasureKind.Snapshot ? "At end of" : "Period"), new("Value (" + Figures.Unit(indicator.Unit) + ")", TextAlignment.Right),
            new("Numerator / denominator", TextAlignment.Right), new("Notes"),
        ];
        var rows = series.Select(r => Cells(PeriodLabels.Short(r.Period, indicator.Kind), Figures.Value(r, disclosure), Figures.Fraction(r, disclosure), Figures.Note(r)));
        return new TextTableModel(columns, rows) { Heading = [indicator.Title + " (" + indicator.Id + ")", ""] };
    }

    /// <summary>
    /// An explanation: two heading lines (the indicator and period; the counts), then one row per record with the
    /// child, kind, key dates, whether it is in the numerator and the denominator (when the denominator is records),
    /// and the rule that excluded it; below, how many rows were left out.
    /// </summary>
    /// <param name="explanation">The explanation, from <see cref="IndicatorResult.Explain"/>.</param>
    /// <param name="options">The most rows to show (<see cref="PresentationOptions.MaxRows"/>).</param>
    /// <returns>The table that <see cref="TextTable.Explanation"/> writes.</returns>
    public static TextTableModel Explanation(Explanation explanation, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var all = ExplanationRows.Of(explanation);
        var shown = Math.Min(all.Count, options?.MaxRows ?? int.MaxValue);
        var hasDenominator = explanation.Denominator.Count > 0;
        List<TextTableColumn> columns = [new("Child"), new("Kind"), new("Key dates"), new("Numerator")];
        if (hasDenominator)
        {
            columns.Add(new("Denominator"));
        }

        columns.Add(new("Excluded by rule"));
        var rows = all.Take(shown).Select(r => Cells(
        [
            r.Entry.ChildId, r.Entry.Kind, ExplanationRows.AllDates(r.Entry), r.InNumerator ? "yes" : "no",
            .. hasDenominator ? [r.InDenominator ? "yes" : "no"] : Array.Empty<string>(),
            r.ExcludedBy ?? "",
        ]));
        return new TextTableModel(columns, rows)
        {
            Heading =
            [
                explanation.Indicator.Title + " (" + explanation.Indicator.Id + "), " + PeriodLabels.Long(explanation.Period),
                ExplanationRows.Counts(explanation),
                "",
            ],
            Notes = shown < all.Count ? [ExplanationRows.More(all.Count - shown, shown)] : [],
        };
    }

    private static IEnumerable<TextTableCell> Cells(params string[] texts) => texts.Select(t => new TextTableCell(t));

    // A comparator's figure, the difference and the judgement in words; the judgement also as the cell's.
    private static TextTableCell Cell(ComparisonCell? cell)
    {
        if (cell is not { } c)
        {
            return TextTableCell.Empty;
        }

        var text = c.Difference.Length > 0 ? c.Value + " (" + c.Difference + ")" : c.Value;
        var judgement = Figures.Judgement(c.Judgement);
        return new TextTableCell(judgement.Length > 0 ? text + " " + judgement : text, c.Judgement);
    }
}
