using System.Globalization;
using System.Text.Json;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// Scoring real files: the demo authority's returns written with the Formats writers, then read back by the command,
// give the demo's own figures.
public sealed class ReturnFilesTests : IDisposable
{
    // What the statutory returns cannot carry, so that files alone cannot give these figures: contacts and legacy
    // (initial and core) assessments are council records, not CIN census items; the workforce is not in either return.
    internal static readonly HashSet<string> NotInTheReturns =
    [
        "contacts-outcomes", "initial-assessments-rate", "initial-assessments-10wd", "initial-assessments-child-seen",
        "initial-assessments-child-seen-alone", "core-assessments-35wd", "workforce-agency-share", "workforce-sickness-change",
    ];

    private static readonly Lazy<(SyntheticAuthority Authority, JsonDocument Demo)> s_demo = new(() =>
        (DemoFiles.Authority(ScorecardRun.SmallDemo), ScorecardRun.Demo("--year", "2025", "--format", "json").Json()));

    private readonly TempFolder _work = new("returns");

    [Fact]
    public void SSDA903_CSV_folder_and_CIN_census_files_give_the_demo_figures()
    {
        var (authority, demo) = s_demo.Value;
        var ssda903 = _work.Path("ssda903");
        DemoFiles.WriteSsda903Csv(authority, ssda903);
        var censuses = DemoFiles.WriteCinCensus(authority, _work.Path("cin"));

        var run = ScorecardRun.Run(["--ssda903", ssda903, "--cin", .. censuses, "--year", "2025", "--population", Population(authority), "--format", "json"]);

        AssertSameFigures(demo, run);
    }

    [Fact]
    public void SSDA903_XML_files_and_a_CIN_census_folder_give_the_demo_figures()
    {
        var (authority, demo) = s_demo.Value;
        var ssda903 = DemoFiles.WriteSsda903Xml(authority, _work.Path("ssda903-xml"));
        DemoFiles.WriteCinCensus(authority, _work.Path("cin"));

        var run = ScorecardRun.Run(["--ssda903", .. ssda903, "--cin", _work.Path("cin"), "--year", "2025", "--population", Population(authority), "--format", "json"]);

        AssertSameFigures(demo, run);
    }

    [Fact]
    public void Files_without_a_population_give_every_figure_but_the_rates_and_the_table_says_why()
    {
        var (authority, demo) = s_demo.Value;
        var ssda903 = _work.Path("ssda903");
        DemoFiles.WriteSsda903Csv(authority, ssda903);
        DemoFiles.WriteCinCensus(authority, _work.Path("cin"));

        var run = ScorecardRun.Run("--ssda903", ssda903, "--cin", _work.Path("cin")).Succeeded();

        // The year is the latest in the files (2025); without --population the rates are not available.
        Assert.Contains("Scorecard: 2024-25", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Population aged 0-17: not given (--population), so rates per 10,000 are not available", run.Stdout, StringComparison.Ordinal);
        var table = TextTable.Find(run.Stdout, "Indicator");
        var demoById = demo.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        foreach (var row in table.Rows)
        {
            var definition = Catalogue.Get(row[0]);
            if (definition.RequiresPopulation)
            {
                Assert.DoesNotMatch(@"^\d", row[1]);
            }
            else if (!NotInTheReturns.Contains(definition.Id))
            {
                Assert.Equal(demoById[definition.Id].GetProperty("display").GetString(), row[1].Replace(",", "", StringComparison.Ordinal));
            }
        }

        Assert.Empty(table.Misaligned());
    }

    public void Dispose() => _work.Dispose();

    private static string Population(SyntheticAuthority authority) => authority.Population.ToString(CultureInfo.InvariantCulture);

    private static void AssertSameFigures(JsonDocument demo, ScorecardRun run)
    {
        using var files = run.Json();
        Assert.Equal(demo.RootElement.GetProperty("period").GetRawText(), files.RootElement.GetProperty("period").GetRawText());
        Assert.Equal(demo.RootElement.GetProperty("population").GetRawText(), files.RootElement.GetProperty("population").GetRawText());
        var expected = demo.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        var actual = files.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(expected.Select(i => i.GetProperty("id").GetString()), actual.Select(i => i.GetProperty("id").GetString()));
        var differences = new List<string>();
        for (var k = 0; k < expected.Count; k++)
        {
            var id = expected[k].GetProperty("id").GetString()!;
            var e = Figures(expected[k]);
            var a = Figures(actual[k]);
            if (NotInTheReturns.Contains(id))
            {
                // Not invented from nothing: no records, so no value (or a count of none).
                Assert.True(a.Value is null || a.Numerator == 0, $"{id} has a figure from files that cannot hold its records: {a}");
                continue;
            }

            if (e != a)
            {
                differences.Add($"{id}: demo {e}, files {a}");
            }
        }

        Assert.True(differences.Count == 0, "Figures from the files differ from the demo's:\n" + string.Join("\n", differences));
        Assert.True(expected.Count - NotInTheReturns.Count > 15, "Too few figures compared.");
    }

    private static (decimal? Numerator, decimal? Denominator, decimal? Value, string? Display) Figures(JsonElement i) =>
        (Number(i.GetProperty("numerator")), Number(i.GetProperty("denominator")), Number(i.GetProperty("value")), i.GetProperty("display").GetString());

    private static decimal? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;
}
