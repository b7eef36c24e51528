namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>A column of a <see cref="TextTableModel"/>: its header and how its cells line up.</summary>
public sealed class TextTableColumn
{
    /// <summary>A column with the given header.</summary>
    /// <param name="header">The column's header, one line (control characters are replaced, as in a cell).</param>
    /// <param name="alignment">How the header and cells line up; <see cref="TextAlignment.Left"/> unless given.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alignment"/> is not a member of <see cref="TextAlignment"/>.</exception>
    public TextTableColumn(string header, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (alignment is not (TextAlignment.Left or TextAlignment.Right))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "A column is aligned Left or Right.");
        }

        Header = TextTableCell.OneLine(header);
        Alignment = alignment;
    }

    /// <summary>The column's header: one line with no control characters.</summary>
    public string Header { get; }

    /// <summary>How the header and cells line up: numbers are aligned right, words left.</summary>
    public TextAlignment Alignment { get; }
}
