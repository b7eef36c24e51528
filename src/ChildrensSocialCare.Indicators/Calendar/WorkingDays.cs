namespace ChildrensSocialCare.Indicators;

/// <summary>Working-day arithmetic on the built-in <see cref="WorkingDayCalendar.EnglandAndWales"/> calendar.</summary>
public static class WorkingDays
{
    /// <summary>The working days after <paramref name="start"/> up to and including <paramref name="end"/>
    /// (same day 0, negative when the end is before the start).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside 2000-2030.</exception>
    public static int Between(DateOnly start, DateOnly end) => WorkingDayCalendar.EnglandAndWales.WorkingDaysBetween(start, end);

    /// <summary>Whether <paramref name="end"/> is within <paramref name="workingDays"/> working days of <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside 2000-2030.</exception>
    public static bool IsWithin(DateOnly start, DateOnly end, int workingDays) =>
        WorkingDayCalendar.EnglandAndWales.IsWithin(start, end, workingDays);
}
