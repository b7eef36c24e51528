using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// The example in docs/published-data.md, run on the fixtures so that it cannot rot.
public class PublishedDocsExampleTests
{
    [Fact]
    public void The_documented_example_gives_Walsalls_2024_25_comparators_and_population()
    {
        var lines = new List<string>();

        // --- docs/published-data.md ---
        var published = PublishedCsv.ReadFolder(DfeFiles.Folder);
        var findings = published.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information).ToList();
        var year = ReportingYear.Ending(2025);
        foreach (var benchmark in published.Benchmarks("cla-rate", year, "335"))
        {
            lines.Add($"{benchmark.Name}: {benchmark.Comparator?.Value} {string.Join(" ", benchmark.Notes)}");
        }

        var comparators = published.Comparators(year, "E08000030");
        var population = published.Population("335", year);
        // --- end ---

        Assert.Empty(findings);
        Assert.Equal(["England: 67 ", "West Midlands: 86 ", "Statistical neighbours (mean of 10 of 10): 101.1 "], lines);
        Assert.Equal(71_799L, population);

        // The comparators sit beside a scorecard of the same year: a small synthetic authority (the data synthetic, the
        // benchmarks real), with Walsall's ONS population.
        var authority = SyntheticAuthority.Generate(new SyntheticOptions { Seed = 7, Children = 300, FirstCollectionYear = 2024, LastCollectionYear = 2025 });
        var scorecard = authority.ToDataSet()
            .Scorecard(ReportingPeriod.Year(2025), EvaluationOptions.Default.WithPopulation(population!.Value))
            .WithComparators(comparators);
        var claRate = scorecard["cla-rate"].Comparisons;
        Assert.Equal([ComparatorKind.England, ComparatorKind.Region, ComparatorKind.StatisticalNeighbours], claRate.Select(c => c.Comparator.Kind));
        Assert.All(scorecard.SelectMany(r => r.Comparisons), c => Assert.Equal("2024-25", c.Comparator.Year));
    }
}
