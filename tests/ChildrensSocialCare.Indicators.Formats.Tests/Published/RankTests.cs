namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

public class RankTests
{
    private const string StabilityHeader = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,placement_stability,children_count,children_percent";

    private static PublishedStatistics Stability(params (string Code, int Percent)[] authorities)
    {
        var rows = authorities.Select(a =>
            $"2025,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,{a.Code},LA {a.Code},,CLA on 31 March,With 3 or more placements during the year,1,{a.Percent}");
        return DfeFiles.ReadText("la_cla_placement_stability.csv", StabilityHeader + "\n" + string.Join("\n", rows) + "\n");
    }

    [Fact]
    public void Lower_is_better_ranks_lowest_first_with_ties_sharing_the_lower_rank()
    {
        // Values 9, 10, 10, 14, 20. Type-7 quartiles: h = 4p, so Q1 = x[1] = 10, Q2 = x[2] = 10, Q3 = x[3] = 14.
        // 10: one value is better (9), so rank 2 for both 10s; 10 <= Q1, quartile 1. 14: rank 4, <= Q3, quartile 3.
        var published = Stability(("331", 9), ("332", 10), ("333", 10), ("334", 14), ("335", 20));

        Assert.Equal((2, 5, 1), Of(published.Rank("cla-3plus-placements", DfeFiles.Year2025, "332")));
        Assert.Equal((2, 5, 1), Of(published.Rank("cla-3plus-placements", DfeFiles.Year2025, "333")));
        Assert.Equal((4, 5, 3), Of(published.Rank("cla-3plus-placements", DfeFiles.Year2025, "334")));
        Assert.Equal((5, 5, 4), Of(published.Rank("cla-3plus-placements", DfeFiles.Year2025, "335")));
        Assert.Equal((10m, 10m, 14m), published.Rank("cla-3plus-placements", DfeFiles.Year2025, "331")!.Quartiles);
    }

    [Fact]
    public void Our_own_value_takes_the_place_of_our_published_row()
    {
        var published = Stability(("331", 9), ("332", 10), ("333", 10), ("334", 14), ("335", 20));

        // 335's own result of 8 replaces its published 20: best of 5.
        Assert.Equal((1, 5, 1), Of(published.Rank("cla-3plus-placements", DfeFiles.Year2025, 8m, "335")));
        // Without an authority to replace, the value is a sixth.
        Assert.Equal(6, published.Rank("cla-3plus-placements", DfeFiles.Year2025, 8m)!.Of);
    }

    [Fact]
    public void Fewer_than_four_values_have_no_rank()
    {
        Assert.Null(Stability(("331", 9), ("332", 10), ("333", 10)).Rank("cla-3plus-placements", DfeFiles.Year2025, "331"));
    }

    [Fact]
    public void A_context_indicator_ranks_highest_first_among_every_authority_of_the_real_2025_file()
    {
        // cla_number_and_rate_per_10k_children.csv 2025, Local authority rows at 31 March: 155, of which 151 have a
        // rate (z, z, z, c are left out); 48 are above Walsall's 81, so it ranks 49th. Quartiles (type 7) 53, 67, 90:
        // 81 is in the second band from the top.
        var rank = DfeFiles.All.Rank("cla-rate", DfeFiles.Year2025, "E08000030")!;

        Assert.Equal((49, 151, 2), Of(rank));
        Assert.Equal((53m, 67m, 90m), rank.Quartiles);
    }

    private static (int, int, int) Of(PublishedRank? rank) => rank is null ? (0, 0, 0) : (rank.Rank, rank.Of, rank.Quartile);
}
