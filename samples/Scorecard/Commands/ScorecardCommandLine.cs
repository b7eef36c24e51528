using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// The scorecard command line, declared: the score command (the root) and verify share the data and indicator options;
// generate has its own; list and help take none. Help, validation and completions come from these declarations.
internal static class ScorecardCommandLine
{
    public static RootCommand Create(Streams streams)
    {
        var data = new DataOptions();
        var indicators = new IndicatorOptions();
        var output = new OutputOptions();
        var benchmarks = new BenchmarkOptions();
        var by = new ByOptions();
        var annexA = new AnnexAOptions();
        var root = ScoreCommand.Create(data, indicators, output, benchmarks, by, annexA, streams);
        var verify = VerifyCommand.Create(data, indicators, output.Publication, streams);
        root.Subcommands.Add(verify);
        root.Subcommands.Add(ListCommand.Create(streams));
        var generate = new GenerateCommand();
        root.Subcommands.Add(generate.Create(streams));
        root.Subcommands.Add(HelpCommand.Create(root));

        var width = streams.Terminal?.Profile.Width ?? 100;
        var help = new ScorecardHelp(root, width,
        [
            ("Data (without --ssda903 or --cin, a built-in synthetic demo authority is scored):", data.All.ToList()),
            ("Indicator options (defaults follow the specification):", indicators.All),
            ("Output:", output.All.ToList()),
            ("Benchmarks (same-year published figures):", benchmarks.All.ToList()),
            ("Breakdowns:", by.All.ToList()),
            ("Ofsted Annex A (the inspection scorecard of a workbook):", annexA.All.ToList()),
            ("Verify:", verify.Options.Where(o => !data.All.Contains(o) && !indicators.All.Contains(o) && o != output.Publication).ToList()),
            ("Generate (synthetic files to score):", generate.All),
        ]);
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption helpOption:
                    helpOption.Action = help;
                    break;
                case VersionOption version:
                    version.Action = new VersionLine();
                    break;
            }
        }

        return root;
    }

    // scorecard --version: "scorecard 0.1.0-alpha.0.12+abc" (the informational version MinVer stamps).
    private sealed class VersionLine : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(
                "scorecard " + (typeof(ScorecardCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown"));
            return ScorecardApp.Success;
        }
    }
}
