using System.Globalization;

namespace ChildrensSocialCare.Indicators.Tests.Values;

// Specification 1.4 and SOURCES-AND-FIGURES.md section 7: rounding is half away from zero, only when presenting.
public class RoundingTests
{
    [Theory]
    [InlineData("12.25", 1, "12.3")]
    [InlineData("-12.25", 1, "-12.3")]
    [InlineData("0.5", 0, "1")]
    [InlineData("-0.5", 0, "-1")]
    [InlineData("2.5", 0, "3")] // banker's rounding would give 2
    [InlineData("12.35", 1, "12.4")]
    [InlineData("12.249999", 1, "12.2")]
    [InlineData("810.4156", 1, "810.4")]
    [InlineData("0.05", 1, "0.1")]
    [InlineData("-0.04", 1, "0.0")] // no negative zero
    public void Midpoints_round_away_from_zero(string value, int decimals, string expected)
    {
        var v = decimal.Parse(value, CultureInfo.InvariantCulture);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Rounding.HalfAwayFromZero(v, decimals));
        Assert.Equal(expected, Rounding.Format(v, decimals));
    }

    [Theory]
    [InlineData("68", 0, "68")]
    [InlineData("68", 1, "68.0")]
    [InlineData("57.9", 2, "57.90")]
    [InlineData("1234567.891", 1, "1234567.9")]
    public void Format_writes_exactly_the_requested_places_without_grouping(string value, int decimals, string expected) =>
        Assert.Equal(expected, Rounding.Format(decimal.Parse(value, CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void Format_uses_the_invariant_culture_whatever_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("810.4", Rounding.Format(810.4156m, 1));
            Assert.Equal("810.4", RatePer10000.From(5_154, 63_597).Format(1));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_precision_outside_0_to_10_places_is_an_error(int decimals)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.HalfAwayFromZero(1m, decimals));
        Assert.Equal("decimals", error.ParamName);
    }
}
