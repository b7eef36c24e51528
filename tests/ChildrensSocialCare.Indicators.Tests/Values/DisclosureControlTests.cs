namespace ChildrensSocialCare.Indicators.Tests.Values;

// Specification 1.4 and SOURCES-AND-FIGURES.md section 7 (GSS symbols): c for counts 1-5 and figures built on one,
// z not applicable, k a non-zero value that rounds to 0, and counts to the nearest 10 for national and regional figures.
public class DisclosureControlTests
{
    private static readonly DisclosureControl s_local = DisclosureControl.LocalAuthority;
    private static readonly DisclosureControl s_national = DisclosureControl.NationalOrRegional;

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "c")]
    [InlineData(5, "c")]
    [InlineData(6, "6")]
    [InlineData(1234, "1234")]
    public void Local_authority_counts_of_1_to_5_are_suppressed_and_others_shown_unrounded(long count, string expected) =>
        Assert.Equal(expected, s_local.Count(count));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(3, "c")]
    [InlineData(6, "10")]
    [InlineData(14, "10")]
    [InlineData(15, "20")] // half away from zero
    [InlineData(25, "30")] // not banker's (which gives 20)
    [InlineData(441_500, "441500")]
    [InlineData(657_804, "657800")]
    public void National_and_regional_counts_are_rounded_to_the_nearest_10(long count, string expected) =>
        Assert.Equal(expected, s_national.Count(count));

    [Fact]
    public void Suppression_can_be_switched_off()
    {
        var open = s_local with { SuppressSmallCounts = false };

        Assert.Equal("3", open.Count(3));
        Assert.Equal("60.0", open.Percentage(Percentage.Of(3, 5), 1));
        Assert.Equal("0", (s_national with { SuppressSmallCounts = false }).Count(3));
    }

    [Fact]
    public void A_percentage_whose_numerator_or_denominator_is_1_to_5_is_suppressed()
    {
        Assert.Equal("c", s_local.Percentage(Percentage.Of(3, 50), 1));
        Assert.Equal("c", s_local.Percentage(Percentage.Of(0, 4), 1));
        Assert.Equal("c", s_local.Percentage(Percentage.Of(5, 5), 0));
        Assert.Equal("12.0", s_local.Percentage(Percentage.Of(6, 50), 1));
        Assert.Equal("0.0", s_local.Percentage(Percentage.Of(0, 50), 1));
    }

    [Fact]
    public void A_rate_built_on_a_count_of_1_to_5_is_suppressed()
    {
        Assert.Equal("c", s_local.Rate(RatePer10000.From(3, 63_597), 1));
        Assert.Equal("c", s_local.Rate(RatePer10000.Annualised(2, 63_597, ReportingPeriod.Month(2014, 4)), 1));
        // 2,577 over 6 months: 810.4 (Walsall), shown.
        Assert.Equal("810.4", s_local.Rate(RatePer10000.Annualised(2_577, 63_597, ReportingPeriod.YearToDate(new DateOnly(2014, 9, 30))), 1));
    }

    [Fact]
    public void A_mean_of_1_to_5_children_is_suppressed()
    {
        Assert.Equal("c", s_local.Mean(MeanDays.Of(400, 4), 0));
        Assert.Equal("67", s_local.Mean(MeanDays.Of(400, 6), 0));
    }

    [Fact]
    public void Not_applicable_is_z()
    {
        Assert.Equal("z", s_local.Percentage(Percentage.Of(0, 0), 1));
        Assert.Equal("z", s_local.Rate(RatePer10000.From(100, 0), 1));
        Assert.Equal("z", s_local.Mean(MeanDays.Of(0, 0), 0));
        Assert.Equal("z", DisclosureControl.NotApplicable);
    }

    [Fact]
    public void A_non_zero_value_that_rounds_to_zero_is_k()
    {
        // 6 of 2,000 is 0.3%: 0 at 0 dp, so k; at 1 dp it is shown.
        Assert.Equal("k", s_local.Percentage(Percentage.Of(6, 2_000), 0));
        Assert.Equal("0.3", s_local.Percentage(Percentage.Of(6, 2_000), 1));
        // A true zero is 0, not k.
        Assert.Equal("0", s_local.Percentage(Percentage.Of(0, 2_000), 0));
        Assert.Equal("0", (s_local with { MarkRoundsToZero = false }).Percentage(Percentage.Of(6, 2_000), 0));
        // 0.5 rounds away from zero to 1, so it is not k: 10 of 2,000.
        Assert.Equal("1", s_local.Percentage(Percentage.Of(10, 2_000), 0));
    }

    [Fact]
    public void A_count_given_as_a_value_is_controlled_as_a_count()
    {
        Assert.Equal("c", s_local.Value(Unit.Count, 4, 4, 4, 0));
        Assert.Equal("40", s_national.Value(Unit.Count, 37, 37, 37, 0));
    }

    [Fact]
    public void The_symbols_follow_the_GSS_conventions()
    {
        Assert.Equal("c", DisclosureControl.Suppressed);
        Assert.Equal("k", DisclosureControl.RoundsToZero);
        Assert.Equal("x", DisclosureControl.NotAvailable);
        Assert.False(s_local.RoundCountsToNearestTen);
        Assert.True(s_national.RoundCountsToNearestTen);
    }
}
