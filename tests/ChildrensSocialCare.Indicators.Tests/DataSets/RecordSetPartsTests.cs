using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.DataSets;

public class RecordSetPartsTests
{
    private static RecordSet Mixed()
    {
        var r = new RecordSet { CollectionYear = 2015, Source = "warehouse" };
        r.Children.Add(new Child("A", new DateOnly(2005, 1, 1)));  // looked after and in need
        r.Children.Add(new Child("B", new DateOnly(2006, 1, 1)));  // in need only
        r.Children.Add(new Child("C", new DateOnly(1995, 1, 1)));  // care leaver only
        r.Children.Add(new Child("D", new DateOnly(2007, 1, 1)));  // a contact only
        r.Episodes.Add(new LookedAfterEpisode("A", new DateOnly(2014, 5, 1), "S", "C2", "U1"));
        r.CareLeaverOutcomes.Add(new CareLeaverOutcome("C", null, "YES", "F1", "B1"));
        r.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2014, 4, 1)));
        r.CinEpisodes.Add(new CinEpisode("B", new DateOnly(2014, 6, 1)));
        r.ChildProtectionPlans.Add(new ChildProtectionPlan("B", new DateOnly(2014, 7, 1)));
        r.Contacts.Add(new Contact("D", new DateOnly(2014, 8, 1), ContactOutcome.AdviceInformation));
        return r;
    }

    [Fact]
    public void The_SSDA903_part_holds_its_tables_and_the_header_rows_of_their_children()
    {
        var part = Mixed().Ssda903Part();

        Assert.Equal(["A", "C"], part.Children.Select(c => c.Id));
        Assert.Single(part.Episodes);
        Assert.Single(part.CareLeaverOutcomes);
        Assert.Empty(part.CinEpisodes);
        Assert.Empty(part.Contacts);
        Assert.Equal((2015, "warehouse"), (part.CollectionYear, part.Source));
    }

    [Fact]
    public void The_CIN_census_part_holds_its_modules_and_their_children()
    {
        var part = Mixed().CinCensusPart();

        Assert.Equal(["A", "B"], part.Children.Select(c => c.Id));
        Assert.Equal(2, part.CinEpisodes.Count);
        Assert.Single(part.ChildProtectionPlans);
        Assert.Empty(part.Episodes);
        Assert.Empty(part.Contacts);
    }
}
