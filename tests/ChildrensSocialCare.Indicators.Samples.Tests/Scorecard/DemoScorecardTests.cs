using System.Globalization;
using System.Text.Json;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// The README's first command, `dotnet run --project samples/Scorecard`: the demo authority's scorecard.
public class DemoScorecardTests
{
    // The command with no arguments (the full-size demo), run once in-process for every test here.
    internal static readonly Lazy<ScorecardRun> NoArguments = new(() => ScorecardRun.Run());

    // The heading of every comparator column: the demo's benchmarks are of the year scored (spec section 7).
    private static readonly string[] s_comparatorColumns = ["England 2024-25", "West Midlands 2024-25", "Statistical neighbours 2024-25"];

    // The legacy assessments ended with 2013-14 (the demo keeps them to 2014, as the Walsall report's authority did), so
    // in 2024-25 there are none to count: a rate of 0 and percentages not available.
    private static readonly string[] s_legacy =
        ["initial-assessments-rate", "initial-assessments-10wd", "initial-assessments-child-seen", "initial-assessments-child-seen-alone", "core-assessments-35wd"];

    [Fact]
    public void No_arguments_prints_an_aligned_scorecard_of_every_catalogue_indicator()
    {
        var run = NoArguments.Value.Succeeded();
        var table = TextTable.Find(run.Stdout, "Indicator");

        Assert.StartsWith("Data: built-in demo authority (synthetic, 20,000 children", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Scorecard: 2024-25 (1 April 2024 to 31 March 2025)", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["Indicator", "Value", "Unit", "Numerator / denominator", .. s_comparatorColumns], table.Names);
        // Every indicator, family by family as DfE's publications group them, under a heading naming each.
        Assert.Equal(Catalogue.ByFamily.Select(d => d.Id), table.Rows.Select(r => r[0]));
        Assert.Equal(
            ["Contacts", "Referrals", "Assessments", "Children in need", "Child protection", "Children looked after", "Adoption", "Care leavers", "Workforce"],
            table.Families);
        Assert.Empty(table.Misaligned());

        // Numbers are right-aligned: every value ends at its column's last character.
        var value = table.Columns[table.Column("Value")];
        // (A family's heading row has only its name.)
        Assert.All(table.Lines.Where(l => !table.Families.Contains(l.Trim())), line => Assert.NotEqual(' ', line[value.End - 1]));
        // The generator writes every input (OC2 rows, reviews, missing incidents...), so every indicator but the legacy
        // assessments has a value.
        Assert.All(table.Rows.Where(r => !s_legacy.Contains(r[0])), row => Assert.Matches(@"^-?[0-9,]+(\.[0-9]+)?$", row[1]));
        Assert.All(table.Rows.Where(r => s_legacy.Contains(r[0])), row => Assert.Contains(row[1], new[] { "0.0", "n/a" }));
    }

    [Fact]
    public void No_arguments_says_the_data_are_synthetic_and_the_benchmarks_real_and_whose_they_are()
    {
        var stdout = NoArguments.Value.Succeeded().Stdout;
        Assert.Contains("no real child is in it", stdout, StringComparison.Ordinal);
        Assert.Contains("\nBenchmarks: real, DfE's published statistics for 2024-25 (Open Government Licence)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\nCompared as Walsall (335, E08000030): England, its region, its statistical neighbours\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_shows_no_comparator_of_a_year_other_than_the_one_scored()
    {
        // In the table: every comparator column is headed with the year scored, and no cell names another year (a
        // column of mixed years would name each cell's year in brackets).
        var table = TextTable.Find(NoArguments.Value.Succeeded().Stdout, "Indicator");
        Assert.Equal(s_comparatorColumns, table.Names.Skip(4));
        Assert.All(table.Rows, row => Assert.All(row.Skip(4), cell => Assert.DoesNotContain("[", cell, StringComparison.Ordinal)));

        // In the JSON: every comparator of every indicator is of 2024-25.
        using var json = ScorecardRun.Run("--format", "json").Succeeded().Json();
        var years = json.RootElement.GetProperty("indicators").EnumerateArray()
            .SelectMany(i => i.GetProperty("comparators").EnumerateArray())
            .Select(c => c.GetProperty("year").GetString()).ToList();
        Assert.True(years.Count >= 30, $"only {years.Count} comparators");
        Assert.All(years, y => Assert.Equal("2024-25", y));

        // With every authority's row of the year built in, England's comparator ranks the demo (in Walsall's place)
        // among them, for every indicator with a published column; the england.json figures rank no one.
        var england = json.RootElement.GetProperty("indicators").EnumerateArray()
            .SelectMany(i => i.GetProperty("comparators").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "england")).ToList();
        Assert.Contains(england, c => c.GetProperty("rank").ValueKind == JsonValueKind.Number && c.GetProperty("of").GetInt32() > 140);
        Assert.All(england.Where(c => c.GetProperty("source").GetString()!.Contains("table C", StringComparison.Ordinal)),
            c => Assert.Equal(JsonValueKind.Null, c.GetProperty("rank").ValueKind));
    }

    [Fact]
    public void A_demo_year_the_built_in_files_do_not_publish_has_no_comparator_and_says_so()
    {
        // The demo's returns cover 2021-22 to 2024-25, the files built in only 2024-25: scoring 2022-23 sets no
        // comparator (never the 2024-25 figures in its place) and the line under the data says why.
        var run = ScorecardRun.Demo("--year", "2023").Succeeded();
        var table = TextTable.Find(run.Stdout, "Indicator");
        Assert.Equal(["Indicator", "Value", "Unit", "Numerator / denominator"], table.Names);
        Assert.Contains("Benchmarks: none; the published files built in are of 2024-25, not 2022-23 (no other year is shown)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_judges_each_published_figure_by_polarity_on_the_interval()
    {
        var table = TextTable.Find(NoArguments.Value.Succeeded().Stdout, "Indicator");
        var judgements = new List<string>();
        foreach (var row in table.Rows)
        {
            var definition = Catalogue.Get(row[0]);
            foreach (var column in s_comparatorColumns)
            {
                var cell = row[table.Column(column)];
                if (cell.Length == 0)
                {
                    continue;
                }

                // "22.6 (-0.6) similar": the figure at the indicator's precision, the difference and the judgement on
                // the result's interval (spec section 6): better or worse only on the side the figures say, by
                // polarity, or similar; a context indicator higher, lower or similar. The interval is not printed, so
                // the test checks that a judgement never contradicts the figures.
                var shown = cell[..cell.IndexOf(" (", StringComparison.Ordinal)];
                var ours = decimal.Parse(row[1], NumberStyles.Number, CultureInfo.InvariantCulture);
                var theirs = decimal.Parse(shown, NumberStyles.Number, CultureInfo.InvariantCulture);
                var side = definition.Polarity switch
                {
                    Polarity.Context => ours > theirs ? "higher" : "lower",
                    Polarity.HigherIsBetter => ours > theirs ? "better" : "worse",
                    _ => ours < theirs ? "better" : "worse",
                };
                var judgement = cell[(cell.LastIndexOf(')') + 1)..].Trim();
                if (judgement.Length == 0)
                {
                    // No interval (the agency share's FTE numerator): the difference only.
                    continue;
                }

                Assert.True(judgement == "similar" || (ours != theirs && judgement == side),
                    $"{definition.Id} ({definition.Polarity}): {row[1]} beside {column} {shown} should read '{side}' or 'similar': '{cell}'.");
                judgements.Add(judgement);
            }
        }

        // The demo (20,000 children) against the published figures: a second plan 10.7% of 354 against England's
        // 24.5% is better on its interval; re-referrals 22.0% of 3,025 against 22.6% is similar (the earlier rule
        // said better).
        Assert.Contains("better", judgements);
        Assert.Contains("similar", judgements);
        Assert.Contains(table.Rows, r => r[0] == "re-referrals-12m" && r[table.Column("England 2024-25")].EndsWith("(-0.6) similar", StringComparison.Ordinal));
    }

    // The README's command itself, as a process: `dotnet run --project samples/Scorecard` (in the configuration the
    // tests were built in, without building again: the build of this test project built the sample).
    [Fact]
    [Trait("category", "process")]
    public void Dotnet_run_of_the_sample_prints_the_same_scorecard_as_the_command_in_process()
    {
        var run = Dotnet.Run(["run", "--project", Path.Combine("samples", "Scorecard"), "-c", Repository.Configuration, "--no-build"],
            Repository.Root, TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(NoArguments.Value.Stdout, run.Stdout);
        // Redirected standard error holds the findings only: no progress display.
        Assert.Equal(NoArguments.Value.Stderr, run.Stderr);
    }
}
