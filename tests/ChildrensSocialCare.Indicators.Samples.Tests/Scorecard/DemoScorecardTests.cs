using System.Globalization;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using ChildrensSocialCare.Indicators.ScorecardCommand;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// The README's first command, `dotnet run --project samples/Scorecard`: the demo authority's scorecard.
public class DemoScorecardTests
{
    // The command with no arguments (the full-size demo), run once in-process for every test here.
    internal static readonly Lazy<ScorecardRun> NoArguments = new(() => ScorecardRun.Run());

    [Fact]
    public void No_arguments_prints_an_aligned_scorecard_of_every_catalogue_indicator()
    {
        var run = NoArguments.Value.Succeeded();
        var table = TextTable.Find(run.Stdout, "Indicator");

        Assert.StartsWith("Data: built-in demo authority (synthetic, 20,000 children", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Scorecard: 2014-15 (1 April 2014 to 31 March 2015)", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["Indicator", "Value", "Unit", "Numerator / denominator", "England"], table.Names);
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
        // The generator writes every input (OC2 rows, reviews, missing incidents...), so every indicator has a value.
        Assert.All(table.Rows, row => Assert.Matches(@"^-?[0-9,]+(\.[0-9]+)?$", row[1]));
    }

    [Fact]
    public void No_arguments_shows_the_published_England_figures_and_judges_each_by_polarity()
    {
        var table = TextTable.Find(NoArguments.Value.Succeeded().Stdout, "Indicator");
        var england = ScorecardApp.BuiltInEnglandFigures().ToDictionary(c => c.IndicatorId);
        var judgements = new List<string>();
        foreach (var row in table.Rows)
        {
            var definition = Catalogue.Get(row[0]);
            var cell = row[table.Column("England")];
            if (!england.TryGetValue(definition.Id, out var comparator))
            {
                Assert.True(cell.Length == 0, $"{definition.Id} has no England figure, yet shows '{cell}'.");
                continue;
            }

            // "23.4 [2013-14] (-1.7) better": the figure at the indicator's precision, its year, the difference and the
            // judgement on the result's interval (spec section 6): better or worse only on the side the figures say, by
            // polarity, or similar; a context indicator higher, lower or similar. The interval is not printed, so the
            // test checks that a judgement never contradicts the figures.
            var shown = Rounding.Format(comparator.Value, definition.Decimals);
            Assert.StartsWith($"{shown} [{comparator.Year}] (", cell, StringComparison.Ordinal);
            var ours = decimal.Parse(row[1], NumberStyles.Number, CultureInfo.InvariantCulture);
            var theirs = decimal.Parse(shown, NumberStyles.Number, CultureInfo.InvariantCulture);
            var side = definition.Polarity switch
            {
                Polarity.Context => ours > theirs ? "higher" : "lower",
                Polarity.HigherIsBetter => ours > theirs ? "better" : "worse",
                _ => ours < theirs ? "better" : "worse",
            };
            var judgement = cell[(cell.LastIndexOf(')') + 1)..].Trim();
            Assert.True(judgement == "similar" || (ours != theirs && judgement == side),
                $"{definition.Id} ({definition.Polarity}): {row[1]} beside England {shown} should read '{side}' or 'similar': '{cell}'.");
            judgements.Add(judgement);
        }

        Assert.Equal(england.Count, judgements.Count);
        // The demo (20,000 children) against England: re-referrals 21.7% of 2,984 is better than 23.4% on its interval;
        // initial assessments in 10 working days, 75.2% against 75.5%, is similar (the earlier rule said worse).
        Assert.Contains("better", judgements);
        Assert.Contains("similar", judgements);
        Assert.Contains(table.Rows, r => r[0] == "initial-assessments-10wd" && r[table.Column("England")].EndsWith("(-0.3) similar", StringComparison.Ordinal));
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
