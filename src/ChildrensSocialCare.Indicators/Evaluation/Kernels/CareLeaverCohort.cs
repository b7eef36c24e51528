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
        for (var row = 0; row < dateOfBirth.Length; row++)
        {
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
