using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Readme;

public class CatalogueTableTests
{
    [Fact]
    public void Catalogue_table_in_the_README_is_the_one_generated_from_Catalogue_All()
    {
        var readme = Markdown.Normalise(File.ReadAllText(Repository.Readme));
        var generated = CatalogueTable.Generate();
        var current = Markdown.Section(readme, CatalogueTable.Marker);
        if (current == generated)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("UPDATE_README") == "1")
        {
            File.WriteAllText(Repository.Readme, Markdown.ReplaceSection(readme, CatalogueTable.Marker, generated));
            return;
        }

        var expectedLines = generated.Split('\n');
        var actualLines = current.Split('\n');
        var first = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        Assert.Fail(
            "The indicator table in README.md (between <!-- catalogue:begin --> and <!-- catalogue:end -->) is not the one " +
            "generated from Catalogue.All. Regenerate it with\n" +
            "  UPDATE_README=1 dotnet test tests/ChildrensSocialCare.Indicators.Samples.Tests --filter Catalogue_table\n" +
            "and commit README.md.\n" +
            $"First difference, line {first + 1} of the section:\n" +
            $"  expected: {(first < expectedLines.Length ? expectedLines[first] : "(end of section)")}\n" +
            $"  README:   {(first < actualLines.Length ? actualLines[first] : "(end of section)")}");
    }

    [Fact]
    public void Catalogue_table_has_one_row_per_indicator_in_catalogue_order()
    {
        var rows = CatalogueTable.Generate().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        // The catalogue, then the Annex A inspection measures in a table of their own.
        Assert.Equal(Catalogue.All.Concat(Catalogue.Inspection).Select(d => $"| `{d.Id}` |"), rows.Select(r => r[..(r.IndexOf("` |", StringComparison.Ordinal) + 3)]));
        Assert.All(rows.Take(Catalogue.All.Count), r => Assert.Equal(8, r.Count(c => c == '|') - r.Split("\\|").Length + 1));
        Assert.All(rows.Skip(Catalogue.All.Count), r => Assert.Equal(6, r.Count(c => c == '|') - r.Split("\\|").Length + 1));
    }
}
