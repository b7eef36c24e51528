using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// Declares options whose text is read by a domain parser: a text it cannot read is a parse error (exit code 2) that
// names the option, quotes the text and says what was expected, e.g. --year '20x' is not a reporting year (use 2014
// or 2013-14).
internal static class OptionValues
{
    public delegate bool TryRead<T>(string text, out T value);

    public static Option<T> Read<T>(string name, string helpName, string description, TryRead<T> read, string problem, params string[] aliases) =>
        new(name, aliases)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (read(text, out var value))
                {
                    return value;
                }

                result.AddError($"{name} '{text}' {problem}");
                return default!;
            },
        };

    // One or more paths, as --ssda903 a b c, --ssda903 a --ssda903 b or --ssda903=a,b.
    public static Option<IReadOnlyList<string>> Paths(string name, string description) =>
        new(name)
        {
            HelpName = "PATH",
            Description = description,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result => result.Tokens
                .SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
        };

    // A whole number written with or without thousands separators (63597 or 63,597).
    public static bool TryWholeNumber(string text, out long value) =>
        long.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    // A comma-separated list of ids of the catalogue; unknown ids are named, all at once.
    public static IReadOnlyList<string> CatalogueIds(ArgumentResult result, string name)
    {
        var ids = result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var unknown = ids.Where(id => Catalogue.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            result.AddError($"{name}: unknown id {string.Join(", ", unknown.Select(u => $"'{u}'"))} (run 'list' to see the ids)");
        }

        return ids;
    }

    // "--flag" for a kebab-case name: AssessmentStart -> assessment-start.
    public static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
