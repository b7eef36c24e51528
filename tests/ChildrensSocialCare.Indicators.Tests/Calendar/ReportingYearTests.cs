namespace ChildrensSocialCare.Indicators.Tests.Calendar;

// Specification 1.1: a reporting year Y is 1 April (Y-1) to 31 March Y, both inclusive; "2014" = "2013-14".
public class ReportingYearTests
{
    [Fact]
    public void The_year_ending_2014_runs_from_1_April_2013_to_31_March_2014()
    {
        var year = ReportingYear.Ending(2014);

        Assert.Equal(2014, year.EndYear);
        Assert.Equal(new DateOnly(2013, 4, 1), year.Start);
        Assert.Equal(new DateOnly(2014, 3, 31), year.End);
        Assert.Equal(new ReportingPeriod(new DateOnly(2013, 4, 1), new DateOnly(2014, 3, 31)), year.Period);
        Assert.Equal("2013-14", year.ToString());
    }

    [Theory]
    [InlineData(2000, "1999-00")]
    [InlineData(2010, "2009-10")]
    [InlineData(2014, "2013-14")]
    [InlineData(2100, "2099-00")]
    public void A_year_is_written_in_the_DfE_form(int endYear, string expected) =>
        Assert.Equal(expected, ReportingYear.Ending(endYear).ToString());

    [Theory]
    [InlineData(2014, 3, 31, 2014)]
    [InlineData(2014, 4, 1, 2015)]
    [InlineData(2013, 4, 1, 2014)]
    [InlineData(2014, 1, 1, 2014)]
    [InlineData(2013, 12, 31, 2014)]
    public void The_year_containing_a_date_turns_over_on_1_April(int y, int m, int d, int endYear) =>
        Assert.Equal(ReportingYear.Ending(endYear), ReportingYear.Containing(new DateOnly(y, m, d)));

    [Theory]
    [InlineData("2013-14")]
    [InlineData("2013/14")]
    [InlineData("2013-2014")]
    [InlineData("2013/2014")]
    [InlineData("2014")]
    [InlineData(" 2013-14 ")]
    public void Every_accepted_form_parses_to_the_same_year(string text)
    {
        Assert.Equal(ReportingYear.Ending(2014), ReportingYear.Parse(text));
        Assert.True(ReportingYear.TryParse(text, out var year));
        Assert.Equal(2014, year.EndYear);
    }

    [Theory]
    [InlineData("1999-00", 2000)]
    [InlineData("2099-00", 2100)]
    [InlineData("2009-10", 2010)]
    public void Years_that_cross_a_century_or_decade_parse(string text, int endYear) =>
        Assert.Equal(endYear, ReportingYear.Parse(text).EndYear);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("2013-15")]
    [InlineData("2013-13")]
    [InlineData("2013-2015")]
    [InlineData("13-14")]
    [InlineData("2013-014")]
    [InlineData("2013-")]
    [InlineData("-14")]
    [InlineData("+2014")]
    [InlineData("2014.0")]
    [InlineData("twenty fourteen")]
    [InlineData("1900")]
    [InlineData("10000")]
    public void Text_that_is_not_a_reporting_year_is_rejected(string? text)
    {
        Assert.False(ReportingYear.TryParse(text, out var year));
        Assert.Equal(default, year);
        if (text is not null)
        {
            var error = Assert.Throws<FormatException>(() => ReportingYear.Parse(text));
            Assert.Contains("2013-14", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_default_year_is_the_year_ending_31_March_2000()
    {
        var year = default(ReportingYear);

        Assert.Equal(ReportingYear.Ending(2000), year);
        Assert.Equal(2000, year.EndYear);
        Assert.Equal(new DateOnly(1999, 4, 1), year.Start);
        Assert.Equal("1999-00", year.ToString());
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(10000)]
    public void A_year_outside_1901_to_9999_is_an_error(int endYear)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingYear.Ending(endYear));
        Assert.Equal("endYear", error.ParamName);
        Assert.Contains("1901", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_are_ordered_and_step_by_one()
    {
        var year = ReportingYear.Ending(2014);

        Assert.Equal(ReportingYear.Ending(2013), year.Previous);
        Assert.Equal(ReportingYear.Ending(2015), year.Next);
        Assert.True(year.Previous < year);
        Assert.True(year.Next > year);
        Assert.True(year <= ReportingYear.Ending(2014));
        Assert.True(year >= ReportingYear.Ending(2014));
        Assert.False(year < ReportingYear.Ending(2014));
        Assert.True(year.CompareTo(year.Next) < 0);
        Assert.Equal(0, year.CompareTo(ReportingYear.Parse("2013-14")));
    }

    [Fact]
    public void A_year_contains_both_its_ends_and_nothing_outside()
    {
        var year = ReportingYear.Ending(2014);

        Assert.True(year.Contains(new DateOnly(2013, 4, 1)));
        Assert.True(year.Contains(new DateOnly(2014, 3, 31)));
        Assert.False(year.Contains(new DateOnly(2013, 3, 31)));
        Assert.False(year.Contains(new DateOnly(2014, 4, 1)));
    }
}
