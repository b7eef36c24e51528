using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.DataSets;

public class CombiningReturnsTests
{
    [Fact]
    public void A_child_in_a_CIN_census_and_an_SSDA903_return_keeps_what_each_recorded()
    {
        // The same child in both returns of 2015: the CIN census records disabilities, the SSDA903 header MOTHER.
        // The return supplied later wins where both record a value; each fills in what the other left empty.
        var cin = new RecordSet { CollectionYear = 2015, Source = "cin" };
        cin.Children.Add(new Child("A", new DateOnly(2001, 5, 1), "1") { Disabilities = ["HAND", "VIS"], Upn = "A123456789012" });
        var ssda903 = new RecordSet { CollectionYear = 2015, Source = "ssda903" };
        ssda903.Children.Add(new Child("A", null, "1") { IsMother = false, Ethnicity = "WBRI" });

        var child = Assert.Single(DataSet.Create(cin, ssda903).Children);

        Assert.Equal(new DateOnly(2001, 5, 1), child.DateOfBirth);
        Assert.Equal(["HAND", "VIS"], child.Disabilities);
        Assert.Equal("A123456789012", child.Upn);
        Assert.False(child.IsMother);
        Assert.Equal("WBRI", child.Ethnicity);
    }

    [Fact]
    public void The_later_return_wins_where_both_record_a_value()
    {
        var y2014 = new RecordSet { CollectionYear = 2014 };
        y2014.Children.Add(new Child("A", new DateOnly(2001, 5, 1)) { Ethnicity = "NOBT" });
        var y2015 = new RecordSet { CollectionYear = 2015 };
        y2015.Children.Add(new Child("A", new DateOnly(2001, 5, 2)) { Ethnicity = "WBRI" });

        // Supplied in either order, the 2015 return is the later one.
        var child = Assert.Single(DataSet.Create(y2015, y2014).Children);

        Assert.Equal(new DateOnly(2001, 5, 2), child.DateOfBirth);
        Assert.Equal("WBRI", child.Ethnicity);
    }

    [Fact]
    public void An_episode_open_in_one_return_and_missing_from_the_next_is_reported()
    {
        // Child A's episode is open at 31 March 2014 but absent from the 2015 return, which has other episodes: it
        // stays open in the data set (so A still counts as looked after at 31 March 2015), and a warning says why.
        var y2014 = new RecordSet { CollectionYear = 2014, Source = "2014" };
        y2014.Episodes.Add(new LookedAfterEpisode("A", new DateOnly(2013, 6, 1), "S", "C2", "U1"));
        y2014.Episodes.Add(new LookedAfterEpisode("B", new DateOnly(2013, 7, 1), "S", "C2", "U1"));
        var y2015 = new RecordSet { CollectionYear = 2015, Source = "2015" };
        y2015.Episodes.Add(new LookedAfterEpisode("B", new DateOnly(2013, 7, 1), "S", "C2", "U1", new DateOnly(2014, 8, 1), "E13"));

        var data = DataSet.Create(y2014, y2015);

        var warning = Assert.Single(data.Diagnostics, d => d.Code == "episodes.missing-from-next-return");
        Assert.Equal("A", warning.ChildId);
        Assert.Equal("2013-06-01", warning.Value);
        Assert.Equal(1m, data.Evaluate("cla-rate", ReportingPeriod.Year(2015), new EvaluationOptions { Population = 10_000 }).Numerator);
    }

    [Fact]
    public void An_episode_carried_into_the_next_return_is_not_reported()
    {
        var y2014 = new RecordSet { CollectionYear = 2014 };
        y2014.Episodes.Add(new LookedAfterEpisode("A", new DateOnly(2013, 6, 1), "S", "C2", "U1"));
        var y2015 = new RecordSet { CollectionYear = 2015 };
        y2015.Episodes.Add(new LookedAfterEpisode("A", new DateOnly(2013, 6, 1), "S", "C2", "U1", new DateOnly(2014, 8, 1), "E13"));

        Assert.DoesNotContain(DataSet.Create(y2014, y2015).Diagnostics, d => d.Code == "episodes.missing-from-next-return");
    }

    [Fact]
    public void Periods_of_care_and_placements_compare_by_content()
    {
        static DataSet Build()
        {
            var r = new RecordSet();
            r.Episodes.Add(new LookedAfterEpisode("A", new DateOnly(2013, 6, 1), "S", "C2", "U1", new DateOnly(2013, 9, 1), "X1"));
            r.Episodes.Add(new LookedAfterEpisode("A", new DateOnly(2013, 9, 1), "P", "C2", "U2"));
            return DataSet.Create(r);
        }

        Assert.Equal(Build().PeriodsOfCare("A"), Build().PeriodsOfCare("A"));
        Assert.Equal(Build().Placements("A"), Build().Placements("A"));
        Assert.Equal(2, Build().Placements("A").Count);
    }
}
