namespace ChildrensSocialCare.Indicators;

// The OC2 cohort (DfE OC2 outcomes; specification section 8): children looked after at the period end whose current
// period of care started on or before w = periodEnd - 12 calendar months + 1 day (1 April for a year), so looked after
// continuously for at least 12 months; of them, those in the indicator's age range at the period end (header DOB, then
// OC3). Each is judged on their OC2 row of the period end's collection year by the field's rule; a cohort child with no
// such row, or with no date of birth when the indicator has an age range, is left out and listed. Children looked
// after for less than 12 months, or outside the age range, are not units at all.
internal static class Oc2Cohort
{
    public static Tally Run<TSink, TField>(EvaluationContext c, int minAge, int maxAge, TField field, ref TSink sink)
        where TSink : struct, IUnitSink
        where TField : struct, IOc2Field =>
        LookedAfterAtEnd.Run(c, new Cohort<TField>(c, minAge, maxAge, field), ref sink);

    // A cohort child's entry shows the start of the current period of care, which put them in the cohort.
    // With scores, a member's value is its SDQ score (what the mean of scores totals, per group when broken down).
    public static UnitSource Units(EvaluationContext c, bool scores = false)
    {
        var care = c.Data.Care;
        var oc2 = c.Data.HealthOutcomeTable;
        var year = CollectionYear(c);
        return TableUnits.Episodes(c, (row, _) => [new KeyDate("period of care start", Day.ToDate(care.PocStart[care.EpisodePoc[row]]))],
            value: scores ? row => oc2.Find(care.Child[row], year) is var r and >= 0 ? oc2.Sdq[r] : 0 : null);
    }

    // The decisions every OC2 cohort definition states, for its field and whether it has an age range.
    public static string[] Decisions(string field, bool ageRange) =>
    [
        "Looked after 12 months or more: the current period of care started on or before the period end - 12 calendar months + 1 day (1 April for a year).",
        "The OC2 row is the one of the period end's collection year (a row of a return without a collection year when there is none); of two rows in one return, the first.",
        $"A blank {field}, or one other than 1 or 0, is left out and listed.",
        .. ageRange ? ["The age is taken at the period end from the header DOB (then the OC3 DOB); a cohort child without one is left out and listed."] : Array.Empty<string>(),
        "V3 and V4 episodes are ignored.",
    ];

    // w, the first day of the 12-month window.
    public static int WindowStart(EvaluationContext c) => Day.AddMonths(c.End, -12) + 1;

    // The collection year of the period end: the reporting year holding it.
    public static int CollectionYear(EvaluationContext c) => ReportingYear.Containing(Day.ToDate(c.End)).EndYear;

    private readonly struct Cohort<TField>(EvaluationContext c, int minAge, int maxAge, TField field) : IUnitRule
        where TField : struct, IOc2Field
    {
        private readonly CareTable _care = c.Data.Care;
        private readonly int[] _dateOfBirth = c.Data.ChildTable.DateOfBirth;
        private readonly HealthOutcomeTable _oc2 = c.Data.HealthOutcomeTable;
        private readonly int _window = WindowStart(c);
        private readonly int _year = CollectionYear(c);

        public Verdict Judge(int row)
        {
            if (_care.PocStart[_care.EpisodePoc[row]] > _window)
            {
                return Verdict.Skip;
            }

            var child = _care.Child[row];
            if (minAge > 0 || maxAge < int.MaxValue)
            {
                var dob = _dateOfBirth[child];
                if (dob == Day.None)
                {
                    return Verdict.Excluded(ExclusionCodes.EpisodeNoDateOfBirth);
                }

                var age = Age.At(Day.ToDate(dob), Day.ToDate(c.End));
                if (age < minAge || age > maxAge)
                {
                    return Verdict.Skip;
                }
            }

            var oc2 = _oc2.Find(child, _year);
            return oc2 < 0 ? Verdict.Excluded(ExclusionCodes.Oc2NoRow) : field.Judge(_oc2, oc2);
        }
    }
}

// One OC2 field's rule for a cohort child's OC2 row.
internal interface IOc2Field
{
    Verdict Judge(HealthOutcomeTable oc2, int row);
}

// A 1/0 flag column: in the numerator for 1, the denominator only for 0, left out when blank (or not 1/0).
internal readonly struct Oc2Flag(Func<HealthOutcomeTable, sbyte[]> column) : IOc2Field
{
    public Verdict Judge(HealthOutcomeTable oc2, int row) => column(oc2)[row] switch
    {
        1 => Verdict.Member(true),
        0 => Verdict.Member(false),
        _ => Verdict.Excluded(ExclusionCodes.Oc2FieldBlank),
    };
}

// SDQ_SCORE of 0 to 40: in the numerator at `concern` or more; a blank score (with or without SDQ_REASON) and one out
// of range are left out.
internal readonly struct Oc2SdqConcern(int concern) : IOc2Field
{
    public Verdict Judge(HealthOutcomeTable oc2, int row)
    {
        var score = oc2.Sdq[row];
        return score == Day.None ? Verdict.Excluded(ExclusionCodes.Oc2FieldBlank)
            : score is < 0 or > 40 ? Verdict.Excluded(ExclusionCodes.Oc2SdqOutOfRange)
            : Verdict.Member(score >= concern);
    }
}

// SDQ_SCORE of 0 to 40 as a score to average: every child with a score in range is a member, and the score is added
// to the totals (the mean's numerator and its sum of squares); blank and out-of-range scores are left out as for
// Oc2SdqConcern.
internal readonly struct Oc2SdqScore(Oc2SdqTotals totals) : IOc2Field
{
    public Verdict Judge(HealthOutcomeTable oc2, int row)
    {
        var verdict = new Oc2SdqConcern(0).Judge(oc2, row);
        if (verdict.Kind == VerdictKind.In)
        {
            long score = oc2.Sdq[row];
            totals.Sum += score;
            totals.SumOfSquares += score * score;
        }

        return verdict;
    }
}

// The running totals of the scores an Oc2SdqScore rule took.
internal sealed class Oc2SdqTotals
{
    public long Sum { get; set; }

    public long SumOfSquares { get; set; }
}
