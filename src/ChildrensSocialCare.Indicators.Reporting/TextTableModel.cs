namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// A text table before it is drawn: the lines above it, its columns (a header and an alignment each), its rows of
/// cells and the lines below it. <see cref="TextTable.Write(TextTableModel)"/> writes it as plain text; a terminal can
/// draw the same cells with its own borders and colours (the scorecard sample draws it with Spectre.Console).
/// </summary>
/// <remarks>
/// <para><see cref="Scorecard"/>, <see cref="TimeSeries"/> and <see cref="Explanation"/> build the tables that
/// <see cref="TextTable"/> writes; <c>TextTable.Scorecard(s)</c> is <c>TextTable.Write(TextTableModel.Scorecard(s))</c>.</para>
/// <para>Every header, cell and line is one line with no control characters (see <see cref="TextTableCell"/>), so a
/// table drawn from data cannot break its layout. Text is never markup. A model does not change once built.</para>
/// </remarks>
public sealed partial class TextTableModel
{
    private readonly IReadOnlyList<string> _heading = [];
    private readonly IReadOnlyList<string> _notes = [];

    /// <summary>A table of the given columns and rows, with no lines above or below it.</summary>
    /// <param name="columns">The columns, left to right: at least one.</param>
    /// <param name="rows">The rows, top to bottom, each with one cell per column; none for an empty table.</param>
    /// <exception cref="ArgumentException">There are no columns, or a row does not have one cell per column.</exception>
    public TextTableModel(IEnumerable<TextTableColumn> columns, IEnumerable<IEnumerable<TextTableCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = [.. columns.Select(c => c ?? throw new ArgumentException("A column is null.", nameof(columns)))];
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table has at least one column.", nameof(columns));
        }

        var list = new List<IReadOnlyList<TextTableCell>>();
        foreach (var row in rows)
        {
            TextTableCell[] cells = [.. (row ?? throw new ArgumentException("A row is null.", nameof(rows)))
                .Select(c => c ?? throw new ArgumentException("A cell is null.", nameof(rows)))];
            if (cells.Length != Columns.Count)
            {
                throw new ArgumentException($"Row {list.Count + 1} has {cells.Length} cells; the table has {Columns.Count} columns.", nameof(rows));
            }

            list.Add(cells);
        }

        Rows = list;
    }

    /// <summary>The lines above the table, in order; an empty string is a blank line. None unless set.</summary>
    /// <remarks>Set, control characters in each line are replaced as in a <see cref="TextTableCell"/>.</remarks>
    public IReadOnlyList<string> Heading
    {
        get => _heading;
        init => _heading = Lines(value);
    }

    /// <summary>The columns, left to right.</summary>
    public IReadOnlyList<TextTableColumn> Columns { get; }

    /// <summary>The rows, top to bottom; each has one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<TextTableCell>> Rows { get; }

    /// <summary>The lines below the table, in order; an empty string is a blank line. None unless set.</summary>
    /// <remarks>Set, control characters in each line are replaced as in a <see cref="TextTableCell"/>.</remarks>
    public IReadOnlyList<string> Notes
    {
        get => _notes;
        init => _notes = Lines(value);
    }

    private static string[] Lines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [.. lines.Select(l => TextTableCell.OneLine(l ?? throw new ArgumentException("A line is null.", nameof(lines))))];
    }
}
