using System.Text;
using ChildrensSocialCare.Indicators.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// Where a command prints: a writer, as plain text (standard output redirected, as in CI and the tests), or a terminal,
// where the same tables are drawn by Spectre.Console. A table is the Reporting package's TextTableModel either way:
// plain, TextTable.Write writes it; on a terminal its lines are written as they are and its columns drawn with their
// headers, alignment and cells, so that what a terminal shows is what a log gets.
internal sealed class Output(TextWriter writer, IAnsiConsole? terminal)
{
    public TextWriter Writer => writer;

    public void Table(TextTableModel table)
    {
        if (terminal is null)
        {
            writer.Write(TextTable.Write(table));
            return;
        }

        foreach (var line in table.Heading)
        {
            terminal.WriteLine(line);
        }

        terminal.Write(Drawn(table));
        foreach (var line in table.Notes)
        {
            terminal.WriteLine(line);
        }
    }

    // A table of the command's own (the catalogue, the differences verify found): the first row is the header. Plain,
    // its columns are two spaces apart, padded, with no trailing spaces and no rule.
    public void Table(IReadOnlyList<string[]> rows)
    {
        if (terminal is null)
        {
            writer.Write(Align(rows));
            return;
        }

        terminal.Write(Drawn(new TextTableModel(
            rows[0].Select(h => new TextTableColumn(h)),
            rows.Skip(1).Select(r => r.Select(c => new TextTableCell(c))))));
    }

    public void Line(string line)
    {
        if (terminal is null)
        {
            writer.WriteLine(line);
        }
        else
        {
            terminal.WriteLine(line);
        }
    }

    internal static string Align(IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var b = new StringBuilder();
        foreach (var row in rows)
        {
            b.AppendLine(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }

        return b.ToString();
    }

    private static Table Drawn(TextTableModel model)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (var (c, i) in model.Columns.Select((c, i) => (c, i)))
        {
            var column = new TableColumn(new Text(c.Header, new Style(decoration: Decoration.Bold)));
            column = c.Alignment == TextAlignment.Right ? column.RightAligned() : column;

            // The first column names the row (an indicator id, a child, a period): never broken, so that it can be
            // copied; on a narrow terminal the other columns wrap instead.
            table.AddColumn(i == 0 ? column.NoWrap() : column);
        }

        foreach (var row in model.Rows)
        {
            table.AddRow(row.Select(Cell));
        }

        return table;
    }

    // A cell is text, never markup: a child id or a file's content shows as it is. A comparison is coloured by its
    // judgement (better green, worse red), which its words already say.
    private static IRenderable Cell(TextTableCell cell) => cell.Judgement switch
    {
        Judgement.Better => new Text(cell.Text, new Style(Color.Green)),
        Judgement.Worse => new Text(cell.Text, new Style(Color.Red)),
        _ => new Text(cell.Text),
    };
}
