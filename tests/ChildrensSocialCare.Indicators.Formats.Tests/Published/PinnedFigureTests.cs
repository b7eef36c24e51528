namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// More published 2025 figures pinned from the real files (Fixtures/dfe-published, see its SOURCES.md): England, the
// West Midlands and Walsall (335 / E08000030), beside the looked-after rates of PublishedFigureTests.
public class PinnedFigureTests
{
    [Theory]
    // c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv, column rereferral_percent: England line 2 22.6,
    // West Midlands line 7 19.5, Walsall line 85 19.7.
    [InlineData("re-referrals-12m", "E92000001", 22.6)]
    [InlineData("re-referrals-12m", "E12000005", 19.5)]
    [InlineData("re-referrals-12m", "335", 19.7)]
    // d3_cpps_subsequent_plan_2013_to_2025.csv, column CPP_subsequent_percent: England line 2 24.5, West Midlands
    // line 7 26.7, Walsall line 85 24.5 (80 of 326).
    [InlineData("cpp-second-subsequent", "E92000001", 24.5)]
    [InlineData("cpp-second-subsequent", "E12000005", 26.7)]
    [InlineData("cpp-second-subsequent", "E08000030", 24.5)]
    public void A_published_2025_figure_is_read_as_published(string id, string code, double published)
    {
        var figure = DfeFiles.All.Figure(id, DfeFiles.Year2025, code);
        Assert.NotNull(figure);
        Assert.Equal((decimal)published, figure.Value.Number);
        Assert.False(figure.Computed);
    }

    [Fact]
    public void Walsalls_region_for_re_referrals_is_the_west_midlands_row()
    {
        // c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv line 7, column rereferral_percent: 19.5.
        var region = DfeFiles.All.Region("re-referrals-12m", DfeFiles.Year2025, "335");
        Assert.Equal(19.5m, region.Comparator!.Value);
        Assert.Equal("2024-25", region.Comparator.Year);
    }
}
