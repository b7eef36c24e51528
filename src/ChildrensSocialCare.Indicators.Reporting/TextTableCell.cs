using System.Text;

namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// A cell of a <see cref="TextTableModel"/>: its text and, for a comparison, its judgement, which the text already
/// says in words (<c>23.4 (+1.6) worse</c>) and a terminal may show in colour too.
/// </summary>
public sealed class TextTableCell
{
    /// <summary>An empty cell: no text, no judgement.</summary>
    public static TextTableCell Empty { get; } = new("");

    /// <summary>A cell with the given text.</summary>
    /// <param name="text">The cell's text as written; never markup. A line feed, carriage return or tab becomes a space
    /// and any other control character <c>?</c>, so that data (a child id) cannot break the table's layout or send
    /// escape sequences to a terminal.</param>
    /// <param name="judgement">The judgement of a comparison; <see cref="Judgement.NotJudged"/> for every other cell.</param>
    public TextTableCell(string text, Judgement judgement = Judgement.NotJudged)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = OneLine(text);
        Judgement = judgement;
    }

    /// <summary>The cell's text: one line with no control characters.</summary>
    public string Text { get; }

    /// <summary>The judgement of a comparison against a comparator; <see cref="Judgement.NotJudged"/> for every other cell.</summary>
    public Judgement Judgement { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;

    // One line, and no control characters: a line break or tab is a space, any other control character '?'.
    internal static string OneLine(string text)
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
}
