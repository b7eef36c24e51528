using System.Globalization;
using System.Text;

namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// Plain-text tables with aligned columns, for console output and logs: a scorecard, a time series and an
/// explanation. They show the same figures as <see cref="HtmlTables"/> (the same rounding, disclosure control and
/// differences).
/// </summary>
/// <remarks>Lines end with <c>\n</c>; columns are separated by two spaces and padded with spaces (numbers aligned right),
/// so the table lines up in any fixed-width font. Text from data is written as it is.</remarks>
public static class TextTable
{
    /// <summary>
    /// A scorecard: a heading line, then one row per indicator with its id, value, numerator / denominator and one
    /// column per comparator (<c>23.4 (+1.6) worse</c>); then the reasons of the indicators that are not available.
    /// </summary>
    /// <param name="scorecard">The results to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    /// <param name="previous">An optional scorecard of an earlier period, shown as the first comparator column.</param>
    public static string Scorecard(Scorecard scorecard, PresentationOptions? options = null, Scorecard? previous = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var disclosure = options?.Disclosure;
        var columns = Comparisons.Columns(scorecard, previous);
        var headers = new List<string> { "Indicator", "Value", "Unit", "Numerator / denominator" };
        headers.AddRange(columns.Select(c => c.IsPrevious ? "Previous " + c.Year : c.Heading));
        var right = new List<bool> { false, true, false, true };
        right.AddRange(columns.Select(_ => false));

        var rows = new List<string[]>();
        foreach (var r in scorecard)
        {
            var row = new List<string> { r.Id, Figures.Value(r, disclosure), Figures.Unit(r), Figures.Fraction(r, disclosure) };
            row.AddRange(columns.Select(c => Cell(Comparisons.Cell(r, c, previous, disclosure))));
            rows.Add([.. row]);
        }

        var b = new StringBuilder();
        b.Append("Scorecard: ").Append(PeriodLabels.Long(scorecard.Period)).Append('\n').Append('\n');
        Grid(b, headers, right, rows);
        var notes = scorecard.Where(r => !r.IsAvailable).ToList();
        if (notes.Count > 0)
        {
            b.Append('\n').Append("Not available:").Append('\n');
            foreach (var r in notes)
            {
                b.Append("  ").Append(r.Id).Append(": ").Append(r.NotAvailableReason).Append('\n');
            }
        }

        if (disclosure is not null)
        {
            b.Append('\n').Append(SymbolsKey).Append('\n');
        }

        return b.ToString();
    }

    /// <summary>A time series: one row per period with the value, numerator / denominator and notes.</summary>
    /// <param name="series">The series to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    public static string TimeSeries(TimeSeries series, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var disclosure = options?.Disclosure;
        var rows = series.Select(r => new[]
        {
            PeriodLabels.Short(r.Period, series.Indicator.Kind), Figures.Value(r, disclosure), Figures.Fraction(r, disclosure), Figures.Note(r),
        }).ToList();
        var b = new StringBuilder();
        b.Append(series.Indicator.Title).Append(" (").Append(series.Indicator.Id).Append(')').Append('\n').Append('\n');
        Grid(b, [series.Indicator.Kind == MeasureKind.Snapshot ? "At end of" : "Period", "Value (" + Figures.Unit(series.Indicator.Unit) + ")", "Numerator / denominator", "Notes"],
            [false, true, true, false], rows);
        return b.ToString();
    }

    /// <summary>
    /// An explanation: one row per record with the child, kind, key dates, whether it is in the numerator and the
    /// denominator, and the rule that excluded it.
    /// </summary>
    /// <param name="explanation">The explanation, from <see cref="IndicatorResult.Explain"/>.</param>
    /// <param name="options">The most rows to show (<see cref="PresentationOptions.MaxRows"/>).</param>
    public static string Explanation(Explanation explanation, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var all = ExplanationRows.Of(explanation);
        var shown = Math.Min(all.Count, options?.MaxRows ?? int.MaxValue);
        var hasDenominator = explanation.Denominator.Count > 0;
        var headers = new List<string> { "Child", "Kind", "Key dates", "Numerator" };
        if (hasDenominator)
        {
            headers.Add("Denominator");
        }

        headers.Add("Excluded by rule");
        var rows = all.Take(shown).Select(r =>
        {
            var row = new List<string> { r.Entry.ChildId, r.Entry.Kind, ExplanationRows.AllDates(r.Entry), r.InNumerator ? "yes" : "no" };
            if (hasDenominator)
            {
                row.Add(r.InDenominator ? "yes" : "no");
            }

            row.Add(r.ExcludedBy ?? "");
            return row.ToArray();
        }).ToList();

        var b = new StringBuilder();
        b.Append(explanation.Indicator.Title).Append(" (").Append(explanation.Indicator.Id).Append("), ").Append(PeriodLabels.Long(explanation.Period)).Append('\n');
        b.Append(ExplanationRows.Counts(explanation)).Append('\n').Append('\n');
        Grid(b, headers, headers.Select(_ => false).ToList(), rows);
        if (shown < all.Count)
        {
            b.Append(ExplanationRows.More(all.Count - shown, shown)).Append('\n');
        }

        return b.ToString();
    }

    internal const string SymbolsKey = "c = suppressed (a count of 1 to 5, or built on one); z = not applicable; k = rounds to 0; x = not available.";

    private static string Cell(ComparisonCell? cell)
    {
        if (cell is not { } c)
        {
            return "";
        }

        var text = c.Value;
        if (c.Difference.Length > 0)
        {
            text += " (" + c.Difference + ")";
        }

        var judgement = Figures.Judgement(c.Judgement);
        return judgement.Length > 0 ? text + " " + judgement : text;
    }

    private static void Grid(StringBuilder b, IReadOnlyList<string> headers, IReadOnlyList<bool> right, IReadOnlyList<string[]> cells)
    {
        var rows = cells.Select(r => r.Select(Clean).ToArray()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        Line(b, headers, widths, right);
        Line(b, widths.Select(w => new string('-', w)).ToList(), widths, right);
        foreach (var row in rows)
        {
            Line(b, row, widths, right);
        }
    }

    // One line per row, and no control characters: a child id cannot break the layout or send escape sequences to
    // a terminal.
    private static string Clean(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            b.Append(c is '\r' or '\n' or '\t' ? ' ' : char.IsControl(c) ? '?' : c);
        }

        return b.ToString();
    }

    private static void Line(StringBuilder b, IReadOnlyList<string> cells, int[] widths, IReadOnlyList<bool> right)
    {
        var start = b.Length;
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                b.Append("  ");
            }

            var cell = cells[i];
            b.Append(right[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        }

        // No trailing spaces.
        var end = b.Length;
        while (end > start && b[end - 1] == ' ')
        {
            end--;
        }

        b.Length = end;
        b.Append('\n');
    }
}
