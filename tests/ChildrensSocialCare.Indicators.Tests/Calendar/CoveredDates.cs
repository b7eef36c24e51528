using FsCheck;
using FsCheck.Fluent;

namespace ChildrensSocialCare.Indicators.Tests.Calendar;

/// <summary>
/// FsCheck arbitraries for dates inside the built-in calendar's coverage (2000-01-01 to 2030-12-31). A date that
/// falsifies a property shrinks towards 1 January 2000 without ever leaving the coverage, so a failure is reported as
/// a small, valid counterexample rather than an exception.
/// </summary>
public static class CoveredDates
{
    public static readonly DateOnly First = new(2000, 1, 1);
    public static readonly DateOnly Last = new(2030, 12, 31);

    public static Arbitrary<DateOnly> DateOnly() =>
        Arb.From(Gen.Choose(First.DayNumber, Last.DayNumber).Select(System.DateOnly.FromDayNumber), Shrink);

    // Candidates strictly closer to the start of the coverage: the start itself, halfway there, and one day back.
    private static IEnumerable<DateOnly> Shrink(DateOnly date)
    {
        var distance = date.DayNumber - First.DayNumber;
        if (distance <= 0)
        {
            yield break;
        }

        yield return First;
        if (distance / 2 > 0)
        {
            yield return System.DateOnly.FromDayNumber(First.DayNumber + (distance / 2));
        }

        if (distance - 1 > distance / 2)
        {
            yield return System.DateOnly.FromDayNumber(date.DayNumber - 1);
        }
    }
}
