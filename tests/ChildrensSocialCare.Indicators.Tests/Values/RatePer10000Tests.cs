namespace ChildrensSocialCare.Indicators.Tests.Values;

// Specification 1.4: rate = count / population x 10,000; annualised = count x 12 / whole months / population x 10,000.
public class RatePer10000Tests
{
    [Fact]
    public void England_initial_assessments_2012_13_reproduce_387_4()
    {
        // Walsall report (November 2014), England comparator for March 2013: 441,500 initial assessments; the
        // population 11,396,489 is implied (SOURCES-AND-FIGURES.md 5.3). By hand: 4,415,000,000 / 11,396,489 =
        // 387.4000..., shown to 1 dp as 387.4.
        var rate = RatePer10000.From(441_500, 11_396_489);

        Assert.Equal("387.4", rate.Format(1));
        Assert.Equal(4_415_000_000m / 11_396_489m, rate.Value);
        Assert.False(rate.IsAnnualised);
    }

    [Fact]
    public void Walsall_initial_assessments_2013_14_reproduce_892_5()
    {
        // Walsall report, March 2014: 5,676 initial assessments, population 63,597 (SOURCES-AND-FIGURES.md 5.3).
        // By hand: 56,760,000 / 63,597 = 892 remainder 31,476, i.e. 892.4949..., which rounds to 892.5.
        Assert.Equal("892.5", RatePer10000.From(5_676, 63_597).Format(1));
    }

    [Fact]
    public void Walsall_initial_assessments_April_to_September_2014_annualised_reproduce_810_4()
    {
        // Walsall report, April-September 2014 year to date: 2,577 initial assessments over 6 whole months.
        // By hand: 2,577 x 12 / 6 = 5,154; 51,540,000 / 63,597 = 810.4156..., shown as 810.4. (Annualising by days,
        // x 365 / 183, would give 808.2 and does not match the report.)
        var period = new ReportingPeriod(new DateOnly(2014, 4, 1), new DateOnly(2014, 9, 30));
        var rate = RatePer10000.Annualised(2_577, 63_597, period);

        Assert.Equal("810.4", rate.Format(1));
        Assert.True(rate.IsAnnualised);
        Assert.Equal(6, rate.AnnualisedOverMonths);
        Assert.Equal(2_577, rate.Count);
        Assert.Equal(63_597, rate.Population);
        Assert.Equal("810.4 per 10,000 (annualised)", rate.ToString());
        // The report's alternative denominator 63,598 gives the same published figure (810.41...).
        Assert.Equal("810.4", RatePer10000.Annualised(2_577, 63_598, period).Format(1));
    }

    [Fact]
    public void Annualising_a_whole_year_changes_nothing()
    {
        var annualised = RatePer10000.Annualised(5_676, 63_597, ReportingPeriod.Year(2014));

        Assert.Equal(RatePer10000.From(5_676, 63_597).Value, annualised.Value);
        Assert.Equal(12, annualised.AnnualisedOverMonths);
    }

    [Theory]
    [InlineData("2014-04-02..2014-09-30")]
    [InlineData("2014-04-01..2014-09-29")]
    [InlineData("2014-04-15..2014-10-14")]
    public void Annualising_a_period_that_is_not_whole_months_is_an_error(string period)
    {
        var error = Assert.Throws<ArgumentException>(() => RatePer10000.Annualised(2_577, 63_597, ReportingPeriod.Parse(period)));

        Assert.Equal("period", error.ParamName);
        Assert.Contains(period, error.Message, StringComparison.Ordinal);
        Assert.Contains("whole calendar months", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_population_is_not_applicable_never_NaN_or_an_exception()
    {
        var rate = RatePer10000.From(12, 0);

        Assert.False(rate.IsApplicable);
        Assert.Null(rate.Value);
        Assert.Equal("n/a", rate.Format(1));
        Assert.Null(RatePer10000.Annualised(12, 0, ReportingPeriod.Month(2014, 4)).Value);
    }

    [Fact]
    public void The_default_rate_is_zero_in_a_population_of_zero_which_is_not_applicable()
    {
        var rate = default(RatePer10000);

        Assert.Equal(0, rate.Count);
        Assert.Equal(0, rate.Population);
        Assert.False(rate.IsApplicable);
        Assert.False(rate.IsAnnualised);
        Assert.Equal("n/a per 10,000", rate.ToString());
    }

    [Fact]
    public void A_zero_count_in_a_population_is_a_rate_of_zero()
    {
        Assert.Equal(0m, RatePer10000.From(0, 63_597).Value);
        Assert.Equal("0.0 per 10,000", RatePer10000.From(0, 63_597).ToString());
    }

    [Fact]
    public void Negative_counts_and_populations_are_rejected()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => RatePer10000.From(-1, 100)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => RatePer10000.From(1, -100)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => RatePer10000.Annualised(-1, 100, ReportingPeriod.Month(2014, 4)));
    }

    [Fact]
    public void The_largest_counts_do_not_overflow()
    {
        // long.MaxValue x 10,000 x 12 is about 1.1e24, well inside decimal's range (7.9e28).
        var rate = RatePer10000.Annualised(long.MaxValue, long.MaxValue, ReportingPeriod.Month(2014, 4));
        Assert.Equal(120_000m, rate.Value);
    }
}
