namespace ChildrensSocialCare.Indicators.ScorecardCommand;

internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

// What a command was asked to score, read from its declared options (Commands/): the data, the period, the
// evaluation options and the outputs. System.CommandLine has already checked every value.
internal sealed record Arguments
{
    public IReadOnlyList<string> Ssda903 { get; init; } = [];

    public IReadOnlyList<string> Cin { get; init; } = [];

    public ReportingPeriod? Period { get; init; }

    // --annex-a and --reference-date: an Ofsted Annex A workbook, scored on its own.
    public string? AnnexA { get; init; }

    public DateOnly? ReferenceDate { get; init; }

    public int? DemoChildren { get; init; }

    // --keep-going: score despite files that could not be read, marking the output incomplete.
    public bool KeepGoing { get; init; }

    // --strict: any error finding about the input or the evaluation is exit code 2 (for CI).
    public bool Strict { get; init; }

    // The indicator options given (the rest at their defaults); the population only when given.
    public EvaluationOptions Options { get; init; } = EvaluationOptions.Default;

    public IReadOnlyList<string>? Indicators { get; init; }

    public string? Compare { get; init; }

    // --benchmarks, --la, --neighbours: same-year comparators from DfE's published files.
    public string? Benchmarks { get; init; }

    public string? La { get; init; }

    public string? Neighbours { get; init; }

    public OutputFormat Format { get; init; } = OutputFormat.Table;

    public bool Publication { get; init; }

    // --by: the dimensions each indicator is broken down by (built-in ids), in the order given.
    public IReadOnlyList<string> By { get; init; } = [];

    public string? Explain { get; init; }

    public string? Html { get; init; }

    public string? Output { get; init; }

    public bool UsesDemo => Ssda903.Count == 0 && Cin.Count == 0 && AnnexA is null;

    // The options to evaluate with: population, when not given, is what the files or the expected figures say.
    public EvaluationOptions ToOptions(long? population) =>
        Options.Population is null && population is not null ? Options with { Population = population } : Options;
}
