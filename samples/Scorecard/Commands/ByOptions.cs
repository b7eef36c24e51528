using System.CommandLine;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// --by DIM (repeatable, or comma-separated): break every indicator the dimension applies to down by it (specification
// section 5), in the table, JSON, CSV and HTML outputs. An unknown dimension is a parse error (exit code 2) that lists
// the dimensions.
internal sealed class ByOptions
{
    public Option<IReadOnlyList<string>> By { get; } = new("--by")
    {
        HelpName = "DIM",
        Description = "break each indicator down by a dimension (repeatable): " + string.Join(", ", Dimension.BuiltIn.Select(d => d.Id)),
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result =>
        {
            var ids = result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.Ordinal).ToList();
            var unknown = ids.Where(id => !Dimension.TryGet(id, out _)).ToList();
            if (unknown.Count > 0)
            {
                result.AddError($"--by: unknown dimension {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the dimensions are: {string.Join(", ", Dimension.BuiltIn.Select(d => d.Id))}");
            }

            return ids;
        },
    };

    public IEnumerable<Option> All => [By];

    public void AddTo(Command command)
    {
        By.CompletionSources.Add([.. Dimension.BuiltIn.Select(d => d.Id)]);
        command.Options.Add(By);
    }

    public Arguments Read(ParseResult parsed, Arguments args) => args with { By = parsed.GetValue(By) ?? [] };
}
