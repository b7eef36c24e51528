using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Ssda903;

// Several years' returns and pooled multi-authority files.
public class Ssda903MultiYearFixtureTests
{
    private static readonly string Combined = Fixture.Path("cs-demand-model", "combined");

    [Fact]
    public void A_folder_of_five_years_gives_one_return_per_year_named_in_the_files()
    {
        var r = Ssda903Csv.ReadFolder(Combined);

        Assert.Equal([2017, 2018, 2019, 2020, 2021], r.Returns.Select(x => x.CollectionYear!.Value));
        // Rows per year (SOURCES.md): header 819/572/362/226/144, episodes 1,460/974/648/402/253.
        Assert.Equal([819, 572, 362, 226, 144], r.Returns.Select(x => x.Children.Count));
        Assert.Equal([1460, 974, 648, 402, 253], r.Returns.Select(x => x.Episodes.Count));
        Assert.Equal(0, r.Rejected);
        Reconcile.Check(r);
    }

    [Fact]
    public void Files_named_by_the_year_they_start_are_reported_unless_read_as_start_years()
    {
        // 2017-episodes.csv holds episodes starting up to 31/03/2018: the 2017-18 return, collection year 2018.
        var asNamed = Ssda903Csv.ReadFolder(Combined);
        var mismatches = asNamed.Diagnostics.Where(d => d.Code == DiagnosticCodes.Ssda903CollectionYearMismatch).ToList();
        Assert.Equal(5, mismatches.Count);
        Assert.Contains("31/03/2018", mismatches[0].Message, StringComparison.Ordinal);

        var asStartYears = Ssda903Csv.ReadFolder(Combined, new ReadOptions { FileNameYear = FileNameYear.StartYear });
        Assert.Equal([2018, 2019, 2020, 2021, 2022], asStartYears.Returns.Select(x => x.CollectionYear!.Value));
        Assert.DoesNotContain(asStartYears.Diagnostics, d => d.Code == DiagnosticCodes.Ssda903CollectionYearMismatch);
    }

    [Fact]
    public void Combining_the_five_returns_keeps_each_episode_once_with_the_later_returns_values()
    {
        var r = Ssda903Csv.ReadFolder(Combined, new ReadOptions { FileNameYear = FileNameYear.StartYear });

        var data = DataSet.Create(r.Returns);

        // 3,737 episode rows in the five files, of which 2,827 distinct (CHILD, DECOM) pairs
        // (for f in 20*-episodes.csv; do tail -n +2 $f; done | cut -d, -f1,2 | sort -u | wc -l); no pair repeats
        // within one file.
        Assert.Equal(3737, r.Returns.Sum(x => x.Episodes.Count));
        Assert.Equal(2827, data.Episodes.Count);

        // Child 247698's episode starting 19/03/2018 is open in 2017-episodes.csv and ends 06/09/2018 in
        // 2018-episodes.csv: the later return wins.
        var episode = Assert.Single(data.Episodes, e => e.ChildId == "247698" && e.Start == new DateOnly(2018, 3, 19));
        Assert.Equal(new DateOnly(2018, 9, 6), episode.End);
        Assert.All(r.Returns.SelectMany(x => x.CareLeaverOutcomes.Select(o => (o.CollectionYear, x.CollectionYear))), p => Assert.Equal(p.Item2, p.Item1));
    }

    [Fact]
    public void A_pooled_file_is_split_into_one_return_per_authority_and_year()
    {
        var r = Ssda903Csv.ReadFolder(Fixture.Path("cs-demand-model-regional", "v1"));

        Assert.Equal(["Bromley", "Hillingdon", "Southwark"], r.Authorities);
        Assert.Equal(15, r.Returns.Count);
        var bromley = r.ForAuthority("Bromley");
        Assert.Equal([2017, 2018, 2019, 2020, 2021], bromley.Select(x => x.CollectionYear!.Value));

        // Episode rows per LA and YEAR (awk on the LA and YEAR columns): Bromley 509, 299, 212, 145, 72.
        Assert.Equal([509, 299, 212, 145, 72], bromley.Select(x => x.Episodes.Count));
        Assert.All(bromley, x => Assert.Equal("Bromley", r.AuthorityOf(x)));
        Assert.Equal(3737, r.Returns.Sum(x => x.Episodes.Count));

        // ISO dates: the first episode row is 398768,2017-04-09,...,Hillingdon,2017.
        Assert.Contains(r.ForAuthority("Hillingdon")[0].Episodes, e => e.ChildId == "398768" && e.Start == new DateOnly(2017, 4, 9));
        Reconcile.Check(r);
    }

    [Fact]
    public void A_pooled_header_with_repeated_rows_rejects_each_repeat_within_its_return()
    {
        var r = Ssda903Csv.ReadFolder(Fixture.Path("cs-demand-model-regional", "v1"));

        // 1,304 header rows, 1,080 distinct (CHILD, LA, YEAR): 224 repeats, all identical copies (sort | uniq -d).
        var header = Assert.Single(r.Tables, t => t.Table == "header");
        Assert.Equal((1304, 1080, 224), (header.Read, header.Accepted, header.Rejected));
        Assert.Equal(224, r.Diagnostics.Count(d => d.Code == DiagnosticCodes.Ssda903ChildDuplicate));
    }

    [Fact]
    public void The_liia_tools_multi_year_episodes_file_is_pooled_by_authority_and_year()
    {
        var r = Ssda903Csv.ReadFiles([Fixture.Path("liia-tools", "SSDA903_episodes_for_testing_fixes_INPUT.csv")]);

        Assert.Equal(23, r.Accepted);
        Assert.Equal(["Barking and Dagenham", "Newham", "Sutton"], r.Authorities);
        Assert.Equal([2017, 2018, 2019, 2020, 2022], r.ForAuthority("Barking and Dagenham").Select(x => x.CollectionYear!.Value));
        var bad = r.ForAuthority("Barking and Dagenham").SelectMany(x => x.Episodes).Where(e => e.ChildId == "NORULE_BAD").OrderBy(e => e.Start).ToList();
        Assert.Equal([new DateOnly(2015, 6, 19), new DateOnly(2016, 7, 26)], bad.Select(e => e.Start));
        Assert.DoesNotContain(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Reconcile.Check(r);
    }
}
