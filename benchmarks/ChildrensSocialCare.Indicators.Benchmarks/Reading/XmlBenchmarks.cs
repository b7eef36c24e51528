using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Benchmarks.Reading;

/// <summary>
/// Reading an SSDA903 XML return (<c>EXPSSDA903</c>): the last collection year of a synthetic authority, written once
/// by the Formats writer in the setup. The baseline is a bare <see cref="System.Xml.XmlReader"/> pass over every node
/// of the file, the floor of any XML reader built on it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReadingConfig))]
public class Ssda903XmlBenchmarks : XmlReadingBenchmarks
{
    /// <inheritdoc />
    protected override string FileName => "ssda903.xml";

    /// <summary>The Formats reader: <see cref="Ssda903Xml.Read(string, ReadOptions?)"/>.</summary>
    [Benchmark(Description = "Ssda903Xml.Read")]
    public int Formats() => Ssda903Xml.Read(Path, Options).Accepted;

    /// <inheritdoc />
    protected override void Write(RecordSet records, string path) => Ssda903Xml.Write(records, path);
}

/// <summary>
/// Reading a CIN census XML return (<c>Message</c>): the last collection year of a synthetic authority, written once
/// by the Formats writer in the setup. The baseline is a bare <see cref="System.Xml.XmlReader"/> pass.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReadingConfig))]
public class CinCensusXmlBenchmarks : XmlReadingBenchmarks
{
    /// <inheritdoc />
    protected override string FileName => "cin-census.xml";

    /// <summary>The Formats reader: <see cref="CinCensusXml.Read(string, ReadOptions?)"/>.</summary>
    [Benchmark(Description = "CinCensusXml.Read")]
    public int Formats() => CinCensusXml.Read(Path, Options).Accepted;

    /// <inheritdoc />
    protected override void Write(RecordSet records, string path) => CinCensusXml.Write(records, path);
}

/// <summary>What the XML reading benchmarks share: the input, written in the setup, and the baseline.</summary>
public abstract class XmlReadingBenchmarks
{
    private string _folder = "";

    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes of this run, up to 100,000 children. Reading time is linear in the file (the MB/s column), so
    /// 100,000 children show the throughput; the CIN census of a million children is a file of about 280 MB.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.UpTo(100_000);

    /// <summary>The input file.</summary>
    protected string Path { get; private set; } = "";

    /// <summary>Read options naming the collection year written.</summary>
    protected ReadOptions Options { get; private set; } = ReadOptions.Default;

    /// <summary>The input's file name.</summary>
    protected abstract string FileName { get; }

    /// <summary>Generates the authority and writes its last return.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var authority = SyntheticAuthority.Generate(Workload.Options(Children));
        var year = authority.Options.LastCollectionYear;
        _folder = InputFiles.Folder(InputFiles.BenchmarkType(this), Children);
        Path = System.IO.Path.Combine(_folder, FileName);
        Write(authority.Return(year), Path);
        Options = new ReadOptions { CollectionYear = year };
        InputFiles.RecordSize(InputFiles.BenchmarkType(this), Children, new FileInfo(Path).Length);
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => InputFiles.Delete(_folder);

    /// <summary>The floor: every node of the file read by <see cref="System.Xml.XmlReader"/>, nothing kept.</summary>
    [Benchmark(Baseline = true, Description = "XmlReader, nodes only")]
    public int XmlReaderScan() => RawFile.CountXmlNodes(Path);

    /// <summary>Writes the return to <paramref name="path"/>.</summary>
    protected abstract void Write(RecordSet records, string path);
}
