namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

// DemoAuthority.Latest: the demo in the latest published years, which the scorecard command scores beside DfE's
// published figures of 2024-25, compared as Walsall.
public class LatestDemoTests
{
    [Fact]
    public void The_latest_demo_is_the_demo_over_the_four_years_to_the_latest_published_one()
    {
        Assert.Equal(2025, DemoAuthority.LatestPublishedYear);
        Assert.Equal(DemoAuthority.Options with { FirstCollectionYear = 2022, LastCollectionYear = 2025, LegacyAssessmentsLastYear = 2014 }, DemoAuthority.Latest);
        Assert.Equal(("335", "E08000030", "Walsall"), (DemoAuthority.LikeAuthority, DemoAuthority.LikeAuthorityNewCode, DemoAuthority.LikeAuthorityName));

        // A small copy (the same seed and years): one return per collection year, 2022 to 2025, and no legacy
        // assessments in them (those ended with 2013-14; the demo's last is 2014).
        var small = SyntheticAuthority.Generate(DemoAuthority.Latest with { Children = 500 });
        Assert.Equal([2022, 2023, 2024, 2025], small.Returns.Select(r => r.CollectionYear));
        Assert.Empty(small.Records.LegacyAssessments);
    }
}
