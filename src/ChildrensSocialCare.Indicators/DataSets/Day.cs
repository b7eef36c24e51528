namespace ChildrensSocialCare.Indicators;

// Dates inside the data set are DateOnly.DayNumber values in int arrays: comparisons are single instructions and the
// arrays are contiguous. Two sentinels: None for a missing date, Open for an end that has not happened (which sorts
// after every real date, so "open last" ordering comes free).
internal static class Day
{
    public const int None = int.MinValue;
    public const int Open = int.MaxValue;

    public static int Of(DateOnly date) => date.DayNumber;

    public static int OrNone(DateOnly? date) => date is { } d ? d.DayNumber : None;

    public static int OrOpen(DateOnly? date) => date is { } d ? d.DayNumber : Open;

    public static DateOnly ToDate(int day) => DateOnly.FromDayNumber(day);

    public static DateOnly? ToNullableDate(int day) => day is None or Open ? null : DateOnly.FromDayNumber(day);

    public static int AddMonths(int day, int months) => DateOnly.FromDayNumber(day).AddMonths(months).DayNumber;

    // AddMonths for a boundary computed ahead of time for every row: past 31 December 9999 it is Open, later than
    // every date, instead of an exception for a record no indicator may ever ask about.
    public static int AddMonthsOrOpen(int day, int months) =>
        day > DateOnly.MaxValue.AddMonths(-months).DayNumber ? Open : AddMonths(day, months);
}
