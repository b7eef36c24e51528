using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Benchmarks.Reading;

/// <summary>
/// Reading an SSDA903 XML return (<c>EXPSSDA903</c>): the last collection year of a synthetic authority, written once
/// by the Formats writer in the setup. The baseline is a bare <see cref="System.Xml.XmlReader"/> pass over every node
/// of the file, the floor of any XML reader built on it.
/// </summary>
public class Ssda903XmlBenchmarks : XmlReadingBenchmarks
{
    /// <inheritdoc />
    protected override string FileName => "ssda903.xml";

    /// <summary>The Formats reader: <see cref="Ssda903Xml.Read(string, ReadOptions?)"/>.</summary>
    [Benchmark(Description = "Ssda903Xml.Read")]
    public int Formats() => Ssda903Xml.Read(Path, Options).Accepted;

    /// <inheritdoc />
    protected override void WriteFile(RecordSet records, string path) => Ssda903Xml.Write(records, path);
}

/// <summary>
/// Reading a CIN census XML return (<c>Message</c>): the last collection year of a synthetic authority, written once
/// by the Formats writer in the setup. The baseline is a bare <see cref="System.Xml.XmlReader"/> pass.
/// </summary>
public class CinCensusXmlBenchmarks : XmlReadingBenchmarks
{
    /// <inheritdoc />
    protected override string FileName => "cin-census.xml";

    /// <summary>The Formats reader: <see cref="CinCensusXml.Read(string, ReadOptions?)"/>.</summary>
    [Benchmark(Description = "CinCensusXml.Read")]
    public int Formats() => CinCensusXml.Read(Path, Options).Accepted;

    /// <inheritdoc />
    protected override void WriteFile(RecordSet records, string path) => CinCensusXml.Write(records, path);
}

/// <summary>What the XML reading benchmarks share: the file name, the sizes and the baseline.</summary>
public abstract class XmlReadingBenchmarks : ReadingBenchmarks
{
    /// <summary>The sizes of this run, up to 100,000 children. Reading time is linear in the file (the MB/s column), so
    /// 100,000 children show the throughput; the CIN census of a million children is a file of about 280 MB.</summary>
    public override IEnumerable<int> Sizes => BenchmarkSizes.UpTo(100_000);

    /// <summary>The input's file name.</summary>
    protected abstract string FileName { get; }

    /// <summary>The floor: every node of the file read by <see cref="System.Xml.XmlReader"/>, nothing kept.</summary>
    [Benchmark(Baseline = true, Description = "XmlReader, nodes only")]
    public int XmlReaderScan() => RawFile.CountXmlNodes(Path);

    /// <inheritdoc />
    protected override string Write(RecordSet records, string folder)
    {
        var path = System.IO.Path.Combine(folder, FileName);
        WriteFile(records, path);
        return path;
    }

    /// <summary>Writes the return to <paramref name="path"/>.</summary>
    protected abstract void WriteFile(RecordSet records, string path);
}
