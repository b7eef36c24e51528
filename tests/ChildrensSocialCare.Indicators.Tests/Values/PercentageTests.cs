namespace ChildrensSocialCare.Indicators.Tests.Values;

// Specification 1.4: percentage = numerator / denominator x 100; a zero denominator is "not applicable".
public class PercentageTests
{
    [Fact]
    public void A_percentage_keeps_its_exact_numerator_and_denominator()
    {
        // 1 / 3 x 100 = 33.333...; kept unrounded, shown as 33.3 at 1 dp and 33 at 0 dp.
        var share = Percentage.Of(1, 3);

        Assert.Equal(1m, share.Numerator);
        Assert.Equal(3m, share.Denominator);
        Assert.Equal(100m / 3m, share.Value);
        Assert.Equal("33.3", share.Format(1));
        Assert.Equal("33", share.Format(0));
        Assert.Equal("33.3%", share.ToString());
    }

    [Fact]
    public void A_zero_denominator_is_not_applicable_never_NaN_or_an_exception()
    {
        var share = Percentage.Of(0, 0);

        Assert.False(share.IsApplicable);
        Assert.Null(share.Value);
        Assert.Equal("n/a", share.Format(1));
        Assert.Equal("n/a", share.ToString());
        Assert.Null(Percentage.Of(0m, 0m).Value);
    }

    [Fact]
    public void The_default_percentage_is_zero_of_zero_which_is_not_applicable()
    {
        Assert.False(default(Percentage).IsApplicable);
        Assert.Null(default(Percentage).Value);
    }

    [Fact]
    public void Negative_counts_are_rejected()
    {
        Assert.Equal("numerator", Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Of(-1, 3)).ParamName);
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Of(1, -3)).ParamName);
    }

    [Fact]
    public void An_amount_that_is_not_a_count_may_be_negative_but_its_denominator_may_not()
    {
        // A fall in sickness absence from 10 to 7.5 days per FTE: -2.5 / 10 x 100 = -25%.
        Assert.Equal(-25m, Percentage.Of(-2.5m, 10m).Value);
        Assert.Equal("-25.0", Percentage.Of(-2.5m, 10m).Format(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.Of(2.5m, -10m));
    }

    [Fact]
    public void A_mean_keeps_its_total_and_count_and_rounds_half_away_from_zero()
    {
        // 365 days over 2 children: 182.5, shown as 183 at 0 dp (banker's rounding would show 182).
        var mean = MeanDays.Of(365, 2);

        Assert.Equal(182.5m, mean.Value);
        Assert.Equal("183", mean.Format(0));
        Assert.Equal("183 days", mean.ToString());
        Assert.Equal(365, mean.TotalDays);
        Assert.Equal(2, mean.Count);
    }

    [Fact]
    public void A_mean_of_no_children_is_not_applicable()
    {
        Assert.Null(MeanDays.Of(0, 0).Value);
        Assert.False(default(MeanDays).IsApplicable);
        Assert.Equal("n/a", MeanDays.Of(0, 0).Format(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeanDays.Of(10, -1));
    }
}
