using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// scorecard --benchmarks FILE_OR_FOLDER --la CODE [--neighbours CODES_OR_FILE]: same-year comparators from DfE's
// published files (the real 2025 files copied into the Formats tests' fixtures).
public class BenchmarkOptionTests
{
    private static readonly string s_published =
        Repository.Path("tests", "ChildrensSocialCare.Indicators.Formats.Tests", "Fixtures", "dfe-published");

    private static string ClaFile => Path.Combine(s_published, "cla_number_and_rate_per_10k_children.csv");

    [Fact]
    public void Benchmarks_set_england_region_and_neighbours_of_the_scored_year()
    {
        // The demo scores 2024-25, the year of the 2025 releases. cla_number_and_rate_per_10k_children.csv, "Children
        // looked after on 31 March each year", column rate_per_10000: England (line 3) 67, West Midlands (line 18) 86.
        using var json = ScorecardRun.Demo("--benchmarks", ClaFile, "--la", "E08000030", "--neighbours", "334,336", "--format", "json").Json();
        var cla = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cla-rate");
        var byKind = cla.GetProperty("comparators").EnumerateArray().ToDictionary(c => c.GetProperty("kind").GetString()!);
        Assert.Equal(67m, byKind["england"].GetProperty("value").GetDecimal());
        Assert.Equal(86m, byKind["region"].GetProperty("value").GetDecimal());
        Assert.All(byKind.Values, c => Assert.Equal("2024-25", c.GetProperty("year").GetString()));
        // The neighbours named, Solihull 334 (line 252) 99 and Wolverhampton 336 (line 258) 73: mean (99 + 73) / 2 = 86,
        // with the number used in its source.
        Assert.Equal(86m, byKind["statistical-neighbours"].GetProperty("value").GetDecimal());
        Assert.Equal("Statistical neighbours", byKind["statistical-neighbours"].GetProperty("name").GetString());
        Assert.Contains("2 of 2", byKind["statistical-neighbours"].GetProperty("source").GetString(), StringComparison.Ordinal);
        // England's carries the rank among every authority: the 151 single authorities with a 2025 rate (RankTests in
        // the Formats tests), the demo's rate in Walsall's place; the region and neighbours rank no one.
        Assert.Equal(151, byKind["england"].GetProperty("of").GetInt32());
        Assert.InRange(byKind["england"].GetProperty("rank").GetInt32(), 1, 151);
        Assert.InRange(byKind["england"].GetProperty("quartile").GetInt32(), 1, 4);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byKind["region"].GetProperty("rank").ValueKind);
        // Each is judged (the small demo's interval decides between lower and similar, so only the word's presence is
        // checked here; the judgement itself is tested in the core).
        Assert.All(byKind.Values, c => Assert.Contains(c.GetProperty("judgement").GetString(), new[] { "higher", "lower", "similar" }));
    }

    [Fact]
    public void Benchmarks_of_another_year_are_not_set_beside_the_scored_year()
    {
        // The copied files hold 2024-25 figures (and 2023-24 looked-after and referral figures); scoring 2022-23, no
        // comparator is set, never a later year's.
        using var json = ScorecardRun.Demo("--benchmarks", s_published, "--la", "335", "--year", "2023", "--format", "json").Json();
        Assert.All(json.RootElement.GetProperty("indicators").EnumerateArray(),
            i => Assert.Equal(0, i.GetProperty("comparators").GetArrayLength()));

        // Scoring 2023-24: only the 2023-24 figures, those of the two files that keep that year.
        using var earlier = ScorecardRun.Demo("--benchmarks", s_published, "--la", "335", "--year", "2024", "--format", "json").Json();
        var comparators = earlier.RootElement.GetProperty("indicators").EnumerateArray()
            .SelectMany(i => i.GetProperty("comparators").EnumerateArray().Select(c => (Id: i.GetProperty("id").GetString(), Year: c.GetProperty("year").GetString())))
            .ToList();
        Assert.Contains(comparators, c => c.Id == "cla-rate");
        Assert.All(comparators, c => Assert.Equal("2023-24", c.Year));
    }

    [Theory]
    [InlineData("no-such-folder", "335", "no such file or folder")]
    [InlineData(null, "999", "no such authority")]
    public void Bad_benchmarks_are_input_errors(string? path, string la, string reason)
    {
        var run = ScorecardRun.Demo("--benchmarks", path ?? s_published, "--la", la);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmarks_need_la_and_exclude_compare()
    {
        Assert.NotEqual(0, ScorecardRun.Demo("--benchmarks", s_published).ExitCode);
        Assert.NotEqual(0, ScorecardRun.Demo("--la", "335").ExitCode);
        Assert.NotEqual(0, ScorecardRun.Demo("--benchmarks", s_published, "--la", "335", "--compare", "x.json").ExitCode);
    }
}
