using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using ChildrensSocialCare.Indicators.ScorecardCommand;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Readme;

// The README's programs, compiled against the packed packages and run, as a reader who pastes them would.
[Collection(PackageCollection.Name)]
[Trait("category", "package")]
[Trait("category", "readme")]
public partial class ReadmeProgramTests(PackageFeed feed)
{
    private const int DemoChildren = 1_500;

    private static readonly Lazy<string> s_readme = new(() => Markdown.Normalise(File.ReadAllText(Repository.Readme)));

    // Both programs in one project (one build): each README block becomes the body of a static method.
    private static readonly object s_lock = new();
    private static Consumer? s_programs;

    [Fact]
    public void Quick_start_scores_a_folder_of_returns_as_the_scorecard_command_does()
    {
        var code = QuickStartCode();
        var population = long.Parse(PopulationIn().Match(code) is { Success: true } p
            ? p.Groups[1].Value.Replace("_", "", StringComparison.Ordinal)
            : throw new InvalidOperationException("The quick start no longer sets EvaluationOptions.Population to a number: update this test."), CultureInfo.InvariantCulture);
        var year = YearIn().Match(code) is { Success: true } y
            ? y.Groups[1].Value
            : throw new InvalidOperationException("The quick start no longer evaluates ReportingPeriod.Year(YYYY): update this test.");

        // The demo authority's returns (synthetic) where the quick start looks for a council's.
        using var work = new TempFolder("quick-start");
        var authority = DemoFiles.Authority(DemoChildren);
        DemoFiles.WriteSsda903Csv(authority, work.Path("returns", "ssda903"));
        DemoFiles.WriteCinCensus(authority, work.Path("returns", "cin"));

        var run = Programs().Run(work.FullName, "quick-start");
        Assert.True(run.ExitCode == 0, run.ToString());

        // The scorecard command, in-process, on the same files with the same population and year.
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = ScorecardApp.Run(
            ["--ssda903", work.Path("returns", "ssda903"), "--cin", work.Path("returns", "cin"), "--year", year,
             "--population", population.ToString(CultureInfo.InvariantCulture), "--format", "json"], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        var expected = json.RootElement.GetProperty("indicators").EnumerateArray().Select(Line).ToList();

        Assert.Equal(expected, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Catalogue.All.Count, expected.Count);
        Assert.True(run.Stderr.Length == 0, $"The quick start reported errors reading files written by the library's own writers:\n{run.Stderr}");
    }

    [Fact]
    public void First_example_prints_the_output_shown_below_it()
    {
        var section = Markdown.HeadingSection(s_readme.Value, "A first example");
        var blocks = Markdown.CodeBlocks(section);
        var printed = blocks.SkipWhile(b => b.Language != "csharp").Skip(1).FirstOrDefault(b => b.Language == "text");
        Assert.True(printed.Code is not null, "'A first example' must be a csharp block followed by a text block of what it prints.");

        var run = Programs().Run(Path.GetTempPath(), "first-example");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(printed.Code, run.Stdout);
    }

    [Fact]
    public void Benchmark_example_prints_the_published_figures_and_ranks_our_rate_among_every_authority()
    {
        // The real 2025 files the demo uses (samples/Scorecard/dfe-published), and the demo authority's returns
        // (synthetic, 2021-22 to 2024-25) where the example looks for a council's.
        using var work = new TempFolder("benchmark-example");
        Directory.CreateDirectory(work.Path("dfe-published"));
        foreach (var file in Directory.GetFiles(Repository.Path("samples", "Scorecard", "dfe-published"), "*.csv"))
        {
            File.Copy(file, work.Path("dfe-published", Path.GetFileName(file)));
        }

        DemoFiles.WriteSsda903Csv(DemoFiles.Authority(DemoChildren), work.Path("returns", "ssda903"));

        var run = Programs().Run(work.FullName, "benchmark-example");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // cla_number_and_rate_per_10k_children.csv, rate_per_10000 of 2025: England 67, West Midlands 86; Walsall's 10
        // neighbours' mean 101.1 (PublishedDocsExampleTests works it).
        Assert.Equal(["England: 67", "West Midlands: 86", "Statistical neighbours (mean of 10 of 10): 101.1"], lines[..3]);
        Assert.Equal(3, lines.Length - 3);
        Assert.Matches(@"^England 2024-25: 67 \((Better|Worse|Similar|Higher|Lower)[a-z]*, rank [0-9]+ of 151, quartile [1-4]\)$", lines[3]);
        Assert.StartsWith("West Midlands 2024-25: 86 (", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Breakdown_example_prints_groups_that_add_up_to_the_whole()
    {
        // The demo authority's returns (synthetic, 2021-22 to 2024-25) where the example looks for a council's.
        using var work = new TempFolder("breakdown-example");
        DemoFiles.WriteSsda903Csv(DemoFiles.Authority(DemoChildren), work.Path("returns", "ssda903"));

        var run = Programs().Run(work.FullName, "breakdown-example");

        Assert.True(run.ExitCode == 0, run.ToString());
        // The same breakdowns worked here from the same files: one line per group, in the groups' order, and the age
        // bands' counts add up to the looked-after children at the end of 2024-25.
        var data = DataSet.Create(Formats.Ssda903Csv.ReadFolder(work.Path("returns", "ssda903")).Returns);
        var year = ReportingPeriod.Year(2025);
        var ages = data.Breakdown("cla-rate", DimensionIds.AgeBand, year);
        var legal = data.Breakdown("cla-3plus-placements", DimensionIds.LegalStatus, year);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ages.Groups.Count + legal.Groups.Count, lines.Length);
        Assert.Equal(ages.Groups.Select(g => g.Label + ": " + g.Numerator.ToString(CultureInfo.CurrentCulture) + " ("), lines.Take(ages.Groups.Count).Select(l => l[..(l.IndexOf('(') + 1)]));
        Assert.Equal(ages.Whole.Numerator, ages.Groups.Sum(g => g.Numerator));
        Assert.True(ages.Whole.Numerator > 0);
        Assert.Equal(legal.Groups.Select(g => g.Label + ": " + g.Display + " of "), lines.Skip(ages.Groups.Count).Select(l => l[..(l.IndexOf(" of ", StringComparison.Ordinal) + 4)]));
    }

    [Fact]
    public void Package_readme_examples_compile_and_the_cores_runs()
    {
        // The Formats example reads a council's folders, so it is only compiled (Programs() builds every block).
        var run = Programs().Run(Path.GetTempPath(), "core-readme");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Assessments", run.Stdout, StringComparison.Ordinal);
    }

    // IndicatorResult.ToString() from the command's JSON: "id: display (numerator / denominator)"; a count's JSON has no
    // denominator (spec 8.1), its result 0.
    private static string Line(JsonElement r) => r.GetProperty("available").GetBoolean()
        ? $"{r.GetProperty("id").GetString()}: {r.GetProperty("display").GetString()} ({r.GetProperty("numerator").GetDecimal().ToString(CultureInfo.InvariantCulture)} / {(r.GetProperty("denominator").ValueKind == JsonValueKind.Null ? 0m : r.GetProperty("denominator").GetDecimal()).ToString(CultureInfo.InvariantCulture)})"
        : $"{r.GetProperty("id").GetString()}: not available ({r.GetProperty("reason").GetString()})";

    private static string QuickStartCode()
    {
        var blocks = Markdown.CodeBlocks(Markdown.Section(s_readme.Value, "quick-start")).Where(b => b.Language == "csharp").ToList();
        Assert.True(blocks.Count == 1, $"The quick start must hold exactly one csharp code block; it holds {blocks.Count}.");
        return blocks[0].Code;
    }

    private static string BenchmarkExampleCode()
    {
        var block = Markdown.CodeBlocks(Markdown.HeadingSection(s_readme.Value, "Comparing with England, the region and statistical neighbours")).FirstOrDefault(b => b.Language == "csharp");
        Assert.True(block.Code is not null, "'Comparing with England, the region and statistical neighbours' has no csharp code block.");
        return block.Code;
    }

    private static string SectionCode(string heading)
    {
        var block = Markdown.CodeBlocks(Markdown.HeadingSection(s_readme.Value, heading)).FirstOrDefault(b => b.Language == "csharp");
        Assert.True(block.Code is not null, $"'{heading}' has no csharp code block.");
        return block.Code;
    }

    private static string FirstExampleCode()
    {
        var block = Markdown.CodeBlocks(Markdown.HeadingSection(s_readme.Value, "A first example")).FirstOrDefault(b => b.Language == "csharp");
        Assert.True(block.Code is not null, "'A first example' has no csharp code block.");
        return block.Code;
    }

    // The first csharp block of a package's own readme (src/<package>/README.md).
    private static string PackageReadmeCode(string package)
    {
        var readme = Markdown.Normalise(File.ReadAllText(Repository.Path("src", package, "README.md")));
        var block = Markdown.CodeBlocks(readme).FirstOrDefault(b => b.Language == "csharp");
        Assert.True(block.Code is not null, $"The readme of {package} has no csharp code block.");
        return block.Code;
    }

    private Consumer Programs()
    {
        lock (s_lock)
        {
            s_programs ??= feed.BuildConsumer("ReadmePrograms", [PackageFeed.Formats], new Dictionary<string, string>
            {
                ["Program.cs"] = """
                    switch (args[0])
                    {
                        case "quick-start": QuickStart.Run(); break;
                        case "first-example": FirstExample.Run(); break;
                        case "core-readme": CoreReadme.Run(); break;
                        case "benchmark-example": BenchmarkExample.Run(); break;
                        case "breakdown-example": BreakdownExample.Run(); break;
                        default: throw new ArgumentException(args[0]);
                    }
                    """,
                ["QuickStart.cs"] = Snippet.AsClass("QuickStart", QuickStartCode()),
                ["FirstExample.cs"] = Snippet.AsClass("FirstExample", FirstExampleCode()),
                ["CoreReadme.cs"] = Snippet.AsClass("CoreReadme", PackageReadmeCode(PackageFeed.Core)),
                ["BenchmarkExample.cs"] = Snippet.AsClass("BenchmarkExample", BenchmarkExampleCode()),
                ["BreakdownExample.cs"] = Snippet.AsClass("BreakdownExample", SectionCode("Who the children are: breakdowns")),
                ["FormatsReadme.cs"] = Snippet.AsClass("FormatsReadme", PackageReadmeCode(PackageFeed.Formats)),
            });
            return s_programs;
        }
    }

    [GeneratedRegex(@"Population\s*=\s*([0-9_]+)")]
    private static partial Regex PopulationIn();

    [GeneratedRegex(@"ReportingPeriod\.Year\((\d{4})\)")]
    private static partial Regex YearIn();
}
