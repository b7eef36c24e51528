using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Benchmarks.Reading;

/// <summary>
/// What the reading benchmarks share: the last collection year of a synthetic authority, written once by the Formats
/// writer in the setup into a folder of its own, the file read, its size (for the MB/s column) and the read options.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReadingConfig))]
public abstract class ReadingBenchmarks
{
    private string _folder = "";

    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes of this run.</summary>
    public virtual IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>The file read.</summary>
    protected string Path { get; private set; } = "";

    /// <summary>Read options naming the collection year written.</summary>
    protected ReadOptions Options { get; private set; } = ReadOptions.Default;

    /// <summary>Generates the authority and writes its last return.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var authority = SyntheticAuthority.Generate(Workload.Options(Children));
        var year = authority.Options.LastCollectionYear;
        _folder = InputFiles.Folder(InputFiles.BenchmarkType(this), Children);
        Path = Write(authority.Return(year), _folder);
        Options = new ReadOptions { CollectionYear = year };
        InputFiles.RecordSize(InputFiles.BenchmarkType(this), Children, new FileInfo(Path).Length);
        Prepared();
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        Closing();
        InputFiles.Delete(_folder);
    }

    /// <summary>Writes the return into <paramref name="folder"/> and gives the path of the file read.</summary>
    protected abstract string Write(RecordSet records, string folder);

    /// <summary>Whatever else a benchmark class prepares once the file is written.</summary>
    protected virtual void Prepared()
    {
    }

    /// <summary>Whatever else a benchmark class releases.</summary>
    protected virtual void Closing()
    {
    }
}
