namespace ChildrensSocialCare.Indicators.Tests.Values;

public class ConfidenceLevelTests
{
    [Fact]
    public void The_default_level_is_95_percent()
    {
        Assert.Equal(ConfidenceLevel.Percent95, default);
        Assert.Equal(95m, default(ConfidenceLevel).Percent);
    }

    [Fact]
    public void The_levels_carry_Fingertips_critical_values()
    {
        // published-data.md 3.1: qnorm(0.975) = 1.959964 and qnorm(0.999) = 3.090232 (PHEindicatormethods utils.R).
        Assert.Equal(1.959964, ConfidenceLevel.Percent95.Z);
        Assert.Equal(3.090232, ConfidenceLevel.Percent99Point8.Z);
        Assert.Equal(0.05, ConfidenceLevel.Percent95.Alpha);
        Assert.Equal(0.002, ConfidenceLevel.Percent99Point8.Alpha);
    }

    [Theory]
    [InlineData("95", "95%")]
    [InlineData("99.8", "99.8%")]
    [InlineData("99.80", "99.8%")]
    public void A_level_is_read_from_its_percentage(string percent, string written)
    {
        var level = ConfidenceLevel.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(written, level.ToString());
    }

    [Theory]
    [InlineData("90")]
    [InlineData("99")]
    [InlineData("0.95")]
    public void Only_the_two_levels_exist(string percent)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ConfidenceLevel.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("95 or 99.8", ex.Message);
    }
}
