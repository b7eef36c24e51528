using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

public partial class OptionTests
{
    [Fact]
    public void Explain_lists_as_many_children_in_the_numerator_as_the_numerator_counts()
    {
        const string id = "cla-3plus-placements";
        using var scored = ScorecardRun.Demo("--indicators", id, "--format", "json").Json();
        var numerator = scored.RootElement.GetProperty("indicators")[0].GetProperty("numerator").GetDecimal();
        var denominator = scored.RootElement.GetProperty("indicators")[0].GetProperty("denominator").GetDecimal();

        var text = ScorecardRun.Demo("--explain", id).Succeeded().Stdout;
        var table = TextTable.Find(text, "Child");
        var inNumerator = table.Rows.Where(r => r[table.Column("Numerator")] == "yes").Select(r => r[0]).ToList();
        var inDenominator = table.Rows.Where(r => r[table.Column("Denominator")] == "yes").Select(r => r[0]).ToList();
        Assert.Equal(numerator, inNumerator.Count);
        Assert.Equal(numerator, inNumerator.Distinct().Count());
        Assert.Equal(denominator, inDenominator.Count);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $": {numerator:N0}\n"), text, StringComparison.Ordinal);

        using var json = ScorecardRun.Demo("--explain", id, "--format", "json").Json();
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal(numerator, json.RootElement.GetProperty("numerator").GetArrayLength());
        Assert.Equal(denominator, json.RootElement.GetProperty("denominator").GetArrayLength());
        Assert.All(json.RootElement.GetProperty("excluded").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("rule").GetString())));
        Assert.True(numerator > 0, "The demo has no child with 3 or more placements: the test shows nothing.");
    }

    [Fact]
    public void Indicators_option_scores_only_those_indicators_with_the_figures_of_the_full_scorecard()
    {
        using var some = ScorecardRun.Demo("--indicators", "cla-rate,re-referrals-12m", "--format", "json").Json();
        using var all = ScorecardRun.DemoJson.Json();
        var full = all.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetRawText());

        var chosen = some.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(["cla-rate", "re-referrals-12m"], chosen.Select(i => i.GetProperty("id").GetString()));
        Assert.All(chosen, i => Assert.Equal(full[i.GetProperty("id").GetString()!], i.GetRawText()));
    }

    [Fact]
    public void Period_with_annualise_scales_rates_of_flows_by_twelve_over_the_months_and_nothing_else()
    {
        using var annualised = ScorecardRun.Demo("--period", "2024-04-01..2024-09-30", "--annualise", "--format", "json").Json();
        using var plain = ScorecardRun.Demo("--period", "2024-04-01..2024-09-30", "--format", "json").Json();
        var period = annualised.RootElement.GetProperty("period");
        Assert.Equal("2024-04-01", period.GetProperty("start").GetString());
        Assert.Equal("2024-09-30", period.GetProperty("end").GetString());

        var plainById = plain.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        foreach (var a in annualised.RootElement.GetProperty("indicators").EnumerateArray())
        {
            var definition = Catalogue.Get(a.GetProperty("id").GetString()!);
            var p = plainById[definition.Id];
            Assert.Equal(p.GetProperty("numerator").GetRawText(), a.GetProperty("numerator").GetRawText());
            if (definition.IsAnnualisable)
            {
                // A rate of a flow over the six whole months April to September: count x 12 / 6 per 10,000 aged 0-17.
                Assert.True(a.GetProperty("annualised").GetBoolean(), definition.Id);
                var expected = a.GetProperty("numerator").GetDecimal() * 12 / 6 / a.GetProperty("denominator").GetDecimal() * 10_000;
                Assert.InRange(a.GetProperty("value").GetDecimal() - expected, -1e-12m, 1e-12m);
                Assert.Equal(Rounding.Format(expected, definition.Decimals), a.GetProperty("display").GetString());
            }
            else
            {
                Assert.False(a.GetProperty("annualised").GetBoolean(), definition.Id);
                Assert.Equal(p.GetProperty("display").GetString(), a.GetProperty("display").GetString());
            }
        }

        var table = ScorecardRun.Demo("--period", "2024-04-01..2024-09-30", "--annualise", "--indicators", "referrals-rate").Succeeded().Stdout;
        Assert.Contains("Scorecard: 1 April 2024 to 30 September 2024", table, StringComparison.Ordinal);
        Assert.Contains("per 10,000 (annualised)", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_file_replaces_the_built_in_England_figures_and_is_judged_by_polarity()
    {
        using var work = new TempFolder("compare");
        var file = work.Write("comparators.json", """
            [
              { "indicatorId": "cla-3plus-placements", "name": "Neighbours", "kind": "statistical-neighbours", "value": 9.6,
                "source": "made up for the test", "year": "2014-15" },
              { "indicatorId": "assessments-45wd", "name": "Region", "kind": "region", "value": 99.9, "source": "made up", "year": "2014-15" },
              { "indicatorId": "re-referrals-12m", "name": "Region", "kind": "region", "value": 0.1, "source": "made up", "year": "2013-14" }
            ]
            """);

        using var json = ScorecardRun.Demo("--compare", file, "--format", "json").Json();
        var compared = json.RootElement.GetProperty("indicators").EnumerateArray()
            .Where(i => i.GetProperty("comparators").GetArrayLength() > 0).ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(["assessments-45wd", "cla-3plus-placements", "re-referrals-12m"], compared.Keys.Order(StringComparer.Ordinal));
        // Higher is better for timeliness, lower for placement moves and re-referrals: 99.9% is beyond any authority,
        // 0.1% below any.
        Assert.Equal("worse", Single(compared["assessments-45wd"]).GetProperty("judgement").GetString());
        Assert.Equal("worse", Single(compared["re-referrals-12m"]).GetProperty("judgement").GetString());
        var stability = Single(compared["cla-3plus-placements"]);
        Assert.Equal("statistical-neighbours", stability.GetProperty("kind").GetString());
        Assert.Equal(9.6m, stability.GetProperty("value").GetDecimal());
        Assert.Equal(compared["cla-3plus-placements"].GetProperty("value").GetDecimal() - 9.6m, stability.GetProperty("difference").GetDecimal());

        var table = TextTable.Find(ScorecardRun.Demo("--compare", file).Succeeded().Stdout, "Indicator");
        // One column per comparator name (with its year when all its figures share one), in the order they appear.
        Assert.Equal(["Indicator", "Value", "Unit", "Numerator / denominator", "Region", "Neighbours 2014-15"], table.Names);
        Assert.StartsWith("0.1 [2013-14] (", table.Rows.Single(r => r[0] == "re-referrals-12m")[table.Column("Region")], StringComparison.Ordinal);
        Assert.Empty(table.Misaligned());
    }

    [Fact]
    public void Html_option_writes_one_self_contained_file_with_charts_and_the_scorecard_table()
    {
        using var work = new TempFolder("html");
        var path = work.Path("report.html");
        var run = ScorecardRun.Demo("--html", path).Succeeded();

        Assert.Equal([path], Directory.GetFiles(work.FullName));
        Assert.Contains($"Wrote {path}", run.Stderr, StringComparison.Ordinal);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var external = ExternalReference().Matches(html).Select(m => m.Value).ToList();
        Assert.True(external.Count == 0, $"The report loads something from elsewhere: {string.Join(", ", external)}");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("csc-scorecard", html, StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(html);
        Assert.All(Catalogue.All, d => Assert.Contains(d.Title, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_demos_html_report_shows_funnel_plots_against_every_authority_and_says_the_benchmarks_are_real()
    {
        using var work = new TempFolder("html-funnel");
        var path = work.Path("report.html");
        ScorecardRun.Demo("--html", path).Succeeded();
        var html = File.ReadAllText(path);
        var text = WebUtility.HtmlDecode(html);

        Assert.Contains("Benchmarks: real, DfE's published statistics for 2024-25", text, StringComparison.Ordinal);
        Assert.Contains("How we compare: funnel plots", text, StringComparison.Ordinal);
        // A funnel per published percentage with every authority's denominator (re-referrals, no further action, a
        // second plan, plans open 2 years or more, 3+ placements, long-term stability, the two care-leaver measures),
        // each with the demo's figure in Walsall's place.
        var funnels = Regex.Matches(html, "class=\"csc-chart csc-funnel\"").Count;
        Assert.Equal(8, funnels);
        Assert.Equal(funnels, Regex.Matches(html, "class=\"csc-funnel-label\"[^>]*>Our figure \\(as Walsall\\)<").Count);
        // Each scorecard figure names its comparator's year and source on the page, and England's the demo's rank.
        Assert.Contains("class=\"csc-source\"", html, StringComparison.Ordinal);
        Assert.Matches("rank [0-9]+ of 1[45][0-9], quartile [1-4]", text);
    }

    [Fact]
    public void Help_list_and_version_print_to_standard_output_and_succeed()
    {
        var help = ScorecardRun.Run("--help").Succeeded();
        Assert.Contains("Exit codes: 0 success; 1 verify found differences; 2 bad arguments", help.Stdout, StringComparison.Ordinal);

        var list = TextTable.Find(ScorecardRun.Run("list").Succeeded().Stdout, "id");
        Assert.Equal(Catalogue.All.Select(d => d.Id), list.Rows.Select(r => r[0]));

        Assert.Matches(@"^scorecard \d+\.\d+\.\d+", ScorecardRun.Run("--version").Succeeded().Stdout);
    }

    private static JsonElement Single(JsonElement indicator) => Assert.Single(indicator.GetProperty("comparators").EnumerateArray());

    // A resource the browser would fetch: src, href or CSS url() or @import pointing at http(s) or a protocol-relative
    // address. (The SVG namespace, xmlns="http://www.w3.org/2000/svg", is a name, never fetched.)
    [GeneratedRegex(@"(?:\b(?:src|href|action|poster|data)\s*=\s*[""']?\s*(?:https?:)?//|url\(\s*[""']?\s*(?:https?:)?//|@import)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
