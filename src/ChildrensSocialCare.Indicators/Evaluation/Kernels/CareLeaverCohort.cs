using System.Globalization;

namespace ChildrensSocialCare.Indicators;

// The care-leaver cohort (DfE F; NI 147, NI 148): OC3 rows whose age on their birthday in the period is one of the
// cohort ages (19-21 by default), excluding IN_TOUCH DIED and RHOM. The latest birthday in the period counts; when
// the row's collection year is known the birthday must also fall in that year, so rows of other years' returns
// describe other birthdays. Each cohort row is in the numerator when its outcome flag is set.
internal static class CareLeaverCohort
{
    public static Tally Run<TSink>(EvaluationContext c, bool[] outcome, ref TSink into)
        where TSink : struct, IUnitSink
    {
        var sink = into; // a local copy: the JIT keeps a counting sink in registers (see IUnitSink)
        var t = c.Data.CareLeavers;
        var ages = c.Options.CareLeaverAges;
        var (dateOfBirth, collectionYear, outside) = (t.DateOfBirth, t.CollectionYear, t.OutsideCohort);
        // The collection years the period falls in (a year ends on 31 March), to tell an empty cohort because no row is of
        // those years from one where the year's rows have no birthday in the period (a month in a series).
        var (firstYear, lastYear) = (YearEnding(Day.ToDate(c.Start)), YearEnding(Day.ToDate(c.End)));
        var (members, ofPeriodYears, otherYears, otherYear) = (0, 0, 0, 0);
        for (var row = 0; row < dateOfBirth.Length; row++)
        {
            if (collectionYear[row] >= firstYear && collectionYear[row] <= lastYear)
            {
                ofPeriodYears++;
            }

            var dob = dateOfBirth[row];
            if (dob == Day.None)
            {
                sink.Exclude(row, ExclusionCodes.CareLeaverNoDateOfBirth);
                continue;
            }

            var dobDate = Day.ToDate(dob);
            if (LatestBirthday(c, dobDate, collectionYear[row]) is not { } birthday)
            {
                sink.Exclude(row, ExclusionCodes.CareLeaverNoBirthdayInPeriod);

                // A row of another year's return whose birthday falls in the period: if no row counts, the cohort is
                // empty because of the collection year, which the engine reports.
                if (collectionYear[row] > 0 && LatestBirthday(c, dobDate, 0) is { } elsewhere && IsCohortAge(ages, elsewhere.Year - dobDate.Year))
                {
                    otherYears++;
                    otherYear = Math.Max(otherYear, collectionYear[row]);
                }

                continue;
            }

            if (!IsCohortAge(ages, birthday.Year - dobDate.Year))
            {
                sink.Exclude(row, ExclusionCodes.CareLeaverOutsideCohortAge);
                continue;
            }

            if (outside[row])
            {
                sink.Exclude(row, ExclusionCodes.CareLeaverInTouchOutsideCohort);
                continue;
            }

            sink.Member(row, outcome[row]);
            members++;
        }

        if (members == 0 && ofPeriodYears == 0 && otherYears > 0)
        {
            c.EmptyCohortForYear = string.Create(CultureInfo.InvariantCulture,
                $"the care-leaver cohort is empty for {c.Period}: {otherYears} OC3 row(s) of other collection years (the latest {otherYear}) have a birthday in the period, but a row counts only in its own year's return; the OC3 rows of the period's year are missing, or the collection year is wrong (the file name, or ReadOptions.CollectionYear)");
        }

        into = sink;
        return sink.Tally();
    }

    // The birthday in the period that decides the row (for its explanation entry), or null.
    public static DateOnly? Birthday(EvaluationContext c, int row)
    {
        var t = c.Data.CareLeavers;
        var dob = t.DateOfBirth[row];
        return dob == Day.None ? null : LatestBirthday(c, Day.ToDate(dob), t.CollectionYear[row]);
    }

    private static int YearEnding(DateOnly date) => date.Month >= 4 ? date.Year + 1 : date.Year;

    private static bool IsCohortAge(IReadOnlyList<int> ages, int age)
    {
        for (var k = 0; k < ages.Count; k++)
        {
            if (ages[k] == age)
            {
                return true;
            }
        }

        return false;
    }

    // The latest birthday in the period and, when the collection year is known, in that reporting year too. Birthdays
    // grow with the year, so the search runs down from the last year that can hold one and stops at the first found.
    private static DateOnly? LatestBirthday(EvaluationContext c, DateOnly dob, int collectionYear)
    {
        var (from, to) = (c.Start, c.End);
        if (collectionYear > 0)
        {
            var year = ReportingYear.Ending(collectionYear);
            from = Math.Max(from, year.Start.DayNumber);
            to = Math.Min(to, year.End.DayNumber);
        }

        if (from > to)
        {
            return null;
        }

        for (var y = Day.ToDate(to).Year; y >= Day.ToDate(from).Year && y >= dob.Year; y--)
        {
            var birthday = Age.BirthdayIn(dob, y);
            if (birthday.DayNumber <= to)
            {
                return birthday.DayNumber >= from ? birthday : null;
            }
        }

        return null;
    }
}
