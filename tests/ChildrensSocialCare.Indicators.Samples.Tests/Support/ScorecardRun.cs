using System.Text.Json;
using ChildrensSocialCare.Indicators.ScorecardCommand;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// The scorecard command run in-process: ScorecardApp.Run(args, stdout, stderr), as Program.cs calls it when standard
// error is redirected (no progress display).
internal sealed record ScorecardRun(IReadOnlyList<string> Arguments, int ExitCode, string Stdout, string Stderr)
{
    // The demo authority at a smaller size: the same seed and years as the default (20,000 children), a tenth of the
    // time. The default size is run once, by the tests of the no-arguments command.
    public const int SmallDemo = 1_500;

    // The small demo with its England comparators, as JSON (exact figures): run once, for the tests that only read it.
    private static readonly Lazy<ScorecardRun> s_demoJson = new(() => Demo("--format", "json").Succeeded());

    public static ScorecardRun Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = ScorecardApp.Run(args, stdout, stderr);
        return new ScorecardRun(args, exit, stdout.ToString(), stderr.ToString());
    }

    // The small demo with more arguments (after the command word, verify, when there is one).
    public static ScorecardRun Demo(params string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? 1 : 0;
        return Run([.. args[..command], "--demo-children", SmallDemo.ToString(System.Globalization.CultureInfo.InvariantCulture), .. args[command..]]);
    }

    // `scorecard --demo-children 1500 --format json`, run once and shared (it writes no file; every run is the same).
    public static ScorecardRun DemoJson => s_demoJson.Value;

    public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public ScorecardRun Succeeded()
    {
        Assert.True(ExitCode == 0, $"{this} failed.");
        return this;
    }

    public JsonDocument Json() => JsonDocument.Parse(Succeeded().Stdout);

    public override string ToString() =>
        $"scorecard {string.Join(' ', Arguments)} (exit {ExitCode})\n--- stdout ---\n{(Stdout.Length > 3000 ? Stdout[..3000] + "..." : Stdout)}\n--- stderr ---\n{Stderr}";
}
