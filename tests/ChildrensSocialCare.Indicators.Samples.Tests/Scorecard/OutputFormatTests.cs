using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// --format json against docs/json-output.md, --format csv, and --publication.
public partial class OutputFormatTests
{
    private static readonly Lazy<string> s_docs = new(() => Markdown.Normalise(File.ReadAllText(Repository.Path("docs", "json-output.md"))));

    [Fact]
    public void Json_output_has_every_documented_property_with_its_documented_type_and_no_other()
    {
        var documented = DocumentedProperties();
        using var json = ScorecardRun.DemoJson.Json();
        var root = json.RootElement;

        var actual = Paths(root).ToList();
        var undocumented = actual.Select(p => p.Path).Distinct().Where(p => !documented.ContainsKey(p)).ToList();
        Assert.True(undocumented.Count == 0, $"Properties missing from docs/json-output.md: {string.Join(", ", undocumented)}");
        foreach (var (path, type) in documented)
        {
            var values = actual.Where(p => p.Path == path).Select(p => p.Value).ToList();
            var optional = OptionalProperties().Contains(path);
            Assert.True(optional || values.Count > 0, $"The documented property {path} is not in the output.");
            Assert.All(values, v => Assert.True(HasType(v, type), $"{path} is documented as '{type}' but is {v.ValueKind}: {v}"));
        }

        // Every indicator has every property that is not documented as conditional.
        var required = documented.Keys.Where(p => p.StartsWith("indicators[].", StringComparison.Ordinal) && !OptionalProperties().Contains(p))
            .Select(p => p["indicators[].".Length..]).ToList();
        foreach (var indicator in root.GetProperty("indicators").EnumerateArray())
        {
            Assert.All(required, name => Assert.True(indicator.TryGetProperty(name, out _), $"{indicator.GetProperty("id")} has no {name}."));
        }
    }

    [Fact]
    public void Json_output_uses_only_the_documented_tokens_and_the_catalogue()
    {
        var meanings = DocumentedMeanings();
        using var json = ScorecardRun.DemoJson.Json();
        var root = json.RootElement;
        var indicators = root.GetProperty("indicators").EnumerateArray().ToList();

        // The whole catalogue, family by family as DfE's publications group them.
        Assert.Equal(Catalogue.ByFamily.Select(d => d.Id), indicators.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("2024-04-01", root.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2025-03-31", root.GetProperty("period").GetProperty("end").GetString());
        Assert.False(root.GetProperty("publication").GetBoolean());
        foreach (var i in indicators)
        {
            var definition = Catalogue.Get(i.GetProperty("id").GetString()!);
            Assert.Equal(definition.Title, i.GetProperty("title").GetString());
            // decimals is the precision of display: the catalogue's, except that a count is shown whole.
            var decimals = i.GetProperty("decimals").GetInt32();
            Assert.Equal(definition.Unit == Unit.Count ? 0 : definition.Decimals, decimals);
            Assert.Contains(i.GetProperty("unit").GetString()!, Tokens(meanings["indicators[].unit"]));
            Assert.Contains(i.GetProperty("family").GetString()!, Tokens(meanings["indicators[].family"]));
            Assert.Contains(i.GetProperty("polarity").GetString()!, Tokens(meanings["indicators[].polarity"]));
            if (i.GetProperty("value").ValueKind == JsonValueKind.Number)
            {
                // display is value at the published precision, rounded half away from zero.
                Assert.Equal(Rounding.Format(i.GetProperty("value").GetDecimal(), decimals), i.GetProperty("display").GetString());
            }

            foreach (var c in i.GetProperty("comparators").EnumerateArray())
            {
                Assert.Contains(c.GetProperty("kind").GetString()!, Tokens(Between(meanings["indicators[].comparators"], "`kind`")));
                Assert.Contains(c.GetProperty("judgement").GetString()!, Tokens(Between(meanings["indicators[].comparators"], "`judgement`")));
            }
        }

        Assert.All(root.GetProperty("diagnostics").EnumerateArray(), d =>
            Assert.Contains(d.GetProperty("severity").GetString()!, Tokens(Between(meanings["diagnostics"], "`severity`"))));
        Assert.Contains(indicators, i => i.GetProperty("comparators").GetArrayLength() > 0);
    }

    [Fact]
    public void Json_examples_in_the_docs_use_the_property_names_of_the_output()
    {
        var documented = DocumentedProperties();
        var examples = Markdown.CodeBlocks(s_docs.Value).Where(b => b.Language == "json").ToList();
        Assert.True(examples.Count >= 2, "docs/json-output.md should show the output and the expected figures as JSON.");

        using var output = JsonDocument.Parse(examples[0].Code.Replace("...", "", StringComparison.Ordinal));
        var unknown = Paths(output.RootElement).Select(p => p.Path).Distinct().Where(p => !documented.ContainsKey(p)).ToList();
        Assert.True(unknown.Count == 0, $"The example output names properties the table does not: {string.Join(", ", unknown)}");

        // The expected-figures example is accepted by verify (it is valid JSON with an indicators array of ids).
        using var expected = JsonDocument.Parse(examples[1].Code);
        Assert.All(expected.RootElement.GetProperty("indicators").EnumerateArray(), i => Assert.NotNull(Catalogue.Find(i.GetProperty("id").GetString()!)));
    }

    [Fact]
    public void Csv_output_parses_with_one_row_per_indicator_and_the_figures_of_the_JSON_output()
    {
        var csv = ScorecardRun.Demo("--format", "csv").Succeeded().Stdout;
        using var json = ScorecardRun.DemoJson.Json();
        var byId = json.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        Assert.Equal(
            ["period_start", "period_end", "id", "title", "unit", "polarity", "numerator", "denominator", "value", "display", "annualised", "note", "comparators", "family"],
            reader.Header.ColNames);
        var ids = new List<string>();
        foreach (var row in reader)
        {
            var id = row["id"].ToString();
            ids.Add(id);
            var expected = byId[id];
            Assert.Equal("2024-04-01", row["period_start"].ToString());
            Assert.Equal(expected.GetProperty("title").GetString(), row["title"].ToString());
            Assert.Equal(expected.GetProperty("display").GetString(), row["display"].ToString());
            Assert.Equal(expected.GetProperty("unit").GetString(), row["unit"].ToString());
            Assert.Equal(expected.GetProperty("family").GetString(), row["family"].ToString());
            if (expected.GetProperty("numerator").ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(expected.GetProperty("numerator").GetDecimal(), decimal.Parse(row["numerator"].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture));
                // A count has no denominator in the JSON (spec 8.1); the CSV keeps the result's 0.
                var denominator = expected.GetProperty("denominator");
                Assert.Equal(denominator.ValueKind == JsonValueKind.Null ? 0m : denominator.GetDecimal(), decimal.Parse(row["denominator"].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            var comparators = expected.GetProperty("comparators").EnumerateArray()
                .Select(c => $"{c.GetProperty("name").GetString()} {c.GetProperty("year").GetString()} {c.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture)} {c.GetProperty("judgement").GetString()}");
            Assert.Equal(string.Join("; ", comparators), row["comparators"].ToString());
        }

        Assert.Equal(Catalogue.ByFamily.Select(d => d.Id), ids);
    }

    [Fact]
    public void Publication_never_shows_a_count_of_1_to_5()
    {
        // A small authority (300 children), so that many figures rest on counts of 1 to 5.
        var exact = ScorecardRun.Run("--demo-children", "300", "--format", "json").Json();
        var published = ScorecardRun.Run("--demo-children", "300", "--format", "json", "--publication").Json();
        var csv = ScorecardRun.Run("--demo-children", "300", "--format", "csv", "--publication").Succeeded().Stdout;
        var table = TextTable.Find(ScorecardRun.Run("--demo-children", "300", "--publication").Succeeded().Stdout, "Indicator");

        Assert.True(published.RootElement.GetProperty("publication").GetBoolean());
        var exactById = exact.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        var suppressed = 0;
        foreach (var p in published.RootElement.GetProperty("indicators").EnumerateArray())
        {
            var id = p.GetProperty("id").GetString()!;
            var e = exactById[id];
            var days = p.GetProperty("unit").GetString() == "days";  // a mean's numerator is total days, not children
            var small = e.GetProperty("available").GetBoolean()
                && ((!days && IsSmall(e.GetProperty("numerator"))) || IsSmall(e.GetProperty("denominator")));
            if (small)
            {
                suppressed++;
                Assert.Equal("c", p.GetProperty("display").GetString());
                Assert.Equal(JsonValueKind.Null, p.GetProperty("value").ValueKind);
                Assert.Equal(JsonValueKind.Null, p.GetProperty("interval").ValueKind);
                Assert.All(p.GetProperty("comparators").EnumerateArray(), c =>
                {
                    Assert.Equal(JsonValueKind.Null, c.GetProperty("difference").ValueKind);
                    // Judged on the interval (the default), a suppressed figure is not compared (no interval is shown).
                    Assert.Equal("not-compared", c.GetProperty("judgement").GetString());
                });
            }

            Assert.False(!days && IsSmall(p.GetProperty("numerator")), $"{id} shows a numerator of 1 to 5: {p}");
            Assert.False(IsSmall(p.GetProperty("denominator")), $"{id} shows a denominator of 1 to 5: {p}");
            if (p.TryGetProperty("details", out var details))
            {
                Assert.All(details.EnumerateArray(), d => Assert.False(IsSmall(d.GetProperty("numerator")), $"{id} shows a detail of 1 to 5: {d}"));
            }
        }

        Assert.True(suppressed > 0, "The small demo has no figure on a count of 1 to 5, so the test shows nothing: make it smaller.");

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        foreach (var row in reader)
        {
            var days = row["unit"].ToString() == "days";
            Assert.False(!days && IsSmallText(row["numerator"].ToString()), $"CSV {row["id"]}: numerator {row["numerator"]}");
            Assert.False(IsSmallText(row["denominator"].ToString()), $"CSV {row["id"]}: denominator {row["denominator"]}");
        }

        // The table's "numerator / denominator" column: "c / c", "47 / 932", ...
        var fraction = table.Column("Numerator / denominator");
        foreach (var row in table.Rows.Where(r => r[table.Column("Unit")] != "days"))
        {
            Assert.All(row[fraction].Split(" / "), part => Assert.False(IsSmallText(part), $"Table {row[0]}: {row[fraction]}"));
        }
    }

    private static bool IsSmall(JsonElement number) =>
        number.ValueKind == JsonValueKind.Number && number.GetDecimal() is var n && n >= 1 && n <= 5 && n == decimal.Truncate(n);

    private static bool IsSmallText(string text) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
        && n >= 1 && n <= 5 && n == decimal.Truncate(n);

    // The property table of docs/json-output.md: path -> type ("string", "number or null", ...).
    private static Dictionary<string, string> DocumentedProperties() =>
        DocumentRows().SelectMany(r => r.Names.Select(n => (n, r.Type))).ToDictionary(x => x.n, x => x.Type);

    private static Dictionary<string, string> DocumentedMeanings() =>
        DocumentRows().SelectMany(r => r.Names.Select(n => (n, r.Meaning))).ToDictionary(x => x.n, x => x.Meaning);

    private static List<(string[] Names, string Type, string Meaning)> DocumentRows()
    {
        var rows = s_docs.Value.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split(" | "))
            .Select(c => (Names: c[0].Split(',').Select(n => n.Trim().Trim('`')).ToArray(), Type: c[1].Trim(), Meaning: c[2].Trim()))
            .ToList();
        Assert.True(rows.Count > 10, "docs/json-output.md has lost its property table.");
        return rows;
    }

    // Properties the table documents as present only sometimes.
    private static HashSet<string> OptionalProperties() =>
        DocumentRows().Where(r => r.Meaning.StartsWith("present ", StringComparison.Ordinal)).SelectMany(r => r.Names).ToHashSet();

    // Every property of a JSON document as a documented path: "period.start", "indicators[].id", "diagnostics".
    // The objects inside indicators[].details, indicators[].comparators and diagnostics are documented in words.
    private static IEnumerable<(string Path, JsonElement Value)> Paths(JsonElement root)
    {
        foreach (var p in root.EnumerateObject())
        {
            if (p.Name == "indicators")
            {
                foreach (var indicator in p.Value.EnumerateArray())
                {
                    foreach (var q in indicator.EnumerateObject())
                    {
                        yield return ($"indicators[].{q.Name}", q.Value);
                    }
                }
            }
            else if (p.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var q in p.Value.EnumerateObject())
                {
                    yield return ($"{p.Name}.{q.Name}", q.Value);
                }
            }
            else
            {
                yield return (p.Name, p.Value);
            }
        }
    }

    private static bool HasType(JsonElement value, string documented) => documented switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "string (ISO date)" => value.ValueKind == JsonValueKind.String && IsoDate().IsMatch(value.GetString()!),
        "number" => value.ValueKind == JsonValueKind.Number,
        "number or null" => value.ValueKind is JsonValueKind.Number or JsonValueKind.Null,
        "object or null" => value.ValueKind is JsonValueKind.Object or JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        _ => throw new Xunit.Sdk.XunitException($"docs/json-output.md names a type this test does not know: '{documented}'."),
    };

    // The backquoted tokens of a text: "`%` percentage, `r10k` rate" -> %, r10k.
    private static HashSet<string> Tokens(string text) => Backquoted().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    // The parenthesis after a name in a meaning: "`kind` (`england`, `region`)" -> "`england`, `region`".
    private static string Between(string meaning, string name)
    {
        var start = meaning.IndexOf(name + " (", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/json-output.md no longer lists the values of {name}.");
        start += name.Length + 2;
        return meaning[start..meaning.IndexOf(')', start)];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backquoted();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
