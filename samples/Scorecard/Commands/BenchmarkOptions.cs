using System.CommandLine;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// --benchmarks FILE_OR_FOLDER --la CODE [--neighbours CODES_OR_FILE]: same-year comparators (England, region,
// statistical neighbours) from DfE's published open-data files, for the scored year.
internal sealed class BenchmarkOptions
{
    public Option<string> Benchmarks { get; } = new("--benchmarks")
    {
        Description = "DfE's published open-data CSV files (a folder or one file): England, region and statistical neighbours of the scored year beside each figure (needs --la)",
        HelpName = "FILE_OR_FOLDER",
    };

    public Option<string> La { get; } = new("--la")
    {
        Description = "the authority compared, by its old (335) or new (E08000030) code",
        HelpName = "CODE",
    };

    public Option<string> Neighbours { get; } = new("--neighbours")
    {
        Description = "statistical neighbours: comma-separated codes or DfE's groupings file (default: the groupings file among --benchmarks)",
        HelpName = "CODES_OR_FILE",
    };

    public IEnumerable<Option> All => [Benchmarks, La, Neighbours];

    public void AddTo(Command command, Option compare)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            var benchmarks = result.GetResult(Benchmarks) is not null;
            if (benchmarks && result.GetResult(La) is null)
            {
                result.AddError("--benchmarks needs --la CODE (the authority compared)");
            }

            if (!benchmarks && (result.GetResult(La) is not null || result.GetResult(Neighbours) is not null))
            {
                result.AddError("--la and --neighbours go with --benchmarks");
            }

            if (benchmarks && result.GetResult(compare) is not null)
            {
                result.AddError("give --benchmarks or --compare, not both");
            }
        });
    }

    public Arguments Read(ParseResult parsed, Arguments args) => args with
    {
        Benchmarks = parsed.GetValue(Benchmarks),
        La = parsed.GetValue(La),
        Neighbours = parsed.GetValue(Neighbours),
    };
}
