using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// scorecard --by DIM (repeatable): each indicator broken down by each dimension that applies to it, in the table, JSON
// and CSV outputs; an unknown dimension is an input error that lists the dimensions.
public class ByOptionTests
{
    [Fact]
    public void By_adds_breakdowns_to_the_json_whose_groups_add_up_to_each_indicator()
    {
        using var json = ScorecardRun.Demo("--by", "sex", "--by", "placement-type", "--format", "json").Json();
        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        var cla = indicators.Single(i => i.GetProperty("id").GetString() == "cla-3plus-placements");
        var breakdowns = cla.GetProperty("breakdowns").EnumerateArray().ToList();
        Assert.Equal(["sex", "placement-type"], breakdowns.Select(b => b.GetProperty("dimension").GetString()));
        foreach (var b in breakdowns)
        {
            var groups = b.GetProperty("groups").EnumerateArray().ToList();
            Assert.NotEmpty(groups);
            Assert.Equal(cla.GetProperty("numerator").GetDecimal(), groups.Sum(g => g.GetProperty("numerator").GetDecimal()));
            Assert.Equal(cla.GetProperty("denominator").GetDecimal(), groups.Sum(g => g.GetProperty("denominator").GetDecimal()));
            Assert.All(groups, g =>
            {
                foreach (var name in new[] { "group", "label", "numerator", "denominator", "value", "display", "interval" })
                {
                    Assert.True(g.TryGetProperty(name, out _), $"a group has no {name}");
                }
            });
        }

        // placement-type does not apply to the referral indicators: only sex breaks them down.
        var referrals = indicators.Single(i => i.GetProperty("id").GetString() == "referrals-nfa");
        Assert.Equal(["sex"], referrals.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetProperty("dimension").GetString()));
        // Without --by there is no breakdowns property (the output is as before).
        Assert.False(ScorecardRun.DemoJson.Json().RootElement.GetProperty("indicators")[0].TryGetProperty("breakdowns", out _));
    }

    [Fact]
    public void By_prints_a_breakdown_table_per_indicator_and_a_csv_row_per_group()
    {
        var table = ScorecardRun.Demo("--by", "age-band", "--indicators", "cla-rate,referrals-nfa").Succeeded();
        Assert.Contains("Children looked after at period end per 10,000 (cla-rate) by age band", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("Aged 10 to 15", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("95% interval", table.Stdout, StringComparison.Ordinal);

        var csv = ScorecardRun.Demo("--by", "age-band", "--indicators", "referrals-nfa", "--format", "csv").Succeeded().Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",dimension,group", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",,", csv[1], StringComparison.Ordinal);
        Assert.All(csv.Skip(2), row => Assert.Contains(",age-band,", row, StringComparison.Ordinal));
        Assert.True(csv.Length > 3);
    }

    [Fact]
    public void By_adds_a_bar_chart_and_a_table_per_breakdown_to_the_html_report()
    {
        using var work = new TempFolder("by-html");
        var report = work.Path("report.html");
        ScorecardRun.Demo("--by", "sex", "--indicators", "cla-rate,referrals-nfa", "--html", report).Succeeded();

        var html = File.ReadAllText(report);
        Assert.Contains("Broken down by sex", html, StringComparison.Ordinal);
        Assert.Contains("data-dimension=\"sex\"", html, StringComparison.Ordinal);
        Assert.True(html.Split("csc-breakdown\"").Length - 1 >= 2, "a breakdown table per indicator");
    }

    [Fact]
    public void An_unknown_dimension_is_an_input_error_listing_the_dimensions()
    {
        var run = ScorecardRun.Demo("--by", "colour");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--by: unknown dimension 'colour'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("age-band, sex, ethnicity-group", run.Stderr, StringComparison.Ordinal);
    }
}
