using System.Text;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// The CSV writer and reader without the file system, so property tests can run many cases quickly.
internal static class InMemory
{
    public static List<(string Name, byte[] Content)> CsvTables(RecordSet records)
    {
        var prefix = records.CollectionYear is { } y ? $"SSDA903_{y}_" : "";
        var tables = new List<(string, byte[])>();
        foreach (var table in Ssda903TableSpec.Written)
        {
            if (Ssda903CsvWriter.Count(records, table) == 0 && table != Ssda903TableSpec.Header && table != Ssda903TableSpec.Episodes)
            {
                continue;
            }

            var text = new StringWriter();
            Ssda903CsvWriter.WriteTable(records, table, text);
            tables.Add((prefix + table.Name + ".csv", Encoding.UTF8.GetBytes(text.ToString())));
        }

        return tables;
    }

    public static ReadResult ReadCsv(IEnumerable<(string Name, byte[] Content)> files, ReadOptions? options = null) =>
        new Ssda903CsvReader(options ?? ReadOptions.Default).Read(
            files.Select(f => new Ssda903CsvReader.Input(f.Name, () => new MemoryStream(f.Content, writable: false))).ToList());
}
