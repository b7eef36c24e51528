namespace ChildrensSocialCare.Indicators.Formats;

// Rows (or elements) of one table in one file: read, accepted, rejected.
internal sealed class Tally(string source, string table)
{
    public string Source { get; } = source;

    public string Table { get; } = table;

    public int Read { get; set; }

    public int Accepted { get; set; }

    public int Rejected { get; set; }

    public TableCount ToCount() => new(Source, Table, Read, Accepted, Rejected);
}
