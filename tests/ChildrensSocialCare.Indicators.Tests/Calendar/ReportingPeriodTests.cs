namespace ChildrensSocialCare.Indicators.Tests.Calendar;

// Specification 1.1: a reporting period is a closed date range; year-to-date periods and month ends are supported.
public class ReportingPeriodTests
{
    [Fact]
    public void A_reporting_year_is_twelve_whole_months()
    {
        var period = ReportingPeriod.Year(2014);

        Assert.Equal(new DateOnly(2013, 4, 1), period.Start);
        Assert.Equal(new DateOnly(2014, 3, 31), period.End);
        Assert.True(period.IsWholeMonths);
        Assert.Equal(12, period.WholeMonths);
        Assert.Equal(365, period.Days);
        // 2015-16 contains 29 February 2016.
        Assert.Equal(366, ReportingPeriod.Year(2016).Days);
    }

    [Fact]
    public void A_year_to_date_starts_on_the_1_April_before_its_end()
    {
        // Walsall's "April to September 2014" figures.
        var period = ReportingPeriod.YearToDate(new DateOnly(2014, 9, 30));

        Assert.Equal(new ReportingPeriod(new DateOnly(2014, 4, 1), new DateOnly(2014, 9, 30)), period);
        Assert.Equal(6, period.WholeMonths);
        // A year to date ending on 31 March is the whole year; one ending on 1 April is a single day.
        Assert.Equal(ReportingPeriod.Year(2015), ReportingPeriod.YearToDate(new DateOnly(2015, 3, 31)));
        Assert.Equal(1, ReportingPeriod.YearToDate(new DateOnly(2014, 4, 1)).Days);
        // January is in the year that began the previous April.
        Assert.Equal(new DateOnly(2013, 4, 1), ReportingPeriod.YearToDate(new DateOnly(2014, 1, 31)).Start);
    }

    [Fact]
    public void A_month_is_one_whole_calendar_month()
    {
        Assert.Equal(new ReportingPeriod(new DateOnly(2016, 2, 1), new DateOnly(2016, 2, 29)), ReportingPeriod.Month(2016, 2));
        Assert.Equal(new ReportingPeriod(new DateOnly(2015, 2, 1), new DateOnly(2015, 2, 28)), ReportingPeriod.Month(2015, 2));
        Assert.Equal(1, ReportingPeriod.Month(2014, 12).WholeMonths);
        Assert.Equal(31, ReportingPeriod.Month(2014, 12).Days);
    }

    [Fact]
    public void A_period_that_does_not_start_on_the_first_or_end_on_a_month_end_is_not_whole_months()
    {
        Assert.False(new ReportingPeriod(new DateOnly(2014, 4, 2), new DateOnly(2014, 9, 30)).IsWholeMonths);
        Assert.Null(new ReportingPeriod(new DateOnly(2014, 4, 1), new DateOnly(2014, 9, 29)).WholeMonths);
        Assert.False(new ReportingPeriod(new DateOnly(2015, 2, 1), new DateOnly(2015, 2, 27)).IsWholeMonths);
        Assert.True(new ReportingPeriod(new DateOnly(2015, 2, 1), new DateOnly(2015, 2, 28)).IsWholeMonths);
        // The last day the type can hold is a month end.
        Assert.Equal(1, new ReportingPeriod(new DateOnly(9999, 12, 1), DateOnly.MaxValue).WholeMonths);
    }

    [Fact]
    public void Twelve_months_ending_a_date_start_the_day_after_the_same_date_a_year_earlier()
    {
        Assert.Equal(new ReportingPeriod(new DateOnly(2013, 11, 1), new DateOnly(2014, 10, 31)),
            ReportingPeriod.TwelveMonthsEnding(new DateOnly(2014, 10, 31)));
        Assert.Equal(new ReportingPeriod(new DateOnly(2013, 10, 16), new DateOnly(2014, 10, 15)),
            ReportingPeriod.TwelveMonthsEnding(new DateOnly(2014, 10, 15)));
        // 29 February 2016 a year earlier clamps to 28 February 2015, so the rolling year starts on 1 March 2015.
        Assert.Equal(new ReportingPeriod(new DateOnly(2015, 3, 1), new DateOnly(2016, 2, 29)),
            ReportingPeriod.TwelveMonthsEnding(new DateOnly(2016, 2, 29)));
        // Ending 28 February 2016: a year earlier is 28 February 2015, so it also starts on 1 March 2015 (365 days),
        // and does not overlap the rolling year ending 28 February 2015.
        var ending28Feb2016 = ReportingPeriod.TwelveMonthsEnding(new DateOnly(2016, 2, 28));
        Assert.Equal(new DateOnly(2015, 3, 1), ending28Feb2016.Start);
        Assert.Equal(new DateOnly(2015, 2, 28), ReportingPeriod.TwelveMonthsEnding(new DateOnly(2015, 2, 28)).End);
        Assert.Equal(365, ending28Feb2016.Days);
    }

    [Fact]
    public void Consecutive_quarters_are_contiguous_whole_months()
    {
        var quarters = ReportingPeriod.Consecutive(new DateOnly(2014, 4, 1), 4, PeriodLength.Quarter);

        Assert.Equal(
        [
            new ReportingPeriod(new DateOnly(2014, 4, 1), new DateOnly(2014, 6, 30)),
            new ReportingPeriod(new DateOnly(2014, 7, 1), new DateOnly(2014, 9, 30)),
            new ReportingPeriod(new DateOnly(2014, 10, 1), new DateOnly(2014, 12, 31)),
            new ReportingPeriod(new DateOnly(2015, 1, 1), new DateOnly(2015, 3, 31)),
        ], quarters);
    }

    [Fact]
    public void Consecutive_months_and_years_have_the_requested_lengths()
    {
        var months = ReportingPeriod.Consecutive(new DateOnly(2015, 12, 1), 3, PeriodLength.Month);
        Assert.Equal([ReportingPeriod.Month(2015, 12), ReportingPeriod.Month(2016, 1), ReportingPeriod.Month(2016, 2)], months);

        var years = ReportingPeriod.Consecutive(new DateOnly(2012, 4, 1), 3, PeriodLength.Year);
        Assert.Equal([ReportingPeriod.Year(2013), ReportingPeriod.Year(2014), ReportingPeriod.Year(2015)], years);

        Assert.Empty(ReportingPeriod.Consecutive(new DateOnly(2014, 4, 1), 0, PeriodLength.Month));
    }

    [Fact]
    public void Consecutive_periods_reject_a_negative_count_or_an_unknown_length()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Consecutive(new DateOnly(2014, 4, 1), -1, PeriodLength.Month));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Consecutive(new DateOnly(2014, 4, 1), 1, (PeriodLength)99));
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingPeriod(new DateOnly(2014, 4, 2), new DateOnly(2014, 4, 1)));
        Assert.Equal("end", error.ParamName);
        Assert.Equal(1, new ReportingPeriod(new DateOnly(2014, 4, 1), new DateOnly(2014, 4, 1)).Days);
    }

    [Fact]
    public void A_record_ending_on_the_last_day_is_not_open_at_the_end()
    {
        // Specification 1.1: open at D iff start <= D and (no end or end > D).
        var period = ReportingPeriod.Year(2014);
        var end = period.End;

        Assert.False(period.IsOpenAtEnd(new DateOnly(2012, 1, 1), end));
        Assert.True(period.IsOpenAtEnd(new DateOnly(2012, 1, 1), end.AddDays(1)));
        Assert.True(period.IsOpenAtEnd(new DateOnly(2012, 1, 1), null));
        Assert.True(period.IsOpenAtEnd(end, null));
        Assert.False(period.IsOpenAtEnd(end.AddDays(1), null));
    }

    [Fact]
    public void A_period_contains_both_its_ends()
    {
        var period = ReportingPeriod.Month(2014, 10);

        Assert.True(period.Contains(new DateOnly(2014, 10, 1)));
        Assert.True(period.Contains(new DateOnly(2014, 10, 31)));
        Assert.False(period.Contains(new DateOnly(2014, 9, 30)));
        Assert.False(period.Contains(new DateOnly(2014, 11, 1)));
    }

    [Fact]
    public void A_period_is_written_as_an_ISO_range_and_parses_back()
    {
        var period = ReportingPeriod.YearToDate(new DateOnly(2014, 9, 30));

        Assert.Equal("2014-04-01..2014-09-30", period.ToString());
        Assert.Equal(period, ReportingPeriod.Parse("2014-04-01..2014-09-30"));
        Assert.Equal(period, ReportingPeriod.Parse(" 2014-04-01..2014-09-30 "));
    }

    [Theory]
    [InlineData("2013-14", "2013-04-01..2014-03-31")]
    [InlineData("2014", "2013-04-01..2014-03-31")]
    [InlineData("2013/14", "2013-04-01..2014-03-31")]
    [InlineData("2014-10", "2014-10-01..2014-10-31")]
    [InlineData("2016-02", "2016-02-01..2016-02-29")]
    [InlineData("2014-04-01..2014-04-01", "2014-04-01..2014-04-01")]
    public void Reporting_years_and_months_parse_as_periods(string text, string expected) =>
        Assert.Equal(expected, ReportingPeriod.Parse(text).ToString());

    [Theory]
    [InlineData(2010)] // "2009-10" also reads as October 2009
    [InlineData(2011)] // "2010-11" also reads as November 2010
    [InlineData(2012)] // "2011-12" also reads as December 2011
    [InlineData(2001)] // "2000-01" also reads as January 2000
    [InlineData(2009)] // "2008-09" also reads as September 2008
    public void A_reporting_year_written_like_a_month_parses_as_the_year(int endYear)
    {
        var year = ReportingYear.Ending(endYear);

        Assert.Equal(year.Period, ReportingPeriod.Parse(year.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2014-09-30..2014-04-01")]
    [InlineData("2014-04-01..")]
    [InlineData("2014-04-01...2014-09-30")]
    [InlineData("01/04/2014..30/09/2014")]
    [InlineData("2014-13")]
    [InlineData("2014-4")]
    [InlineData("April 2014")]
    public void Text_that_is_not_a_period_is_rejected(string? text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out _));
        if (text is not null)
        {
            var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
            Assert.Contains("yyyy-MM-dd..yyyy-MM-dd", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_default_period_is_the_single_day_1_January_0001()
    {
        var period = default(ReportingPeriod);

        Assert.Equal(DateOnly.MinValue, period.Start);
        Assert.Equal(DateOnly.MinValue, period.End);
        Assert.Equal(1, period.Days);
        Assert.Equal("0001-01-01..0001-01-01", period.ToString());
    }
}
