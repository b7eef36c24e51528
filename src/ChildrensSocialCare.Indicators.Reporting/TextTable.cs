using System.Text;

namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// Plain-text tables with aligned columns, for console output and logs: a scorecard, a time series and an
/// explanation, or any <see cref="TextTableModel"/>. They show the same figures as <see cref="HtmlTables"/> (the same
/// rounding, disclosure control and differences).
/// </summary>
/// <remarks>Lines end with <c>\n</c>; columns are separated by two spaces and padded with spaces (numbers aligned right),
/// and a line of dashes, one run per column, is under the headers, so the table lines up in any fixed-width font.
/// Text from data is written as it is, one line per cell (see <see cref="TextTableCell"/>).</remarks>
public static class TextTable
{
    /// <summary>
    /// A scorecard: a heading line, then one row per indicator with its id, value, numerator / denominator and one
    /// column per comparator (<c>23.4 (+1.6) worse</c>); then the reasons of the indicators that are not available.
    /// </summary>
    /// <param name="scorecard">The results to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    /// <param name="previous">An optional scorecard of an earlier period, shown as the first comparator column.</param>
    /// <returns><see cref="TextTableModel.Scorecard"/>, written by <see cref="Write"/>.</returns>
    public static string Scorecard(Scorecard scorecard, PresentationOptions? options = null, Scorecard? previous = null) =>
        Write(TextTableModel.Scorecard(scorecard, options, previous));

    /// <summary>A time series: one row per period with the value, numerator / denominator and notes.</summary>
    /// <param name="series">The series to show.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    /// <returns><see cref="TextTableModel.TimeSeries"/>, written by <see cref="Write"/>.</returns>
    public static string TimeSeries(TimeSeries series, PresentationOptions? options = null) =>
        Write(TextTableModel.TimeSeries(series, options));

    /// <summary>
    /// An explanation: one row per record with the child, kind, key dates, whether it is in the numerator and the
    /// denominator, and the rule that excluded it.
    /// </summary>
    /// <param name="explanation">The explanation, from <see cref="IndicatorResult.Explain"/>.</param>
    /// <param name="options">The most rows to show (<see cref="PresentationOptions.MaxRows"/>).</param>
    /// <returns><see cref="TextTableModel.Explanation"/>, written by <see cref="Write"/>.</returns>
    public static string Explanation(Explanation explanation, PresentationOptions? options = null) =>
        Write(TextTableModel.Explanation(explanation, options));

    /// <summary>
    /// A table as plain text: its heading lines, the header line, a line of dashes as wide as each column, one line
    /// per row, then its notes. Each column is as wide as its widest header or cell; lines have no trailing spaces.
    /// </summary>
    /// <param name="table">The table to write.</param>
    /// <returns>The text, each line ending with <c>\n</c>.</returns>
    public static string Write(TextTableModel table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = table.Columns;
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r[i].Text.Length))).ToArray();
        var b = new StringBuilder();
        foreach (var line in table.Heading)
        {
            b.Append(line).Append('\n');
        }

        Line(b, columns.Select(c => c.Header).ToList(), widths, columns);
        Line(b, widths.Select(w => new string('-', w)).ToList(), widths, columns);
        foreach (var row in table.Rows)
        {
            Line(b, row.Select(c => c.Text).ToList(), widths, columns);
        }

        foreach (var line in table.Notes)
        {
            b.Append(line).Append('\n');
        }

        return b.ToString();
    }

    internal const string SymbolsKey = "c = suppressed (a count of 1 to 5, or built on one); z = not applicable; k = rounds to 0; x = not available.";

    private static void Line(StringBuilder b, IReadOnlyList<string> cells, int[] widths, IReadOnlyList<TextTableColumn> columns)
    {
        var start = b.Length;
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                b.Append("  ");
            }

            var cell = cells[i];
            b.Append(columns[i].Alignment == TextAlignment.Right ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
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
