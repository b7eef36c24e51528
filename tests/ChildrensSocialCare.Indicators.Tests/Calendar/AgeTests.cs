namespace ChildrensSocialCare.Indicators.Tests.Calendar;

// Specification 1.2: age at D is whole years completed by D; 29 February birthdays fall on 28 February in common years.
public class AgeTests
{
    [Fact]
    public void A_child_born_31_March_1998_is_16_on_31_March_2014()
    {
        var born = new DateOnly(1998, 3, 31);

        Assert.Equal(16, Age.At(born, new DateOnly(2014, 3, 31)));
        Assert.Equal(15, Age.At(born, new DateOnly(2014, 3, 30)));
        // So "under 16 at 31 March 2014" excludes this child.
        Assert.False(Age.At(born, ReportingYear.Ending(2014).End) < 16);
    }

    [Fact]
    public void Someone_born_on_29_February_turns_a_year_older_on_28_February_in_a_common_year()
    {
        var born = new DateOnly(2000, 2, 29);

        Assert.Equal(0, Age.At(born, new DateOnly(2001, 2, 27)));
        Assert.Equal(1, Age.At(born, new DateOnly(2001, 2, 28)));
        Assert.Equal(3, Age.At(born, new DateOnly(2004, 2, 28)));
        Assert.Equal(4, Age.At(born, new DateOnly(2004, 2, 29)));
        Assert.Equal(18, Age.At(born, new DateOnly(2018, 2, 28)));
    }

    [Fact]
    public void A_birthday_in_a_year_clamps_29_February_to_28_February()
    {
        var born = new DateOnly(2000, 2, 29);

        Assert.Equal(new DateOnly(2001, 2, 28), Age.BirthdayIn(born, 2001));
        Assert.Equal(new DateOnly(2004, 2, 29), Age.BirthdayIn(born, 2004));
        Assert.Equal(new DateOnly(2017, 8, 31), Age.BirthdayIn(new DateOnly(1999, 8, 31), 2017));
    }

    [Fact]
    public void Age_is_zero_on_the_day_of_birth_and_negative_before_it()
    {
        var born = new DateOnly(2010, 6, 1);

        Assert.Equal(0, Age.At(born, born));
        Assert.Equal(0, Age.At(born, new DateOnly(2011, 5, 31)));
        Assert.Equal(-1, Age.At(born, new DateOnly(2010, 5, 31)));
    }

    [Theory]
    // Specification 1.2: 29 February + 12 months is 28 February; 31 August - 6 months is 28 (or 29) February.
    [InlineData("2016-02-29", 12, "2017-02-28")]
    [InlineData("2015-08-31", -6, "2015-02-28")]
    [InlineData("2016-08-31", -6, "2016-02-29")]
    [InlineData("2014-01-31", 1, "2014-02-28")]
    [InlineData("2012-03-31", 24, "2014-03-31")]
    public void Adding_calendar_months_clamps_to_the_end_of_the_month(string from, int months, string expected)
    {
        // Day.AddMonths is the month arithmetic every indicator boundary uses (re-referrals, repeat plans, stability).
        var day = Day.Of(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Day.ToDate(Day.AddMonths(day, months)));
    }

    [Fact]
    public void Rolling_years_and_consecutive_months_follow_the_same_clamping()
    {
        // The twelve months ending 31 August 2015 start on 1 September 2014; six consecutive months from 1 March 2015
        // end on 31 August 2015.
        Assert.Equal(new DateOnly(2014, 9, 1), ReportingPeriod.TwelveMonthsEnding(new DateOnly(2015, 8, 31)).Start);
        var sixMonths = ReportingPeriod.Consecutive(new DateOnly(2015, 3, 1), 6, PeriodLength.Month);
        Assert.Equal(new DateOnly(2015, 8, 31), sixMonths[^1].End);
        Assert.All(sixMonths, p => Assert.True(p.IsWholeMonths));
    }
}
