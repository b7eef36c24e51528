using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Calendar;

// Laws of working-day arithmetic (specification 1.3) over any dates in the built-in calendar's coverage.
[Properties(Arbitrary = [typeof(CoveredDates)], MaxTest = 500)]
public class WorkingDayProperties
{
    private static readonly WorkingDayCalendar s_calendar = WorkingDayCalendar.EnglandAndWales;

    [Property]
    public bool Working_days_are_additive(DateOnly a, DateOnly b, DateOnly c) =>
        s_calendar.WorkingDaysBetween(a, b) + s_calendar.WorkingDaysBetween(b, c) == s_calendar.WorkingDaysBetween(a, c);

    [Property]
    public bool Working_days_are_antisymmetric(DateOnly a, DateOnly b) =>
        s_calendar.WorkingDaysBetween(a, b) == -s_calendar.WorkingDaysBetween(b, a);

    [Property]
    public Property Working_days_are_bounded_by_the_calendar_days_between_the_dates(DateOnly a, DateOnly b)
    {
        var working = s_calendar.WorkingDaysBetween(a, b);
        var days = b.DayNumber - a.DayNumber;
        // Never more than the days between; same sign; and at most two weekend days in any seven plus the year's
        // bank holidays (at most 10 a year) are skipped, so at least 5 of every 7 whole weeks minus 10 a year count.
        var lowerBound = (Math.Abs(days) / 7 * 5) - (10 * ((Math.Abs(days) / 365) + 1));
        return (Math.Abs(working) <= Math.Abs(days)).Label("|wd| <= |days|")
            .And((Math.Sign(working) == Math.Sign(days) || working == 0).Label("same sign"))
            .And((Math.Abs(working) >= lowerBound).Label("not too few"));
    }

    [Property]
    public bool Working_days_agree_with_counting_day_by_day(DateOnly a, PositiveInt span)
    {
        // A deliberately simple reference: walk the days after a, up to 60 of them.
        var b = System.DateOnly.FromDayNumber(Math.Min(a.DayNumber + (span.Get % 60), CoveredDates.Last.DayNumber));
        var expected = 0;
        for (var d = a.AddDays(1); d <= b; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !s_calendar.BankHolidays.Contains(d))
            {
                expected++;
            }
        }

        return s_calendar.WorkingDaysBetween(a, b) == expected;
    }

    // Each case builds a calendar (about 11,000 days), so fewer cases.
    [Property(MaxTest = 150)]
    public bool A_holiday_added_on_a_weekend_changes_nothing(DateOnly a, DateOnly b, DateOnly near)
    {
        var saturday = near.AddDays(((int)DayOfWeek.Saturday - (int)near.DayOfWeek + 7) % 7);
        var weekendDay = saturday <= CoveredDates.Last ? saturday : saturday.AddDays(-7);
        var extended = s_calendar.WithAdditionalHolidays(weekendDay, weekendDay.AddDays(1));

        return extended.WorkingDaysBetween(a, b) == s_calendar.WorkingDaysBetween(a, b);
    }

    [Property(MaxTest = 100)]
    public Property A_holiday_added_on_a_working_day_removes_it_from_every_span_that_contains_it(DateOnly a, DateOnly b, DateOnly holiday)
    {
        var extended = s_calendar.WithAdditionalHolidays(holiday);
        var (first, last) = a <= b ? (a, b) : (b, a);
        var contains = first < holiday && holiday <= last && s_calendar.IsWorkingDay(holiday);
        var expectedDrop = contains ? 1 : 0;

        return (s_calendar.WorkingDaysBetween(first, last) - extended.WorkingDaysBetween(first, last) == expectedDrop)
            .Label($"contains={contains}");
    }

    [Property]
    public Property Adding_working_days_inverts_working_days_between(DateOnly a, int n)
    {
        var steps = n % 2000;
        var result = Try(() => s_calendar.AddWorkingDays(a, steps));
        // Near the ends of the coverage the target may fall outside it: that must be an error, never a wrong date.
        var available = steps >= 0
            ? s_calendar.WorkingDaysBetween(a, CoveredDates.Last)
            : WorkingDaysUpTo(a) - (s_calendar.IsWorkingDay(a) ? 1 : 0);
        var fits = Math.Abs(steps) <= available;

        return (result is null
                ? !fits
                : fits && s_calendar.WorkingDaysBetween(a, result.Value) == steps && (steps == 0 || s_calendar.IsWorkingDay(result.Value)))
            .Label($"steps={steps}, available={available}, result={result}");
    }

    [Property]
    public Property Working_days_between_inverts_adding_working_days(DateOnly a, DateOnly b)
    {
        var steps = s_calendar.WorkingDaysBetween(a, b);
        var back = Try(() => s_calendar.AddWorkingDays(a, steps));
        if (back is null)
        {
            // Only when b is before the first working day of the coverage (1-3 January 2000): the working day that
            // makes the count lies before the coverage.
            return (steps < 0 && WorkingDaysUpTo(b) == 0).Label("threw");
        }

        // The result is the working day that makes the count: b itself when b is a working day.
        return (s_calendar.WorkingDaysBetween(a, back.Value) == steps)
            .And((steps == 0 || !s_calendar.IsWorkingDay(b) || back == b).Label("back == b on a working day"));
    }

    [Property]
    public bool Is_within_is_working_days_between_at_most_the_limit(DateOnly a, DateOnly b, byte limit) =>
        s_calendar.IsWithin(a, b, limit) == (s_calendar.WorkingDaysBetween(a, b) <= limit);

    // Working days d with First <= d <= date.
    private static int WorkingDaysUpTo(DateOnly date) =>
        s_calendar.WorkingDaysBetween(CoveredDates.First, date) + (s_calendar.IsWorkingDay(CoveredDates.First) ? 1 : 0);

    private static DateOnly? Try(Func<DateOnly> f)
    {
        try
        {
            return f();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
