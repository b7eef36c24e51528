using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

public class PublishedMapTests
{
    [Fact]
    public void The_map_table_in_the_docs_is_the_one_generated_from_the_2025_map()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "published-data.md");
        var docs = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = docs.IndexOf(PublishedMapTable.Begin, StringComparison.Ordinal);
        var end = docs.IndexOf(PublishedMapTable.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/published-data.md must hold a section between {PublishedMapTable.Begin} and {PublishedMapTable.End}.");
        var start = docs.IndexOf('\n', begin) + 1;
        var current = docs[start..end];
        var generated = PublishedMapTable.Generate(PublishedColumnMap.Release2025);
        if (current == generated)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, string.Concat(docs.AsSpan(0, start), generated, docs.AsSpan(end)));
            return;
        }

        Assert.Fail(
            "The map table in docs/published-data.md is not the one generated from PublishedColumnMap.Release2025. Regenerate it with\n" +
            "  UPDATE_DOCS=1 dotnet test tests/ChildrensSocialCare.Indicators.Formats.Tests --filter The_map_table\n" +
            "and commit docs/published-data.md.");
    }

    [Fact]
    public void Every_catalogue_id_is_mapped_or_listed_as_without_a_published_column()
    {
        var map = PublishedColumnMap.Release2025;
        var mapped = map.Columns.Select(c => c.IndicatorId).ToHashSet();

        Assert.Equal(Catalogue.All.Select(d => d.Id), Catalogue.All.Select(d => d.Id).Where(id => mapped.Contains(id) || map.Unmapped.ContainsKey(id)));
        Assert.Empty(mapped.Intersect(map.Unmapped.Keys));
        Assert.All(map.Unmapped.Values, why => Assert.False(string.IsNullOrWhiteSpace(why)));
    }

    [Fact]
    public void Every_mapped_column_is_in_the_real_2025_file_it_names()
    {
        // The 2025 renames (children_count, care_leaver_percent, breakdown...) are checked against the real headers.
        foreach (var file in Directory.GetFiles(DfeFiles.Folder, "*.csv"))
        {
            var header = File.ReadLines(file).First().TrimStart('\uFEFF').Split(',');
            foreach (var column in PublishedColumnMap.Release2025.For(file).SelectMany(c => c.Columns))
            {
                Assert.Contains(column, header, StringComparer.OrdinalIgnoreCase);
            }
        }

        var files = Directory.GetFiles(DfeFiles.Folder, "*.csv").Select(Path.GetFileName).ToList();
        Assert.All(PublishedColumnMap.Release2025.Columns, c => Assert.Contains(files, f => c.Matches(f!)));
    }

    [Fact]
    public void Every_mapped_indicator_has_a_2025_England_figure_from_the_real_files()
    {
        foreach (var id in PublishedColumnMap.Release2025.Columns.Select(c => c.IndicatorId))
        {
            var england = DfeFiles.All.England(id, DfeFiles.Year2025);
            Assert.True(england.Comparator is not null, $"{id}: {string.Join(" ", england.Notes)}");
        }
    }
}
