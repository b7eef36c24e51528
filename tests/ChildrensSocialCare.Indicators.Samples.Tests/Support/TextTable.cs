namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// An aligned text table as the command prints it: a header line, a line of dashes (one run per column, two spaces
// between runs), then rows up to the first blank line. Cells are read by the columns' positions. A scorecard's rows come
// under headings naming each family; Rows leaves them out and Families lists them.
internal sealed class TextTable
{
    private TextTable(string header, string rule, IReadOnlyList<string> lines, IReadOnlyList<(int Start, int End)> columns)
    {
        Header = header;
        Rule = rule;
        Lines = lines;
        Columns = columns;
    }

    public string Header { get; }

    public string Rule { get; }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<(int Start, int End)> Columns { get; }

    public IReadOnlyList<string> Names => Columns.Select(c => Cell(Header, c)).ToList();

    // The rows of cells, without the scorecard's family headings.
    public IReadOnlyList<IReadOnlyList<string>> Rows => Cells().Where(r => !IsFamily(r)).ToList();

    // The scorecard's family headings ("Referrals", "Children looked after"), in order: a row with only its first
    // cell, in words (ids are lower case).
    public IReadOnlyList<string> Families => Cells().Where(IsFamily).Select(r => r[0]).ToList();

    private List<IReadOnlyList<string>> Cells() => Lines.Select(l => (IReadOnlyList<string>)Columns.Select(c => Cell(l, c)).ToList()).ToList();

    private static bool IsFamily(IReadOnlyList<string> row) =>
        row.Count > 1 && row.Skip(1).All(c => c.Length == 0) && row[0].Length > 0 && char.IsUpper(row[0][0]);

    public int Column(string name)
    {
        var index = Names.ToList().IndexOf(name);
        Assert.True(index >= 0, $"The table has no column '{name}'; it has {string.Join(", ", Names)}.");
        return index;
    }

    // The first table in a text whose header starts with the given word. A table without a rule (list, verify) has its
    // columns where the header's names start (names are two or more spaces apart).
    public static TextTable Find(string text, string firstHeader)
    {
        var lines = text.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].StartsWith(firstHeader, StringComparison.Ordinal))
            {
                continue;
            }

            var ruled = lines[i + 1].StartsWith('-') && lines[i + 1].Trim('-', ' ').Length == 0;
            if (!ruled)
            {
                var body = lines.Skip(i + 1).TakeWhile(l => l.Trim().Length > 0).ToList();
                var starts = System.Text.RegularExpressions.Regex.Matches(lines[i], @"(?<=^|\s\s)\S").Select(m => m.Index).ToList();
                var width = body.Append(lines[i]).Max(l => l.Length);
                var spans = starts.Select((start, k) => (start, k + 1 < starts.Count ? starts[k + 1] - 2 : width)).ToList();
                var synthetic = new string(Enumerable.Range(0, width).Select(p => spans.Any(c => p >= c.start && p < c.Item2) ? '-' : ' ').ToArray());
                return new TextTable(lines[i], synthetic, body, spans);
            }

            var rule = lines[i + 1].TrimEnd();
            var columns = new List<(int, int)>();
            for (var start = 0; start < rule.Length;)
            {
                var end = rule.IndexOf(' ', start);
                end = end < 0 ? rule.Length : end;
                columns.Add((start, end));
                start = end;
                while (start < rule.Length && rule[start] == ' ')
                {
                    start++;
                }
            }

            var rows = lines.Skip(i + 2).TakeWhile(l => l.Trim().Length > 0).ToList();
            return new TextTable(lines[i], rule, rows, columns);
        }

        throw new Xunit.Sdk.XunitException($"No table with a header starting '{firstHeader}' in:\n{text}");
    }

    // A row is aligned when it is no wider than the rule and has spaces wherever the rule does between columns.
    public IEnumerable<string> Misaligned() => Lines.Prepend(Header).Where(line =>
        line.Length > Rule.Length || Enumerable.Range(0, line.Length).Any(p => Rule[p] == ' ' && line[p] != ' '));

    private static string Cell(string line, (int Start, int End) column) =>
        column.Start >= line.Length ? "" : line[column.Start..Math.Min(column.End, line.Length)].Trim();
}
