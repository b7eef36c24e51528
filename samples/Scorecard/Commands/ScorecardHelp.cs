using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// scorecard --help, written from the declarations: the synopsis, how to call each command, the options of the command
// in groups (data, indicator options, output, verify) with their value names and descriptions, then the exit codes.
// (System.CommandLine 3.0.0 keeps its HelpBuilder internal, so its layout cannot take groups; this action lays the
// same declarations out.)
internal sealed class ScorecardHelp(RootCommand root, int width, IReadOnlyList<(string Heading, IReadOnlyList<Option> Options)> groups)
    : SynchronousCommandLineAction
{
    public const string ExitCodes =
        "Exit codes: 0 success; 1 verify found differences; 2 bad arguments, missing or unreadable input (a file that could not be read, unless --keep-going; any error finding under --strict); 3 an internal error.";

    // The name the tool is installed as (the executable's own name is the test host's in the tests).
    private const string Name = "scorecard";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.Write(Text(parseResult.CommandResult.Command));
        return ScorecardApp.Success;
    }

    public string Text(Command command)
    {
        var sections = new List<(string Heading, IReadOnlyList<(string First, string Second)> Rows)>();
        var commands = command == root ? [root, .. root.Subcommands.Where(c => !c.Hidden)] : new[] { command };
        sections.Add(("Usage:", commands.Select(c => (
            c == root ? $"{Name} [options]" : $"{Name} {c.Name}{(c.Options.Any(o => !o.Hidden) ? " [options]" : "")}",
            c == root ? "score the built-in demo authority, or your files" : c.Description ?? "")).ToList()));

        var grouped = new HashSet<Option>();
        foreach (var (heading, options) in groups)
        {
            grouped.UnionWith(options);

            // The root's help also shows its subcommands' own options (verify's --expected).
            var shown = options.Where(o => !o.Hidden && (command.Options.Contains(o) ||
                (command == root && root.Subcommands.Any(c => c.Options.Contains(o))))).ToList();
            sections.Add((heading, shown.Select(o => (Label(o), o.Description ?? "")).ToList()));
        }

        // --help and --version: the root's; --help applies to every command.
        var others = command.Options.Concat(command == root ? [] : root.Options.Where(o => o.Recursive))
            .Where(o => !o.Hidden && !grouped.Contains(o)).Distinct().ToList();
        sections.Add(("Other options:", others.Select(o => (Label(o), o.Description ?? "")).ToList()));

        var b = new StringBuilder();
        b.Append(command == root ? root.Description : $"{Name} {command.Name}: {command.Description}").Append('\n');
        var first = sections.SelectMany(s => s.Rows).Max(r => r.First.Length) + 2;
        foreach (var (heading, rows) in sections.Where(s => s.Rows.Count > 0))
        {
            b.Append('\n').Append(heading).Append('\n');
            Columns(b, rows, first);
        }

        b.Append('\n').AppendJoin('\n', Wrap(ExitCodes, width)).Append('\n');
        return b.ToString();
    }

    // -o, --output FILE; --ssda903 PATH...; a flag has no value.
    private static string Label(Option option)
    {
        var names = option.Aliases.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Append(option.Name)
            .Concat(option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var label = string.Join(", ", names);
        if (option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0)
        {
            return label;
        }

        var value = option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant();
        return $"{label} {value}{(option.Arity.MaximumNumberOfValues > 1 ? "..." : "")}";
    }

    // Two columns: the first padded to first, the second wrapped at the width.
    private void Columns(StringBuilder b, IReadOnlyList<(string First, string Second)> rows, int first)
    {
        var room = Math.Max(30, width - 2 - first);
        foreach (var (label, text) in rows)
        {
            var lines = Wrap(text, room);
            b.Append("  ").Append(lines.Count == 0 ? label : label.PadRight(first) + lines[0]).Append('\n');
            foreach (var line in lines.Skip(1))
            {
                b.Append(' ', 2 + first).Append(line).Append('\n');
            }
        }
    }

    private static List<string> Wrap(string text, int room)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > room)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
