using System.Text;
using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Tests.Breakdowns;

// Every built-in dimension's groups, labels and codes are documented in docs/breakdowns.md (specification section 5),
// in a table generated from Dimension.BuiltIn, so the documentation cannot drift from the groupings.
public class DimensionTableTests
{
    private const string Begin = "<!-- dimensions:begin";
    private const string End = "<!-- dimensions:end -->";

    [Fact]
    public void The_dimension_table_in_the_docs_is_the_one_generated_from_the_built_in_dimensions()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "breakdowns.md");
        var docs = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = docs.IndexOf(Begin, StringComparison.Ordinal);
        var end = docs.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/breakdowns.md must hold a section between {Begin} and {End}.");
        var start = docs.IndexOf('\n', begin) + 1;
        var generated = Generate();
        if (docs[start..end] == generated)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, string.Concat(docs.AsSpan(0, start), generated, docs.AsSpan(end)));
            return;
        }

        Assert.Fail(
            "The dimension table in docs/breakdowns.md is not the one generated from Dimension.BuiltIn. Regenerate it with\n" +
            "  UPDATE_DOCS=1 dotnet test tests/ChildrensSocialCare.Indicators.Tests --filter The_dimension_table\n" +
            "and commit docs/breakdowns.md.");
    }

    // The indicators it applies to, or, when that is shorter, every indicator but those it does not.
    private static string Applies(Dimension d)
    {
        var yes = Catalogue.All.Where(d.AppliesTo).Select(i => $"`{i.Id}`").ToList();
        var no = Catalogue.All.Where(i => !d.AppliesTo(i)).Select(i => $"`{i.Id}`").ToList();
        return yes.Count == 0 ? "none yet (no indicator's unit is a closed CIN episode)"
            : yes.Count <= no.Count ? string.Join(", ", yes) : $"every indicator but {string.Join(", ", no)}";
    }

    private static string Generate()
    {
        var s = new StringBuilder();
        foreach (var d in Dimension.BuiltIn)
        {
            s.Append("\n### `").Append(d.Id).Append("`: ").Append(d.Title).Append("\n\n")
                .Append("Applies to ").Append(d.AppliesToText).Append("; in the catalogue: ").Append(Applies(d)).Append(".\n\n")
                .Append("| Group | Label | Codes |\n|---|---|---|\n");
            foreach (var g in d.Groups)
            {
                var codes = g.Key == DimensionGroup.Unknown ? "blank, or a code not in the list"
                    : g.Codes.Count == 0 ? "any code not listed above"
                    : string.Join(" ", g.Codes.Select(c => c.Contains(' ', StringComparison.Ordinal) ? c : $"`{c}`"));
                s.Append("| `").Append(g.Key).Append("` | ").Append(g.Label).Append(" | ").Append(codes).Append(" |\n");
            }
        }

        return s.Append('\n').ToString();
    }
}
