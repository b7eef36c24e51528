using System.CommandLine;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// What the score command prints or writes: which indicators, in which format, where, beside which comparators, and
// the children behind one of them.
internal sealed class OutputOptions
{
    public Option<IReadOnlyList<string>> Indicators { get; } = new("--indicators")
    {
        HelpName = "A,B",
        Arity = ArgumentArity.ExactlyOne,
        Description = "only these indicator ids",
        CustomParser = result => OptionValues.CatalogueIds(result, "--indicators"),
    };

    public Option<OutputFormat> Format { get; } = OptionValues.Read<OutputFormat>("--format", "table|json|csv", "what to print (default table)",
        (string text, out OutputFormat format) => Enum.TryParse(text, ignoreCase: true, out format) && !int.TryParse(text, out _),
        "is not one of table, json, csv");

    public Option<string> Output { get; } = new("--output", "-o")
    {
        HelpName = "FILE",
        Description = "write the table, JSON or CSV to FILE instead of standard output",
    };

    public Option<string> Compare { get; } = new("--compare")
    {
        HelpName = "FILE",
        Description = "comparators (England, region, neighbours) as JSON, shown with better/worse",
    };

    public Option<bool> Publication { get; } = new("--publication")
    {
        Description = "apply disclosure control: c for counts 1-5, z not applicable, k rounds to 0",
    };

    public Option<string> Explain { get; } = new("--explain")
    {
        HelpName = "ID",
        Description = "list the children behind the indicator ID",
        CustomParser = result =>
        {
            var id = result.Tokens[^1].Value;
            if (Catalogue.Find(id) is null)
            {
                result.AddError($"--explain: unknown indicator '{id}' (run 'list' to see the ids)");
            }

            return id;
        },
    };

    public Option<string> Html { get; } = new("--html")
    {
        HelpName = "FILE",
        Description = "write a self-contained HTML report for a scrutiny panel",
    };

    public OutputOptions()
    {
        Format.CompletionSources.Clear();
        Format.CompletionSources.Add("table", "json", "csv");
        var ids = Catalogue.All.Select(d => d.Id).ToArray();
        Indicators.CompletionSources.Add(ids);
        Explain.CompletionSources.Add(ids);
    }

    public IEnumerable<Option> All => [Indicators, Format, Output, Compare, Publication, Explain, Html];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetResult(Explain) is null)
            {
                return;
            }

            if (result.GetValue(Format) == OutputFormat.Csv)
            {
                result.AddError("--explain lists children as a table or JSON: use --format table or --format json");
            }
            else if (result.GetValue(Publication))
            {
                result.AddError("--explain lists children by id, so it cannot be combined with --publication");
            }
        });
    }

    public Arguments Read(ParseResult parsed, Arguments args) => args with
    {
        Indicators = parsed.GetValue(Indicators),
        Format = parsed.GetValue(Format),
        Output = parsed.GetValue(Output),
        Compare = parsed.GetValue(Compare),
        Publication = parsed.GetValue(Publication),
        Explain = parsed.GetValue(Explain),
        Html = parsed.GetValue(Html),
    };
}
