using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// The small demo's tables as the command printed them to redirected output before the Reporting package built its
// tables as a model (Scorecard/PlainText/*.txt, written by that code): plain output stays byte for byte the same.
public sealed class PlainTextTests
{
    public static TheoryData<string> Runs => new() { "scorecard", "publication", "explain" };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Redirected_output_is_the_plain_text_it_was(string name)
    {
        // After a deliberate change of the figures (a new indicator), rewrite the texts and review their diff.
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath(name), Stdout(name));
        }

        Assert.Equal(Golden(name), Stdout(name));
    }

    internal static string Stdout(string name) => name switch
    {
        "scorecard" => ScorecardRun.Demo().Succeeded().Stdout,
        "publication" => ScorecardRun.Demo("--publication").Succeeded().Stdout,
        "explain" => ScorecardRun.Demo("--explain", "icpc-15wd").Succeeded().Stdout,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "a run of Scorecard/PlainText/"),
    };

    private static string Golden(string name) => File.ReadAllText(GoldenPath(name));

    private static string GoldenPath(string name) =>
        Path.Combine(RepositoryRoot.Find(), "tests", "ChildrensSocialCare.Indicators.Samples.Tests", "Scorecard", "PlainText", name + ".txt");
}
