using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

internal static class CareLeaverIndicators
{
    // care-leavers-suitable-accommodation (NI 147, DfE F): ACCOM valid and ending in 1, over the cohort; 0, blank and
    // invalid codes are "no information" and stay in the denominator.
    public static Tally SuitableAccommodation(EvaluationContext c, ExplanationBuilder? x) =>
        Cohort(c, x, c.Data.CareLeavers.SuitableAccommodation);

    // care-leavers-eet (NI 148, DfE F): ACTIV in F1-F5 or P1-P5, over the cohort.
    public static Tally EducationEmploymentTraining(EvaluationContext c, ExplanationBuilder? x) =>
        Cohort(c, x, c.Data.CareLeavers.EducationEmploymentTraining);

    // care-leavers-in-touch (DfE F): IN_TOUCH = YES, over the cohort.
    public static Tally InTouch(EvaluationContext c, ExplanationBuilder? x) =>
        Cohort(c, x, c.Data.CareLeavers.InTouch);

    // The cohort: OC3 rows whose age on the birthday in the period is one of the cohort ages (19-21 by default),
    // excluding IN_TOUCH DIED and RHOM. The latest birthday in the period counts; when the row's collection year is
    // known the birthday must also fall in that year, so rows of other years' returns describe other birthdays.
    private static Tally Cohort(EvaluationContext c, ExplanationBuilder? x, bool[] outcome)
    {
        var t = c.Data.CareLeavers;
        var ages = c.Options.CareLeaverAges;
        var (dateOfBirth, collectionYear, outside) = (t.DateOfBirth, t.CollectionYear, t.OutsideCohort);
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < dateOfBirth.Length; i++)
        {
            var dob = dateOfBirth[i];
            if (dob == Day.None)
            {
                x?.Exclude(Entries.CareLeaver(c, i, null), "no date of birth (OC3 or header)");
                continue;
            }

            var dobDate = Day.ToDate(dob);
            var birthday = LatestBirthday(c, dobDate, collectionYear[i]);
            if (birthday is not { } b)
            {
                x?.Exclude(Entries.CareLeaver(c, i, null), "no birthday in the period (and its collection year)");
                continue;
            }

            var age = b.Year - dobDate.Year;
            if (!IsCohortAge(ages, age))
            {
                x?.Exclude(Entries.CareLeaver(c, i, b), $"aged {age} on the birthday in the period, outside the cohort ({string.Join(", ", ages)})");
                continue;
            }

            if (outside[i])
            {
                x?.Exclude(Entries.CareLeaver(c, i, b), $"IN_TOUCH {t.Records[i].InTouch.Code}: outside the cohort");
                continue;
            }

            denominator++;
            var counted = outcome[i];
            if (counted)
            {
                numerator++;
            }

            x?.Member(Entries.CareLeaver(c, i, b), counted);
        }

        return new Tally(numerator, denominator);
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
