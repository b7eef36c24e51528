using System.Globalization;
using BenchmarkDotNet.Attributes;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Benchmarks.EndToEnd;

/// <summary>
/// From the files to the scorecard, as a user runs <c>scorecard --ssda903 DIR/ssda903 --cin DIR/cin --year 2015</c>:
/// a synthetic authority's four collection years (2012 to 2015) written once in the setup with the library's writers,
/// as <c>scorecard generate</c> writes them (every SSDA903 table of every year as CSV in one folder, one CIN census XML
/// file a year), then read (the inputs in parallel across the cores, as the command reads them), built into a data set
/// and scored (every indicator of the catalogue, the reporting year 2014-15). Each step is measured alone
/// (<see cref="Read"/>, <see cref="Build"/>, <see cref="Evaluate"/>) and all together (<see cref="Total"/>), with the
/// process's peak working set over the measured runs (<see cref="PeakWorkingSetColumn"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(EndToEndConfig))]
public class EndToEndBenchmarks
{
    private static readonly ReportingPeriod s_period = ReportingPeriod.Year(2015);

    private string _folder = "";
    private string _target = "";
    private EvaluationOptions _options = EvaluationOptions.Default;
    private List<RecordSet> _returns = [];
    private DataSet? _data;

    /// <summary>The number of children (see <see cref="BenchmarkSizes"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Children { get; set; }

    /// <summary>The sizes of this run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Children;

    /// <summary>Writes the files (for <see cref="Read"/>).</summary>
    [GlobalSetup(Target = nameof(Read))]
    public void SetupRead() => Prepare(nameof(Read), read: false, build: false);

    /// <summary>Writes and reads the files (for <see cref="Build"/>).</summary>
    [GlobalSetup(Target = nameof(Build))]
    public void SetupBuild() => Prepare(nameof(Build), read: true, build: false);

    /// <summary>Writes, reads and builds (for <see cref="Evaluate"/>).</summary>
    [GlobalSetup(Target = nameof(Evaluate))]
    public void SetupEvaluate() => Prepare(nameof(Evaluate), read: true, build: true);

    /// <summary>Writes the files (for <see cref="Total"/>).</summary>
    [GlobalSetup(Target = nameof(Total))]
    public void SetupTotal() => Prepare(nameof(Total), read: false, build: false);

    /// <summary>Records the peak working set of the measured runs and deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (PeakWorkingSet.Read() is { } peak)
        {
            PeakWorkingSet.Record(typeof(EndToEndBenchmarks), _target, Children, peak);
        }

        _returns = [];
        _data = null;
        InputFiles.Delete(_folder);
    }

    /// <summary>Reads the files: the returns and the readers' findings.</summary>
    [Benchmark(Description = "read")]
    public List<RecordSet> Read() => ReadFiles(_folder);

    /// <summary>Builds the data set from the returns read.</summary>
    [Benchmark(Description = "build")]
    public DataSet Build() => DataSet.Create(_returns);

    /// <summary>Evaluates the scorecard over the data set.</summary>
    [Benchmark(Description = "evaluate")]
    public Scorecard Evaluate() => _data!.Scorecard(s_period, _options);

    /// <summary>Files to scorecard: read, build, evaluate.</summary>
    [Benchmark(Description = "total: files -> scorecard")]
    public Scorecard Total() => DataSet.Create(ReadFiles(_folder)).Scorecard(s_period, _options);

    // The SSDA903 folder and each CIN census read in parallel, their returns in the order given (as the scorecard
    // command's loader does).
    internal static List<RecordSet> ReadFiles(string folder)
    {
        var inputs = new List<Func<ReadResult>> { () => Ssda903Csv.ReadFolder(Path.Combine(folder, "ssda903")) };
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "cin"), "*.xml").Order(StringComparer.Ordinal))
        {
            inputs.Add(() => CinCensusXml.Read(file));
        }

        var results = new ReadResult[inputs.Count];
        Parallel.For(0, inputs.Count, i => results[i] = inputs[i]());
        return [.. results.SelectMany(r => r.Returns)];
    }

    // Writes the files, then prepares what the target needs, collects the garbage and resets the process's peak
    // working set, so that the peak recorded at the end is that of the measured runs (and what the process holds).
    private void Prepare(string target, bool read, bool build)
    {
        _target = target;
        PeakWorkingSet.Forget(typeof(EndToEndBenchmarks), target, Children);
        var authority = SyntheticAuthority.Generate(Workload.Options(Children));
        _folder = InputFiles.Folder(typeof(EndToEndBenchmarks), Children);
        foreach (var year in authority.Returns)
        {
            Ssda903Csv.WriteFolder(year, Path.Combine(_folder, "ssda903"));
            Directory.CreateDirectory(Path.Combine(_folder, "cin"));
            CinCensusXml.Write(year, Path.Combine(_folder, "cin", string.Create(CultureInfo.InvariantCulture, $"CIN_Census_{year.CollectionYear}.xml")),
                authority.Options.LocalAuthorityCode);
        }

        _options = authority.EvaluationOptions;
        authority = null;
        GC.KeepAlive(authority);
        if (read)
        {
            _returns = ReadFiles(_folder);
        }

        if (build)
        {
            _data = DataSet.Create(_returns);
            _returns = [];
        }

        PeakWorkingSet.Reset();
    }
}
