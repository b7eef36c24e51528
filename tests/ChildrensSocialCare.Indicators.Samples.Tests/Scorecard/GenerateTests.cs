using System.Globalization;
using System.Text.Json;
using ChildrensSocialCare.Indicators.Reporting;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// scorecard generate writes a synthetic authority as the files a council would have; scoring those files gives the
// figures of the same authority scored in memory (but for what neither return holds).
public sealed class GenerateTests : IDisposable
{
    private readonly TempFolder _work = new("generate");

    [Fact]
    public void Generated_files_scored_give_the_figures_of_the_same_authority_in_memory()
    {
        var folder = _work.Path("out");
        var generated = ScorecardRun.Run("generate", "--children", "1,200", "--years", "2013-2015", "--seed", "7", "--out", folder).Succeeded();
        var authority = SyntheticAuthority.Generate(SyntheticOptions.Default with
        {
            Children = 1_200, FirstCollectionYear = 2013, LastCollectionYear = 2015, Seed = 7,
        });
        var population = authority.Population.ToString(CultureInfo.InvariantCulture);

        Assert.Equal(
            ["CIN_Census_2013.xml", "CIN_Census_2014.xml", "CIN_Census_2015.xml"],
            Directory.GetFiles(Path.Combine(folder, "cin")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var tables = Directory.GetFiles(Path.Combine(folder, "ssda903")).Select(Path.GetFileName).ToList();
        Assert.All(new[] { 2013, 2014, 2015 }, year =>
        {
            Assert.Contains($"SSDA903_{year}_header.csv", tables);
            Assert.Contains($"SSDA903_{year}_episodes.csv", tables);
        });
        Assert.Contains($"--year 2015 --population {population}", generated.Stdout, StringComparison.Ordinal);

        var scored = ScorecardRun.Run("--ssda903", Path.Combine(folder, "ssda903"), "--cin", Path.Combine(folder, "cin"),
            "--year", "2015", "--population", population, "--format", "json");
        var data = DataSet.Create([.. authority.Returns]);
        var card = data.Scorecard(Catalogue.All.Select(d => d.Id).ToList(), ReportingPeriod.Year(2015), authority.EvaluationOptions);
        using var inMemory = JsonDocument.Parse(JsonReport.Write(card, data.Diagnostics, null));
        using var fromFiles = scored.Json();

        var expected = inMemory.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        var actual = fromFiles.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        var compared = 0;
        foreach (var indicator in expected)
        {
            var id = indicator.GetProperty("id").GetString()!;
            if (ReturnFilesTests.NotInTheReturns.Contains(id))
            {
                continue;
            }

            foreach (var field in new[] { "numerator", "denominator", "value", "display" })
            {
                Assert.True(indicator.GetProperty(field).GetRawText() == actual[id].GetProperty(field).GetRawText(),
                    $"{id} {field}: in memory {indicator.GetProperty(field).GetRawText()}, from the files {actual[id].GetProperty(field).GetRawText()}");
            }

            compared++;
        }

        Assert.True(compared > 15, "Too few figures compared.");

        // The Annex A workbook of 31 March 2015: the lists AnnexAExtract gives of the same authority, read back whole,
        // and scored by --annex-a as the inspection scorecard.
        var workbook = Path.Combine(folder, "annex-a", "Annex_A_2015-03-31.xlsx");
        var read = Formats.AnnexAWorkbook.Read(workbook);
        Assert.Equal(AnnexAExtract.From(data, new DateOnly(2015, 3, 31)).Count, read.Lists.Count);
        Assert.True(read.Lists.Count > 0);
        Assert.Contains($"--annex-a {workbook} --reference-date 2015-03-31", generated.Stdout, StringComparison.Ordinal);
        using var inspection = ScorecardRun.Run("--annex-a", workbook, "--reference-date", "2015-03-31", "--format", "json").Json();
        var ids = inspection.RootElement.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(Catalogue.Inspection.Select(d => d.Id), ids.Take(Catalogue.Inspection.Count));
    }

    [Theory]
    [InlineData("--children 0", "--children '0' is not a whole number from 1 to 10,000,000")]
    [InlineData("--children many", "--children 'many' is not a whole number")]
    [InlineData("--years 2015-2012", "--years '2015-2012' is not a range of collection years")]
    [InlineData("--years 1990-1995", "--years '1990-1995' is not a range of collection years")]
    [InlineData("--seed x", "--seed 'x' is not a whole number")]
    [InlineData("--children 100", "generate needs --out <folder>")]
    public void Bad_arguments_are_input_errors(string arguments, string message)
    {
        var run = ScorecardRun.Run(["generate", .. arguments.Split(' '), .. arguments.Contains("--children 100", StringComparison.Ordinal) ? Array.Empty<string>() : ["--out", _work.Path("bad")]]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work.Path("bad")));
    }

    [Fact]
    public void An_out_path_that_is_a_file_is_an_input_error()
    {
        var file = _work.Write("taken", "not a folder\n");

        var run = ScorecardRun.Run("generate", "--children", "100", "--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file, not a folder", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_the_generate_options()
    {
        var help = ScorecardRun.Run("--help").Succeeded().Stdout;

        Assert.Contains("scorecard generate [options]", help, StringComparison.Ordinal);
        Assert.All(new[] { "--children", "--years", "--seed", "--out" }, o => Assert.Contains(o, help, StringComparison.Ordinal));
    }

    public void Dispose() => _work.Dispose();
}
