namespace ChildrensSocialCare.Indicators.Tests.Calendar;

public class CustomCalendarTests
{
    [Fact]
    public void A_custom_calendar_counts_weekdays_except_its_own_holidays()
    {
        // Monday 2 to Monday 9 March 2026 with Wednesday 4 as a local holiday: Tue 3, Thu 5, Fri 6, Mon 9.
        var calendar = WorkingDayCalendar.Create([new DateOnly(2026, 3, 4)], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Local");

        Assert.Equal(4, calendar.WorkingDaysBetween(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9)));
        Assert.Equal("Local", calendar.Name);
        Assert.Equal([new DateOnly(2026, 3, 4)], calendar.BankHolidays);
        // Its holidays are its own: Good Friday 2026 (3 April) is a working day here.
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 4, 3)));
    }

    [Fact]
    public void A_custom_calendar_ignores_holidays_outside_its_coverage_and_rejects_dates_outside_it()
    {
        var calendar = WorkingDayCalendar.Create(
            [new DateOnly(2025, 12, 25), new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)],
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Local");

        Assert.Equal([new DateOnly(2026, 1, 1)], calendar.BankHolidays);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.WorkingDaysBetween(new DateOnly(2026, 6, 1), new DateOnly(2027, 1, 4)));
        Assert.Contains("2027-01-04", error.Message, StringComparison.Ordinal);
        Assert.Contains("Local", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-01 to 2026-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_calendar_must_end_on_or_after_its_start()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            WorkingDayCalendar.Create([], new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() =>
            WorkingDayCalendar.Create(null!, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)));
    }

    [Fact]
    public void A_one_day_calendar_works()
    {
        var monday = new DateOnly(2026, 3, 2);
        var calendar = WorkingDayCalendar.Create([], monday, monday);

        Assert.True(calendar.IsWorkingDay(monday));
        Assert.Equal(0, calendar.WorkingDaysBetween(monday, monday));
        Assert.Equal("custom", calendar.Name);
    }

    [Fact]
    public void An_additional_holiday_removes_one_working_day_and_leaves_the_original_calendar_unchanged()
    {
        var original = WorkingDayCalendar.EnglandAndWales;
        // A hypothetical special bank holiday on Monday 15 June 2026.
        var special = new DateOnly(2026, 6, 15);
        var extended = original.WithAdditionalHolidays(special);

        // Friday 12 to Tuesday 16 June 2026: Mon 15 and Tue 16 in the built-in calendar, Tue 16 only with the extra day.
        Assert.Equal(2, original.WorkingDaysBetween(new DateOnly(2026, 6, 12), new DateOnly(2026, 6, 16)));
        Assert.Equal(1, extended.WorkingDaysBetween(new DateOnly(2026, 6, 12), new DateOnly(2026, 6, 16)));
        Assert.Contains(special, extended.BankHolidays);
        Assert.DoesNotContain(special, original.BankHolidays);
        Assert.Equal(original.BankHolidays.Count + 1, extended.BankHolidays.Count);
        Assert.Equal(original.CoverageStart, extended.CoverageStart);
        Assert.Equal(original.CoverageEnd, extended.CoverageEnd);
        Assert.Equal(original.Name, extended.Name);
    }

    [Fact]
    public void Additional_holidays_that_are_already_holidays_or_outside_the_coverage_change_nothing()
    {
        var original = WorkingDayCalendar.EnglandAndWales;
        var extended = original.WithAdditionalHolidays([new DateOnly(2014, 12, 25), new DateOnly(2031, 6, 2)]);

        Assert.Equal(original.BankHolidays, extended.BankHolidays);
        Assert.Throws<ArgumentNullException>(() => original.WithAdditionalHolidays((IEnumerable<DateOnly>)null!));
    }
}
