using System.Text.Json.Nodes;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// `scorecard verify --expected FILE`, as a CI pipeline uses it: the command's own JSON output is the expected file.
public sealed class VerifyTests : IDisposable
{
    private readonly TempFolder _work = new("verify");

    [Fact]
    public void Verify_exits_0_when_every_figure_matches_its_own_JSON_output()
    {
        var expected = _work.Write("expected.json", ScorecardRun.DemoJson.Stdout);

        var run = ScorecardRun.Demo("verify", "--expected", expected);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"All {Catalogue.All.Count} figures match for 2024-25.\n", run.Stdout);
    }

    [Fact]
    public void Verify_reads_a_file_written_before_intervals_with_the_earlier_judgement_tokens()
    {
        // An output of an earlier version: no interval on any indicator, no rank, judgements better/worse/same/not-judged.
        var output = JsonNode.Parse(ScorecardRun.DemoJson.Stdout)!;
        foreach (var indicator in output["indicators"]!.AsArray())
        {
            Assert.True(indicator!.AsObject().Remove("interval"));
            foreach (var comparator in indicator["comparators"]!.AsArray())
            {
                comparator!["judgement"] = "not-judged";

                // Nor any rank (written since the published statistics).
                Assert.True(comparator.AsObject().Remove("rank") && comparator.AsObject().Remove("of") && comparator.AsObject().Remove("quartile"));
            }
        }

        var expected = _work.Write("earlier.json", output.ToJsonString());

        var run = ScorecardRun.Demo("verify", "--expected", expected);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"All {Catalogue.All.Count} figures match for 2024-25.\n", run.Stdout);
    }

    [Fact]
    public void Verify_exits_1_with_a_table_of_the_figure_that_differs()
    {
        var output = JsonNode.Parse(ScorecardRun.DemoJson.Stdout)!;
        var changed = output["indicators"]!.AsArray().Single(i => (string?)i!["id"] == "re-referrals-12m")!;
        var actual = (string)changed["display"]!;
        changed["display"] = "99.9";
        var expected = _work.Write("expected.json", output.ToJsonString());

        var run = ScorecardRun.Demo("verify", "--expected", expected);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith($"1 of {Catalogue.All.Count} figures differ for 2024-25:\n", run.Stdout, StringComparison.Ordinal);
        var table = TextTable.Find(run.Stdout, "indicator");
        Assert.Equal(["indicator", "expected", "actual", "numerator / denominator"], table.Names);
        var row = Assert.Single(table.Rows);
        Assert.Equal(["re-referrals-12m", "99.9", actual, $"{changed["numerator"]} / {changed["denominator"]}"], row);
        Assert.Empty(table.Misaligned());
    }

    [Fact]
    public void Verify_of_a_publication_output_compares_under_disclosure_control()
    {
        var published = _work.Write("published.json", ScorecardRun.Run("--demo-children", "300", "--publication", "--format", "json").Succeeded().Stdout);
        Assert.Contains("\"display\": \"c\"", File.ReadAllText(published), StringComparison.Ordinal);

        var run = ScorecardRun.Run("verify", "--expected", published, "--demo-children", "300");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Verify_accepts_the_minimal_expected_figures_and_rounds_a_value_at_the_published_precision()
    {
        using var output = ScorecardRun.DemoJson.Json();
        var claRate = output.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cla-rate");
        // The unrounded value, which verify rounds at cla-rate's precision (whole numbers) before comparing.
        var expected = _work.Write("minimal.json", $$"""
            { "indicators": [ { "id": "cla-rate", "value": {{claRate.GetProperty("value").GetRawText()}} } ] }
            """);

        var run = ScorecardRun.Demo("verify", "--expected", expected);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("All 1 figures match for 2024-25.\n", run.Stdout);
    }

    [Theory]
    [InlineData("{ \"indicators\": [ { \"id\": \"cla-rate\", \"display\": ", "not valid JSON")]
    [InlineData("[ 1, 2 ]", "expected an object with an \"indicators\" array")]
    [InlineData("{ \"indicators\": [ { \"id\": \"no-such-indicator\", \"display\": \"1\" } ] }", "unknown id 'no-such-indicator'")]
    [InlineData("{ \"indicators\": [ { \"id\": \"cla-rate\" } ] }", "has neither \"display\" nor \"value\"")]
    public void Verify_exits_2_with_one_line_for_an_expected_file_it_cannot_use(string content, string message)
    {
        var expected = _work.Write("bad.json", content);

        var run = ScorecardRun.Demo("verify", "--expected", expected);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("scorecard: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    public void Dispose() => _work.Dispose();
}
