using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// The example in docs/formats.md, run on the fixtures so that it cannot rot.
public class DocsExampleTests
{
    [Fact]
    public void Last_years_return_and_the_one_before_load_and_evaluate_as_in_the_documentation()
    {
        // The fixture folder holds five years named by the year each starts; the documentation's folders hold one
        // return each, read with the collection year given.
        var folder = Fixture.Path("cs-demand-model", "combined");
        using var lastYearFolder = new TempFolder();
        using var earlierFolder = new TempFolder();
        foreach (var file in Directory.GetFiles(folder, "2021-*.csv"))
        {
            File.Copy(file, lastYearFolder.File(Path.GetFileName(file)[5..]));
        }

        foreach (var file in Directory.GetFiles(folder, "2020-*.csv"))
        {
            File.Copy(file, earlierFolder.File(Path.GetFileName(file)[5..]));
        }

        // --- docs/formats.md ---
        var lastYear = Ssda903Csv.ReadFolder(lastYearFolder.Path, new ReadOptions { CollectionYear = 2022 });
        var earlier = Ssda903Csv.ReadFolder(earlierFolder.Path, new ReadOptions { CollectionYear = 2021 });
        var findings = lastYear.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information).ToList();
        var data = DataSet.Create(earlier.Returns.Concat(lastYear.Returns));
        var scorecard = data.Scorecard(ReportingPeriod.Year(2022), EvaluationOptions.Default.WithPopulation(63_597));
        var lines = scorecard.Select(result => $"{result.Id,-40} {result.Display}").ToList();
        // --- end ---

        Assert.Equal(Catalogue.All.Count, lines.Count);
        Assert.Equal([2021, 2022], new[] { earlier.Returns[0].CollectionYear!.Value, lastYear.Returns[0].CollectionYear!.Value });

        // The findings of 2022: OC3 activities F3 and P3, which the 2022 list replaced with F4/P4/F5/P5.
        var activities = File.ReadLines(Path.Combine(folder, "2021-oc3.csv")).Skip(1).Count(l => l.Split(',')[3] is "F3" or "P3");
        Assert.Equal(activities, findings.Count(d => d.Code == DiagnosticCodes.CodeUnknown && d.Column == "ACTIV"));
        Assert.All(findings, d => Assert.Equal((DiagnosticCodes.CodeUnknown, "oc3.csv"), (d.Code, Path.GetFileName(d.Source))));

        // Children looked after at 31 March 2022 in the last return alone: 55, counted straight from the file
        // (2021-episodes.csv rows with DECOM <= 31/03/2022, DEC blank or later, LS not V3/V4; distinct CHILD).
        var end = new DateOnly(2022, 3, 31);
        var open = File.ReadLines(Path.Combine(folder, "2021-episodes.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[3] is not ("V3" or "V4"))
            .Where(c => DateOnly.ParseExact(c[1], "dd/MM/yyyy") <= end && (c[7].Length == 0 || DateOnly.ParseExact(c[7], "dd/MM/yyyy") > end))
            .Select(c => c[0]).Distinct().Count();
        Assert.Equal(55, open);
        var single = DataSet.Create(lastYear.Returns).Scorecard(ReportingPeriod.Year(2022), EvaluationOptions.Default.WithPopulation(63_597));
        Assert.Equal(open, single["cla-rate"].Numerator);
    }

    [Fact]
    public void A_census_and_a_return_of_one_year_combine_into_one_data_set()
    {
        var census = CinCensusXml.Read(Fixture.Path("csc-validator-be-cin", "fake_CIN_data.xml"));
        var looked = Ssda903Xml.Read(Fixture.Path("csc-validator-be-903", "fake_903.xml"));

        var data = DataSet.Create(census.Returns.Concat(looked.Returns));

        Assert.Equal(402, data.CinEpisodes.Count);
        Assert.Equal(459, data.Episodes.Count);
        Assert.Equal(332 + 253, data.ChildCount); // the two fake files share no child id
        Assert.IsType<RecordSet>(census.Returns[0]);
    }
}
