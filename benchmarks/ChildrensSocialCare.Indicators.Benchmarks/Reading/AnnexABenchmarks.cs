using System.IO.Compression;
using System.Xml;
using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Benchmarks.Reading;

/// <summary>
/// Reading an Ofsted Annex A workbook (xlsx, 2024 layout): the synthetic authority's last collection year as the
/// lists of its 31 January (<see cref="AnnexAExtract"/>), written once by <c>AnnexAWorkbook.Write</c> in the setup.
/// The rows scale with the children (the 1,500-child demo's workbook has 833 rows), so 100,000 children give a
/// workbook of the order of a large authority's 50,000 rows. The baseline is a bare
/// <see cref="XmlReader"/> pass over every node of the same parts (the sheets and the shared strings), unzipped as the
/// reader unzips them: the floor of any reader built on <see cref="XmlReader"/>. MB/s is of the xlsx file; the
/// allocated column is the managed memory the read allocates (the reader keeps the shared strings and one row).
/// </summary>
public class AnnexABenchmarks : ReadingBenchmarks
{
    /// <summary>The sizes of this run, up to 100,000 children (about 50,000 Annex A rows).</summary>
    public override IEnumerable<int> Sizes => BenchmarkSizes.UpTo(100_000);

    /// <summary>The floor: every node of the workbook's sheets and shared strings read by <see cref="XmlReader"/>.</summary>
    [Benchmark(Baseline = true, Description = "XmlReader over the sheets, nodes only")]
    public int XmlReaderScan()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true };
        using var zip = ZipFile.OpenRead(Path);
        var nodes = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || entry.FullName == "xl/sharedStrings.xml")
            {
                using var stream = entry.Open();
                using var reader = XmlReader.Create(stream, settings);
                while (reader.Read())
                {
                    nodes++;
                }
            }
        }

        return nodes;
    }

    /// <summary>The Formats reader: <see cref="AnnexAWorkbook.Read(string, AnnexAReadOptions?)"/>, every list typed.</summary>
    [Benchmark(Description = "AnnexAWorkbook.Read")]
    public int Formats() => AnnexAWorkbook.Read(Path).Lists.Count;

    /// <inheritdoc />
    protected override string Write(RecordSet records, string folder)
    {
        ArgumentNullException.ThrowIfNull(records);
        var year = records.CollectionYear ?? throw new InvalidOperationException("The return has no collection year.");
        var lists = AnnexAExtract.From(DataSet.Create(records), new DateOnly(year, 1, 31));
        var path = System.IO.Path.Combine(folder, "annex-a.xlsx");
        AnnexAWorkbook.Write(lists, path);
        return path;
    }
}
