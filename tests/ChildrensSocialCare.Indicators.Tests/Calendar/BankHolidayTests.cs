using System.Globalization;

namespace ChildrensSocialCare.Indicators.Tests.Calendar;

public class BankHolidayTests
{
    private static readonly WorkingDayCalendar s_calendar = WorkingDayCalendar.EnglandAndWales;

    // SOURCES-AND-FIGURES.md section 6, "England & Wales bank holidays 2010-2030", transcribed row by row. The
    // specification (1.3) makes this table authoritative for those years. 2012-2027 match GOV.UK's bank-holidays.json.
    public static TheoryData<int, string> PublishedTable2010To2030 => new()
    {
        { 2010, "01-01, 04-02, 04-05, 05-03, 05-31, 08-30, 12-27, 12-28" },
        { 2011, "01-03, 04-22, 04-25, 04-29, 05-02, 05-30, 08-29, 12-26, 12-27" },
        { 2012, "01-02, 04-06, 04-09, 05-07, 06-04, 06-05, 08-27, 12-25, 12-26" },
        { 2013, "01-01, 03-29, 04-01, 05-06, 05-27, 08-26, 12-25, 12-26" },
        { 2014, "01-01, 04-18, 04-21, 05-05, 05-26, 08-25, 12-25, 12-26" },
        { 2015, "01-01, 04-03, 04-06, 05-04, 05-25, 08-31, 12-25, 12-28" },
        { 2016, "01-01, 03-25, 03-28, 05-02, 05-30, 08-29, 12-26, 12-27" },
        { 2017, "01-02, 04-14, 04-17, 05-01, 05-29, 08-28, 12-25, 12-26" },
        { 2018, "01-01, 03-30, 04-02, 05-07, 05-28, 08-27, 12-25, 12-26" },
        { 2019, "01-01, 04-19, 04-22, 05-06, 05-27, 08-26, 12-25, 12-26" },
        { 2020, "01-01, 04-10, 04-13, 05-08, 05-25, 08-31, 12-25, 12-28" },
        { 2021, "01-01, 04-02, 04-05, 05-03, 05-31, 08-30, 12-27, 12-28" },
        { 2022, "01-03, 04-15, 04-18, 05-02, 06-02, 06-03, 08-29, 09-19, 12-26, 12-27" },
        { 2023, "01-02, 04-07, 04-10, 05-01, 05-08, 05-29, 08-28, 12-25, 12-26" },
        { 2024, "01-01, 03-29, 04-01, 05-06, 05-27, 08-26, 12-25, 12-26" },
        { 2025, "01-01, 04-18, 04-21, 05-05, 05-26, 08-25, 12-25, 12-26" },
        { 2026, "01-01, 04-03, 04-06, 05-04, 05-25, 08-31, 12-25, 12-28" },
        { 2027, "01-01, 03-26, 03-29, 05-03, 05-31, 08-30, 12-27, 12-28" },
        { 2028, "01-03, 04-14, 04-17, 05-01, 05-29, 08-28, 12-25, 12-26" },
        { 2029, "01-01, 03-30, 04-02, 05-07, 05-28, 08-27, 12-25, 12-26" },
        { 2030, "01-01, 04-19, 04-22, 05-06, 05-27, 08-26, 12-25, 12-26" },
    };

    // 2000-2009 are not in the table. These lists are the GOV.UK historical bank holidays as recalled (no copy is in
    // the repository), cross-checked against the Gregorian Easter dates (23 Apr 2000, 15 Apr 2001, 31 Mar 2002,
    // 20 Apr 2003, 11 Apr 2004, 27 Mar 2005, 16 Apr 2006, 8 Apr 2007, 23 Mar 2008, 12 Apr 2009) and, for the
    // Christmas substitutes 2004-12-27 and 2005-12-27, against vacanza/holidays tests/countries/test_united_kingdom.py.
    public static TheoryData<int, string> Recalled2000To2009 => new()
    {
        { 2000, "01-03, 04-21, 04-24, 05-01, 05-29, 08-28, 12-25, 12-26" }, // 1 Jan a Saturday: Monday 3 Jan
        { 2001, "01-01, 04-13, 04-16, 05-07, 05-28, 08-27, 12-25, 12-26" },
        { 2002, "01-01, 03-29, 04-01, 05-06, 06-03, 06-04, 08-26, 12-25, 12-26" }, // Golden Jubilee
        { 2003, "01-01, 04-18, 04-21, 05-05, 05-26, 08-25, 12-25, 12-26" },
        { 2004, "01-01, 04-09, 04-12, 05-03, 05-31, 08-30, 12-27, 12-28" }, // Christmas a Saturday
        { 2005, "01-03, 03-25, 03-28, 05-02, 05-30, 08-29, 12-26, 12-27" }, // 1 Jan a Saturday, Christmas a Sunday
        { 2006, "01-02, 04-14, 04-17, 05-01, 05-29, 08-28, 12-25, 12-26" }, // 1 Jan a Sunday
        { 2007, "01-01, 04-06, 04-09, 05-07, 05-28, 08-27, 12-25, 12-26" },
        { 2008, "01-01, 03-21, 03-24, 05-05, 05-26, 08-25, 12-25, 12-26" },
        { 2009, "01-01, 04-10, 04-13, 05-04, 05-25, 08-31, 12-25, 12-28" }, // Christmas a Friday
    };

    [Theory]
    [MemberData(nameof(PublishedTable2010To2030))]
    public void The_calendar_lists_exactly_the_published_bank_holidays_of_each_year_2010_to_2030(int year, string monthDays) =>
        Assert.Equal(Dates(year, monthDays), HolidaysIn(year));

    [Theory]
    [MemberData(nameof(Recalled2000To2009))]
    public void The_calendar_lists_exactly_the_bank_holidays_of_each_year_2000_to_2009(int year, string monthDays) =>
        Assert.Equal(Dates(year, monthDays), HolidaysIn(year));

    [Fact]
    public void The_calendar_holds_every_bank_holiday_of_2000_to_2030_and_nothing_else()
    {
        var expected = PublishedTable2010To2030.Concat(Recalled2000To2009)
            .SelectMany(row => Dates((int)row[0], (string)row[1]))
            .Order()
            .ToList();

        Assert.Equal(expected, s_calendar.BankHolidays);
    }

    [Fact]
    public void The_calendar_covers_1_January_2000_to_31_December_2030()
    {
        Assert.Equal(new DateOnly(2000, 1, 1), s_calendar.CoverageStart);
        Assert.Equal(new DateOnly(2030, 12, 31), s_calendar.CoverageEnd);
        Assert.Equal("England and Wales", s_calendar.Name);
    }

    [Theory]
    // 2010, 2021 and 2027: 25 December is a Saturday, so Christmas moves to Monday 27 and Boxing Day to Tuesday 28.
    [InlineData(2010)]
    [InlineData(2021)]
    [InlineData(2027)]
    [InlineData(2004)]
    public void Christmas_on_a_Saturday_gives_the_following_Monday_and_Tuesday(int year)
    {
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(year, 12, 25).DayOfWeek);
        Assert.Equal([new DateOnly(year, 12, 27), new DateOnly(year, 12, 28)], ChristmasHolidays(year));
    }

    [Theory]
    // 2011, 2016 and 2022: 25 December is a Sunday; Boxing Day stays on Monday 26, Christmas moves to Tuesday 27.
    [InlineData(2011)]
    [InlineData(2016)]
    [InlineData(2022)]
    [InlineData(2005)]
    public void Christmas_on_a_Sunday_gives_Monday_26_and_Tuesday_27(int year)
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(year, 12, 25).DayOfWeek);
        Assert.Equal([new DateOnly(year, 12, 26), new DateOnly(year, 12, 27)], ChristmasHolidays(year));
    }

    [Theory]
    // 2015, 2020 and 2026: 25 December is a Friday; Boxing Day (a Saturday) moves to Monday 28.
    [InlineData(2015)]
    [InlineData(2020)]
    [InlineData(2026)]
    [InlineData(2009)]
    public void Christmas_on_a_Friday_moves_Boxing_Day_to_Monday_28(int year)
    {
        Assert.Equal(DayOfWeek.Friday, new DateOnly(year, 12, 25).DayOfWeek);
        Assert.Equal([new DateOnly(year, 12, 25), new DateOnly(year, 12, 28)], ChristmasHolidays(year));
        Assert.True(s_calendar.IsWorkingDay(new DateOnly(year, 12, 29)));
    }

    [Theory]
    // 2011, 2022 and 2028 (and 2000, 2005): 1 January is a Saturday; the holiday is Monday 3 January.
    [InlineData(2011)]
    [InlineData(2022)]
    [InlineData(2028)]
    [InlineData(2000)]
    [InlineData(2005)]
    public void New_Year_on_a_Saturday_gives_Monday_3_January(int year)
    {
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(year, 1, 1).DayOfWeek);
        Assert.Equal(new DateOnly(year, 1, 3), HolidaysIn(year)[0]);
        Assert.True(s_calendar.IsWorkingDay(new DateOnly(year, 1, 4)));
    }

    [Theory]
    // 2012, 2017 and 2023 (and 2006): 1 January is a Sunday; the holiday is Monday 2 January.
    [InlineData(2012)]
    [InlineData(2017)]
    [InlineData(2023)]
    [InlineData(2006)]
    public void New_Year_on_a_Sunday_gives_Monday_2_January(int year)
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(year, 1, 1).DayOfWeek);
        Assert.Equal(new DateOnly(year, 1, 2), HolidaysIn(year)[0]);
        Assert.True(s_calendar.IsWorkingDay(new DateOnly(year, 1, 3)));
    }

    [Fact]
    public void The_Golden_Jubilee_moved_the_2002_spring_bank_holiday_to_3_June_and_added_4_June()
    {
        Assert.False(s_calendar.IsWorkingDay(new DateOnly(2002, 6, 3)));
        Assert.False(s_calendar.IsWorkingDay(new DateOnly(2002, 6, 4)));
        // The last Monday of May 2002 would have been the spring bank holiday; that year it was a working day.
        Assert.True(s_calendar.IsWorkingDay(new DateOnly(2002, 5, 27)));
    }

    [Theory]
    [InlineData("2011-04-29")] // Royal Wedding
    [InlineData("2012-06-04")] // spring bank holiday moved
    [InlineData("2012-06-05")] // Diamond Jubilee
    [InlineData("2020-05-08")] // early May bank holiday moved to VE Day
    [InlineData("2022-06-02")] // spring bank holiday moved
    [InlineData("2022-06-03")] // Platinum Jubilee
    [InlineData("2022-09-19")] // State Funeral of Queen Elizabeth II
    [InlineData("2023-05-08")] // Coronation of King Charles III
    public void Special_days_are_not_working_days(string date) =>
        Assert.False(s_calendar.IsWorkingDay(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2012-05-28")] // the last Monday of May 2012, when the spring bank holiday moved to 4 June
    [InlineData("2020-05-04")] // the first Monday of May 2020, when the early May bank holiday moved to VE Day
    [InlineData("2022-05-30")] // the last Monday of May 2022, when the spring bank holiday moved to 2 June
    public void The_rule_dates_of_moved_bank_holidays_are_working_days(string date) =>
        Assert.True(s_calendar.IsWorkingDay(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Fact]
    public void Weekends_are_not_working_days_and_ordinary_weekdays_are()
    {
        Assert.False(s_calendar.IsWorkingDay(new DateOnly(2014, 5, 17))); // Saturday
        Assert.False(s_calendar.IsWorkingDay(new DateOnly(2014, 5, 18))); // Sunday
        Assert.True(s_calendar.IsWorkingDay(new DateOnly(2014, 5, 16)));  // Friday
        Assert.True(s_calendar.IsWorkingDay(new DateOnly(2014, 5, 19)));  // Monday
    }

    private static List<DateOnly> HolidaysIn(int year) => [.. s_calendar.BankHolidays.Where(d => d.Year == year)];

    private static List<DateOnly> ChristmasHolidays(int year) => [.. HolidaysIn(year).Where(d => d.Month == 12)];

    private static List<DateOnly> Dates(int year, string monthDays) =>
    [
        .. monthDays.Split(", ").Select(md => DateOnly.ParseExact($"{year}-{md}", "yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];
}
