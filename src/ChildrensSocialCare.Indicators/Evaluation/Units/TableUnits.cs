namespace ChildrensSocialCare.Indicators;

// The unit source of each table: its rows' children, records and explanation entries (Entries). An indicator whose
// entries show more (the placement starts counted, the birthday that decided a care leaver) builds its own.
internal static class TableUnits
{
    public static UnitSource Of<T>(EvaluationContext c, Table<T> table, Func<int, string?, ExplanationEntry> entry,
        Func<int, string, string?>? rule = null) =>
        new(c, row => table.Child[row], row => table.Records[row], entry, rule);

    public static UnitSource Referrals(EvaluationContext c) => Of(c, c.Data.Referrals, (row, _) => Entries.Referral(c, row));

    public static UnitSource Assessments(EvaluationContext c) => Of(c, c.Data.AssessmentTable, (row, _) => Entries.Assessment(c, row));

    public static UnitSource LegacyAssessments(EvaluationContext c) => Of(c, c.Data.LegacyTable, (row, _) => Entries.Legacy(c, row));

    public static UnitSource Section47(EvaluationContext c) => Of(c, c.Data.Section47, (row, _) => Entries.Section47(c, row));

    public static UnitSource Plans(EvaluationContext c) => Of(c, c.Data.Plans, (row, _) => Entries.Plan(c, row));

    public static UnitSource Contacts(EvaluationContext c) => Of(c, c.Data.ContactTable, (row, _) => Entries.Contact(c, row));

    // Episodes, with the extra key dates an indicator shows for a unit (by the code that decided it, null for a
    // member); a short break left out shows the episode's own dates.
    public static UnitSource Episodes(EvaluationContext c, Func<int, string?, KeyDate[]>? more = null,
        Func<int, string, string?>? rule = null) =>
        Of(c, c.Data.Care, (row, code) => more is null || code == ExclusionCodes.ShortBreak
            ? Entries.Episode(c, row)
            : Entries.Episode(c, row, more(row, code)), rule);

    // Care leavers: the entry shows the birthday that decided the row, when it has one.
    public static UnitSource CareLeavers(EvaluationContext c)
    {
        var t = c.Data.CareLeavers;
        return Of(c, t,
            (row, code) => Entries.CareLeaver(c, row,
                code is ExclusionCodes.CareLeaverNoDateOfBirth or ExclusionCodes.CareLeaverNoBirthdayInPeriod ? null : CareLeaverCohort.Birthday(c, row)),
            (row, code) => code switch
            {
                ExclusionCodes.CareLeaverOutsideCohortAge =>
                    $"aged {CareLeaverCohort.Birthday(c, row)!.Value.Year - Day.ToDate(t.DateOfBirth[row]).Year} on the birthday in the period, outside the cohort ({string.Join(", ", c.Options.CareLeaverAges)})",
                ExclusionCodes.CareLeaverInTouchOutsideCohort => $"IN_TOUCH {t.Records[row].InTouch.Code}: outside the cohort",
                _ => null,
            });
    }
}
