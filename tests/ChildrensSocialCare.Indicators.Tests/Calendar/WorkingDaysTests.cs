namespace ChildrensSocialCare.Indicators.Tests.Calendar;

// Every answer below is counted by hand: the working days d with start < d <= end (specification 1.3), skipping
// Saturdays, Sundays and the bank holidays of SOURCES-AND-FIGURES.md section 6.
public class WorkingDaysTests
{
    private static readonly WorkingDayCalendar s_calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void The_same_day_is_zero_working_days()
    {
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2014, 5, 14), new DateOnly(2014, 5, 14)));
        // Also on a day that is not a working day.
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2014, 5, 17), new DateOnly(2014, 5, 17)));
    }

    [Fact]
    public void Friday_to_the_next_Monday_is_one_working_day()
    {
        // Sat 17 and Sun 18 May 2014 are skipped; Mon 19 counts.
        Assert.Equal(1, WorkingDays.Between(new DateOnly(2014, 5, 16), new DateOnly(2014, 5, 19)));
    }

    [Fact]
    public void A_week_from_Monday_to_Monday_is_five_working_days()
    {
        // Tue 13, Wed 14, Thu 15, Fri 16, Mon 19 May 2014.
        Assert.Equal(5, WorkingDays.Between(new DateOnly(2014, 5, 12), new DateOnly(2014, 5, 19)));
    }

    [Fact]
    public void Ending_on_a_weekend_or_bank_holiday_adds_nothing()
    {
        // Friday 16 May 2014 to Sunday 18 May: only Saturday and Sunday follow the start.
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2014, 5, 16), new DateOnly(2014, 5, 18)));
        // Thursday 17 April 2014 to Good Friday 18 April.
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2014, 4, 17), new DateOnly(2014, 4, 18)));
    }

    [Fact]
    public void Starting_on_a_weekend_counts_from_the_next_working_day()
    {
        // Saturday 17 May 2014 to Monday 19: Monday only.
        Assert.Equal(1, WorkingDays.Between(new DateOnly(2014, 5, 17), new DateOnly(2014, 5, 19)));
        // Sunday 18 May to Saturday 24 May: Mon 19 to Fri 23.
        Assert.Equal(5, WorkingDays.Between(new DateOnly(2014, 5, 18), new DateOnly(2014, 5, 24)));
    }

    [Fact]
    public void Easter_takes_two_working_days_out()
    {
        // Thursday 17 April 2014 to Tuesday 22 April: Good Friday 18, the weekend, Easter Monday 21, then Tue 22.
        Assert.Equal(1, WorkingDays.Between(new DateOnly(2014, 4, 17), new DateOnly(2014, 4, 22)));
    }

    [Fact]
    public void Christmas_and_New_Year_2014_are_skipped()
    {
        // Wed 24 Dec 2014 to Fri 2 Jan 2015: 25 and 26 Dec are bank holidays, 27-28 the weekend, then Mon 29 (1),
        // Tue 30 (2), Wed 31 (3), Thu 1 Jan a bank holiday, Fri 2 Jan (4).
        Assert.Equal(4, WorkingDays.Between(new DateOnly(2014, 12, 24), new DateOnly(2015, 1, 2)));
    }

    [Fact]
    public void Christmas_2020_on_a_Friday_skips_the_Boxing_Day_substitute()
    {
        // Thu 24 Dec 2020 to Mon 4 Jan 2021: Fri 25 bank holiday, 26-27 weekend, Mon 28 the Boxing Day substitute,
        // Tue 29 (1), Wed 30 (2), Thu 31 (3), Fri 1 Jan bank holiday, 2-3 weekend, Mon 4 Jan (4).
        Assert.Equal(4, WorkingDays.Between(new DateOnly(2020, 12, 24), new DateOnly(2021, 1, 4)));
    }

    [Fact]
    public void An_end_before_the_start_is_the_negative_mirror_count()
    {
        Assert.Equal(-4, WorkingDays.Between(new DateOnly(2015, 1, 2), new DateOnly(2014, 12, 24)));
        Assert.Equal(-1, WorkingDays.Between(new DateOnly(2014, 5, 19), new DateOnly(2014, 5, 16)));
    }

    [Fact]
    public void An_assessment_completed_on_the_45th_working_day_is_within_45_working_days()
    {
        // Started Tuesday 1 April 2014. Working days after it: 2-4 Apr (3), 7-11 (8), 14-17 (12; Good Friday 18,
        // Easter Monday 21), 22-25 (16), 28-30 (19), 1-2 May (21; Monday 5 May bank holiday), 6-9 (25), 12-16 (30),
        // 19-23 (35; Monday 26 May bank holiday), 27-30 (39), 2-6 June (44), Monday 9 June (45), Tuesday 10 June (46).
        var start = new DateOnly(2014, 4, 1);
        Assert.Equal(45, WorkingDays.Between(start, new DateOnly(2014, 6, 9)));
        Assert.True(WorkingDays.IsWithin(start, new DateOnly(2014, 6, 9), 45));
        Assert.False(WorkingDays.IsWithin(start, new DateOnly(2014, 6, 10), 45));
        Assert.Equal(new DateOnly(2014, 6, 9), s_calendar.AddWorkingDays(start, 45));
    }

    [Fact]
    public void A_conference_15_working_days_after_a_section_47_start_over_Christmas_is_within_15()
    {
        // Started Friday 20 Dec 2013: Mon 23 (1), Tue 24 (2), 25-26 bank holidays, Fri 27 (3), Mon 30 (4),
        // Tue 31 (5), 1 Jan bank holiday, Thu 2 (6), Fri 3 (7), 6-10 Jan (12), Mon 13 (13), Tue 14 (14), Wed 15 (15).
        var start = new DateOnly(2013, 12, 20);
        Assert.True(WorkingDays.IsWithin(start, new DateOnly(2014, 1, 15), 15));
        Assert.False(WorkingDays.IsWithin(start, new DateOnly(2014, 1, 16), 15));
    }

    [Fact]
    public void An_end_before_the_start_is_within_any_non_negative_limit()
    {
        Assert.True(WorkingDays.IsWithin(new DateOnly(2014, 5, 19), new DateOnly(2014, 5, 1), 0));
    }

    [Fact]
    public void The_first_and_last_days_of_the_coverage_can_be_counted()
    {
        // Sat 1 Jan 2000 to Tue 4 Jan: Sunday 2 and the New Year substitute Monday 3 are skipped.
        Assert.Equal(1, WorkingDays.Between(new DateOnly(2000, 1, 1), new DateOnly(2000, 1, 4)));
        // Fri 27 Dec 2030 to Tue 31 Dec 2030: Mon 30 and Tue 31.
        Assert.Equal(2, WorkingDays.Between(new DateOnly(2030, 12, 27), new DateOnly(2030, 12, 31)));
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2031, 1, 1)]
    public void A_date_outside_2000_to_2030_is_an_error_that_names_the_date_and_the_coverage(int year, int month, int day)
    {
        var outside = new DateOnly(year, month, day);
        var inside = new DateOnly(2014, 6, 1);

        var asEnd = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Between(inside, outside));
        var asStart = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Between(outside, inside));

        Assert.Equal("end", asEnd.ParamName);
        Assert.Equal("start", asStart.ParamName);
        Assert.Contains(outside.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), asEnd.Message, StringComparison.Ordinal);
        Assert.Contains("England and Wales", asEnd.Message, StringComparison.Ordinal);
        Assert.Contains("2000-01-01 to 2030-12-31", asEnd.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.IsWithin(inside, outside, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_calendar.IsWorkingDay(outside));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_calendar.AddWorkingDays(outside, 1));
        Assert.False(s_calendar.Covers(outside));
        Assert.True(s_calendar.Covers(inside));
    }

    [Fact]
    public void Adding_working_days_steps_over_weekends_and_bank_holidays()
    {
        // Friday 16 May 2014 + 1 is Monday 19.
        Assert.Equal(new DateOnly(2014, 5, 19), s_calendar.AddWorkingDays(new DateOnly(2014, 5, 16), 1));
        // Saturday 17 May + 1 is also Monday 19.
        Assert.Equal(new DateOnly(2014, 5, 19), s_calendar.AddWorkingDays(new DateOnly(2014, 5, 17), 1));
        // Friday 2 Jan 2015 - 4 is Wednesday 24 Dec 2014 (the mirror of the Christmas example above).
        Assert.Equal(new DateOnly(2014, 12, 24), s_calendar.AddWorkingDays(new DateOnly(2015, 1, 2), -4));
        // Monday 19 May - 1 is Friday 16.
        Assert.Equal(new DateOnly(2014, 5, 16), s_calendar.AddWorkingDays(new DateOnly(2014, 5, 19), -1));
        // Zero returns the start, even on a Sunday.
        Assert.Equal(new DateOnly(2014, 5, 18), s_calendar.AddWorkingDays(new DateOnly(2014, 5, 18), 0));
    }

    [Fact]
    public void Adding_working_days_past_the_coverage_is_an_error()
    {
        // Tue 4 Jan 2000 is the first working day covered; the one before it (30 Dec 1999) is outside, even though
        // 1-3 Jan 2000 are covered (they are a weekend and a bank holiday).
        Assert.Throws<ArgumentOutOfRangeException>(() => s_calendar.AddWorkingDays(new DateOnly(2000, 1, 4), -1));
        Assert.Equal(new DateOnly(2000, 1, 4), s_calendar.AddWorkingDays(new DateOnly(2000, 1, 5), -1));
        // Tue 31 Dec 2030 is the last day covered.
        Assert.Equal(new DateOnly(2030, 12, 31), s_calendar.AddWorkingDays(new DateOnly(2030, 12, 30), 1));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => s_calendar.AddWorkingDays(new DateOnly(2030, 12, 31), 1));
        Assert.Equal("workingDays", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => s_calendar.AddWorkingDays(new DateOnly(2014, 1, 1), int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_calendar.AddWorkingDays(new DateOnly(2014, 1, 1), int.MinValue));
    }
}
