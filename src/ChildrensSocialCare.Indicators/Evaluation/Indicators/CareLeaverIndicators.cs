using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

internal static class CareLeaverIndicators
{
    // care-leavers-suitable-accommodation (NI 147, DfE F): ACCOM valid and ending in 1, over the cohort; 0, blank and
    // invalid codes are "no information" and stay in the denominator.
    public static Tally SuitableAccommodation(EvaluationContext c, ExplanationBuilder? x) =>
        Cohort(c, x, r => r.Accommodation.IsSuitable);

    // care-leavers-eet (NI 148, DfE F): ACTIV in F1-F5 or P1-P5, over the cohort.
    public static Tally EducationEmploymentTraining(EvaluationContext c, ExplanationBuilder? x) =>
        Cohort(c, x, r => r.Activity.IsEducationEmploymentOrTraining);

    // care-leavers-in-touch (DfE F): IN_TOUCH = YES, over the cohort.
    public static Tally InTouch(EvaluationContext c, ExplanationBuilder? x) =>
        Cohort(c, x, r => r.InTouch.IsInTouch);

    // The cohort: OC3 rows whose age on the birthday in the period is one of the cohort ages (19-21 by default),
    // excluding IN_TOUCH DIED and RHOM. The latest birthday in the period counts; when the row's collection year is
    // known the birthday must also fall in that year, so rows of other years' returns describe other birthdays.
    private static Tally Cohort(EvaluationContext c, ExplanationBuilder? x, Func<CareLeaverOutcome, bool> outcome)
    {
        var t = c.Data.CareLeavers;
        var ages = c.Options.CareLeaverAges;
        long numerator = 0;
        long denominator = 0;
        for (var i = 0; i < t.Count; i++)
        {
            var dob = t.DateOfBirth[i];
            if (dob == Day.None)
            {
                x?.Exclude(Entries.CareLeaver(c, i, null), "no date of birth (OC3 or header)");
                continue;
            }

            var birthday = LatestBirthday(c, Day.ToDate(dob), t.CollectionYear[i]);
            if (birthday is not { } b)
            {
                x?.Exclude(Entries.CareLeaver(c, i, null), "no birthday in the period (and its collection year)");
                continue;
            }

            var age = b.Year - Day.ToDate(dob).Year;
            if (!ages.Contains(age))
            {
                x?.Exclude(Entries.CareLeaver(c, i, b), $"aged {age} on the birthday in the period, outside the cohort ({string.Join(", ", ages)})");
                continue;
            }

            var record = t.Records[i];
            if (record.InTouch.ExcludesFromCohort)
            {
                x?.Exclude(Entries.CareLeaver(c, i, b), $"IN_TOUCH {record.InTouch.Code}: outside the cohort");
                continue;
            }

            denominator++;
            var counted = outcome(record);
            if (counted)
            {
                numerator++;
            }

            x?.Member(Entries.CareLeaver(c, i, b), counted);
        }

        return new Tally(numerator, denominator);
    }

    private static DateOnly? LatestBirthday(EvaluationContext c, DateOnly dob, int collectionYear)
    {
        var year = collectionYear > 0 ? ReportingYear.Ending(collectionYear) : (ReportingYear?)null;
        for (var y = c.Period.End.Year; y >= c.Period.Start.Year && y >= dob.Year; y--)
        {
            var birthday = Age.BirthdayIn(dob, y);
            if (c.Period.Contains(birthday) && (year is not { } ry || ry.Contains(birthday)))
            {
                return birthday;
            }
        }

        return null;
    }
}
