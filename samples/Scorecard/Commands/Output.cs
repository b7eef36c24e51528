using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// Where a command prints: a writer, as plain text (standard output redirected, as in CI and the tests), or a terminal,
// where the same text is shown with its tables drawn by Spectre.Console. Only a table's drawing differs: the words,
// figures and order are the plain text's, so that what a terminal shows is what a log gets.
internal sealed class Output(TextWriter writer, IAnsiConsole? terminal)
{
    public TextWriter Writer => writer;

    // Text whose tables are ruled, as the library's TextTable writes them: a header line, a line of dashes (one run
    // per column, the column's width), then the rows up to the first blank line. A column whose cells are padded on
    // the left is aligned right (numbers).
    public void Text(string text)
    {
        if (terminal is null)
        {
            writer.Write(text);
            return;
        }

        var lines = text.Split('\n');
        var end = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < end; i++)
        {
            if (i + 1 < end && IsRule(lines[i + 1]))
            {
                var rows = lines.Skip(i + 2).Take(end - i - 2).TakeWhile(l => l.Trim().Length > 0).ToList();
                terminal.Write(Ruled(lines[i], lines[i + 1], rows));
                i += 1 + rows.Count;
            }
            else
            {
                terminal.WriteLine(lines[i]);
            }
        }
    }

    // A table of the command's own (the catalogue, the differences verify found): the first row is the header. Plain,
    // its columns are two spaces apart, padded, with no trailing spaces.
    public void Table(IReadOnlyList<string[]> rows)
    {
        if (terminal is null)
        {
            writer.Write(Align(rows));
            return;
        }

        var table = NewTable(rows[0].Select(h => (h, false)));
        foreach (var row in rows.Skip(1))
        {
            table.AddRow(row.Select(Cell));
        }

        terminal.Write(table);
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

    private static bool IsRule(string line) => line.StartsWith('-') && line.Trim('-', ' ').Length == 0;

    private static Table Ruled(string header, string rule, IReadOnlyList<string> rows)
    {
        var columns = Regex.Matches(rule, "-+").Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();

        // Only a right-aligned column's cells are padded on the left.
        var table = NewTable(columns.Select(c => (Slice(header, c).Trim(), rows.Prepend(header).Any(r => Slice(r, c).StartsWith(' ')))));
        foreach (var row in rows)
        {
            table.AddRow(columns.Select(c => Cell(Slice(row, c).Trim())));
        }

        return table;
    }

    private static string Slice(string line, (int Start, int End) column) =>
        column.Start >= line.Length ? "" : line[column.Start..Math.Min(column.End, line.Length)];

    private static Table NewTable(IEnumerable<(string Header, bool Right)> columns)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (var (header, right) in columns)
        {
            var column = new TableColumn(new Text(header, new Style(decoration: Decoration.Bold)));
            table.AddColumn(right ? column.RightAligned() : column);
        }

        return table;
    }

    // A cell is text, never markup: a child id or a file's content shows as it is. A comparison is coloured by its
    // judgement (better green, worse red), which the words already say.
    private static IRenderable Cell(string text) =>
        text.EndsWith(" better", StringComparison.Ordinal) ? new Text(text, new Style(Color.Green))
        : text.EndsWith(" worse", StringComparison.Ordinal) ? new Text(text, new Style(Color.Red))
        : new Text(text);
}
