using System.Globalization;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

internal enum Command
{
    Score,
    Verify,
    List,
    Help,
    Version,
}

internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

// The parsed command line. Parse never throws: a problem is returned as one clear line.
internal sealed record Arguments
{
    public Command Command { get; init; } = Command.Score;

    public List<string> Ssda903 { get; } = [];

    public List<string> Cin { get; } = [];

    public ReportingPeriod? Period { get; init; }

    public long? Population { get; init; }

    public bool Annualise { get; init; }

    public IReadOnlyList<string>? Indicators { get; init; }

    public string? Compare { get; init; }

    public OutputFormat Format { get; init; } = OutputFormat.Table;

    public bool Publication { get; init; }

    public string? Explain { get; init; }

    public string? Html { get; init; }

    public string? Expected { get; init; }

    public string? Output { get; init; }

    public MeasureFrom MeasureFrom { get; init; } = MeasureFrom.AssessmentStart;

    public PlacementChange PlacementChange { get; init; } = PlacementChange.CarerChange;

    public int LookBackMonths { get; init; } = 24;

    public IReadOnlyList<int>? CareLeaverAges { get; init; }

    public int? DemoChildren { get; init; }

    public bool UsesDemo => Ssda903.Count == 0 && Cin.Count == 0;

    public static (Arguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var result = new Arguments();
        var i = 0;
        if (args.Count > 0 && !args[0].StartsWith('-'))
        {
            result = args[0] switch
            {
                "verify" => result with { Command = Command.Verify },
                "list" => result with { Command = Command.List },
                "help" => result with { Command = Command.Help },
                _ => null!,
            };
            if (result is null)
            {
                return (null, $"unknown command '{args[0]}' (expected verify, list or help; run with --help)");
            }

            i = 1;
        }

        for (; i < args.Count; i++)
        {
            var name = args[i];
            string? inlineValue = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (name.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                inlineValue = name[(eq + 1)..];
                name = name[..eq];
            }

            string? error = null;
            string Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }

                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                {
                    error = $"{name} needs a value";
                    return "";
                }

                return args[++i];
            }

            // Options that take one or more paths: --ssda903 a b c, or repeated.
            List<string> Values()
            {
                var values = new List<string>();
                if (inlineValue is not null)
                {
                    values.AddRange(inlineValue.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }

                // Paths run up to the next option, long (--year) or short (-o).
                while (i + 1 < args.Count && !(args[i + 1].StartsWith('-') && args[i + 1].Length > 1))
                {
                    values.Add(args[++i]);
                }

                if (values.Count == 0)
                {
                    error = $"{name} needs at least one file or folder";
                }

                return values;
            }

            switch (name)
            {
                case "-h" or "--help" or "-?":
                    result = result with { Command = Command.Help };
                    break;
                case "--version":
                    result = result with { Command = Command.Version };
                    break;
                case "--ssda903":
                    result.Ssda903.AddRange(Values());
                    break;
                case "--cin":
                    result.Cin.AddRange(Values());
                    break;
                case "--year":
                    var yearText = Value();
                    if (error is null)
                    {
                        if (!ReportingYear.TryParse(yearText, out var year))
                        {
                            return (null, $"--year '{yearText}' is not a reporting year (use 2014 or 2013-14)");
                        }

                        result = result with { Period = year.Period };
                    }

                    break;
                case "--period":
                    var periodText = Value();
                    if (error is null)
                    {
                        if (!ReportingPeriod.TryParse(periodText, out var period))
                        {
                            return (null, $"--period '{periodText}' is not a period (use 2014-04-01..2014-09-30, 2013-14 or 2014-10)");
                        }

                        result = result with { Period = period };
                    }

                    break;
                case "--population":
                    var populationText = Value();
                    if (error is null)
                    {
                        if (!long.TryParse(populationText.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var population) || population <= 0)
                        {
                            return (null, $"--population '{populationText}' is not a positive whole number (the population aged 0-17)");
                        }

                        result = result with { Population = population };
                    }

                    break;
                case "--annualise" or "--annualize":
                    result = result with { Annualise = true };
                    break;
                case "--indicators":
                    var ids = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (error is null)
                    {
                        var unknown = ids.Where(id => Catalogue.Find(id) is null).ToList();
                        if (unknown.Count > 0)
                        {
                            return (null, $"--indicators: unknown id {string.Join(", ", unknown.Select(u => $"'{u}'"))} (run 'list' to see the ids)");
                        }

                        result = result with { Indicators = ids };
                    }

                    break;
                case "--compare":
                    result = result with { Compare = Value() };
                    break;
                case "--format":
                    var formatText = Value();
                    if (error is null)
                    {
                        if (!Enum.TryParse<OutputFormat>(formatText, ignoreCase: true, out var format) || int.TryParse(formatText, out _))
                        {
                            return (null, $"--format '{formatText}' is not one of table, json, csv");
                        }

                        result = result with { Format = format };
                    }

                    break;
                case "--publication":
                    result = result with { Publication = true };
                    break;
                case "--explain":
                    var explainId = Value();
                    if (error is null)
                    {
                        if (Catalogue.Find(explainId) is null)
                        {
                            return (null, $"--explain: unknown indicator '{explainId}' (run 'list' to see the ids)");
                        }

                        result = result with { Explain = explainId };
                    }

                    break;
                case "--html":
                    result = result with { Html = Value() };
                    break;
                case "--expected":
                    result = result with { Expected = Value() };
                    break;
                case "--output" or "-o":
                    result = result with { Output = Value() };
                    break;
                case "--measure-from":
                    var measureText = Value();
                    if (error is null)
                    {
                        result = measureText.ToLowerInvariant() switch
                        {
                            "start" or "assessment-start" => result with { MeasureFrom = MeasureFrom.AssessmentStart },
                            "referral" => result with { MeasureFrom = MeasureFrom.Referral },
                            _ => null!,
                        };
                        if (result is null)
                        {
                            return (null, $"--measure-from '{measureText}' is not start or referral");
                        }
                    }

                    break;
                case "--placement-change":
                    var changeText = Value();
                    if (error is null)
                    {
                        result = changeText.ToLowerInvariant() switch
                        {
                            "carer" or "carer-change" => result with { PlacementChange = PlacementChange.CarerChange },
                            "any" or "any-placement-change" => result with { PlacementChange = PlacementChange.AnyPlacementChange },
                            _ => null!,
                        };
                        if (result is null)
                        {
                            return (null, $"--placement-change '{changeText}' is not carer or any");
                        }
                    }

                    break;
                case "--look-back-months":
                    var monthsText = Value();
                    if (error is null)
                    {
                        if (!int.TryParse(monthsText, NumberStyles.None, CultureInfo.InvariantCulture, out var months) || months <= 0)
                        {
                            return (null, $"--look-back-months '{monthsText}' is not a positive whole number");
                        }

                        result = result with { LookBackMonths = months };
                    }

                    break;
                case "--care-leaver-ages":
                    var agesText = Value();
                    if (error is null)
                    {
                        var parts = agesText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                        var ages = new List<int>();
                        foreach (var part in parts)
                        {
                            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age > 30)
                            {
                                return (null, $"--care-leaver-ages '{agesText}' is not a list of ages such as 19,20,21");
                            }

                            ages.Add(age);
                        }

                        result = result with { CareLeaverAges = ages };
                    }

                    break;
                case "--demo-children":
                    var sizeText = Value();
                    if (error is null)
                    {
                        if (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 100 || size > 1_000_000)
                        {
                            return (null, $"--demo-children '{sizeText}' is not a whole number from 100 to 1,000,000");
                        }

                        result = result with { DemoChildren = size };
                    }

                    break;
                default:
                    return (null, $"unknown option '{name}' (run with --help)");
            }

            if (error is not null)
            {
                return (null, error);
            }
        }

        if (result.Command == Command.Verify && result.Expected is null)
        {
            return (null, "verify needs --expected <expected.json>");
        }

        if (result.Command != Command.Verify && result.Expected is not null)
        {
            return (null, "--expected is only for the verify command");
        }

        if (result.Explain is not null && result.Format == OutputFormat.Csv)
        {
            return (null, "--explain lists children as a table or JSON: use --format table or --format json");
        }

        return (result, null);
    }

    public EvaluationOptions ToOptions(long? population)
    {
        var options = EvaluationOptions.Default with
        {
            Population = Population ?? population,
            Annualise = Annualise,
            AssessmentsMeasureFrom = MeasureFrom,
            PlacementChange = PlacementChange,
            RepeatPlanLookBackMonths = LookBackMonths,
        };
        return CareLeaverAges is { } ages ? options with { CareLeaverAges = ages } : options;
    }

    public const string Usage = """
        scorecard: children's social care indicators, computed as DfE and Ofsted define them.

        Usage:
          scorecard [options]                      score the built-in demo authority, or your files
          scorecard verify --expected FILE [opts]  recompute and compare with published figures (for CI)
          scorecard list                           list the indicators and their ids

        Data (without --ssda903 or --cin, a built-in synthetic demo authority is scored):
          --ssda903 PATH...        SSDA903 return: a folder of CSV tables, CSV files, or an XML file (repeatable)
          --cin PATH...            CIN census XML files (repeatable)
          --year YEAR              reporting year ending 31 March: 2014 or 2013-14 (default: the latest in the data)
          --period START..END      any period, e.g. 2014-04-01..2014-09-30 (year to date) or 2014-10 (a month)
          --population N           children aged 0-17 (ONS mid-year estimate): needed for rates per 10,000
          --annualise              annualise rates of flows over a part-year period of whole months

        Choices (defaults follow the specification):
          --indicators A,B         only these indicator ids
          --measure-from start|referral      assessment timeliness measured from (default start)
          --placement-change carer|any       what counts as a new placement (default carer)
          --look-back-months N     look-back of cpp-repeat-within-2y (default 24)
          --care-leaver-ages LIST  care-leaver cohort ages (default 19,20,21)
          --demo-children N        size of the demo authority (default 20000)

        Output:
          --format table|json|csv  (default table)
          --output FILE            write the table, JSON or CSV to FILE instead of standard output
          --compare FILE           comparators (England, region, neighbours) as JSON, shown with better/worse
          --publication            apply disclosure control: c for counts 1-5, z not applicable, k rounds to 0
          --explain ID             list the children behind the indicator ID
          --html FILE              write a self-contained HTML report for a scrutiny panel

        Verify:
          --expected FILE          JSON of expected figures: the output of --format json, or
                                   { "indicators": [ { "id": "...", "display": "..." } ] }

        Exit codes: 0 success; 1 verify found differences; 2 bad arguments, missing or unreadable input.
        """;
}
