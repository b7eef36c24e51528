using Spectre.Console;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// Where the commands write. Progress ("reading ... 3s") goes to a terminal's standard error, or nowhere; terminal is
// standard output when it is a terminal (tables drawn by Spectre.Console), else null (plain text, as the tests see).
internal sealed record Streams(TextWriter Stdout, TextWriter Stderr, TextWriter? Progress = null, IAnsiConsole? Terminal = null)
{
    public Output Out => new(Stdout, Terminal);
}
