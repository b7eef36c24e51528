using System.CommandLine;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// scorecard help: the same as scorecard --help.
internal static class HelpCommand
{
    public static Command Create(RootCommand root)
    {
        var help = new Command("help", "show this help");
        help.SetAction(parsed => root.Parse(["--help"]).Invoke(parsed.InvocationConfiguration));
        return help;
    }
}
