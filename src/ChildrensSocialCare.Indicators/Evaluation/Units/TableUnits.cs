namespace ChildrensSocialCare.Indicators;

// The unit source of each table: its rows' children, records and explanation entries (Entries), and, for a flow, the
// date column that dates each unit (the one its definition's ReferenceDate names; null for the period end). An
// indicator whose entries show more (the placement starts counted, the birthday that decided a care leaver) says so.
internal static class TableUnits
{
    public static UnitSource Of<T>(EvaluationContext c, Table<T> table, Func<int, string?, ExplanationEntry> entry,
        Func<int, string, string?>? rule = null, int[]? eventDate = null, Func<int, long>? value = null) =>
        new(c, row => table.Child[row], row => table.Records[row], entry, rule, eventDate is null ? null : row => eventDate[row], value);

    public static UnitSource Referrals(EvaluationContext c, int[]? eventDate = null) =>
        Of(c, c.Data.Referrals, (row, _) => Entries.Referral(c, row), eventDate: eventDate);

    public static UnitSource Assessments(EvaluationContext c, int[]? eventDate = null) =>
        Of(c, c.Data.AssessmentTable, (row, _) => Entries.Assessment(c, row), eventDate: eventDate);

    public static UnitSource LegacyAssessments(EvaluationContext c, int[]? eventDate = null) =>
        Of(c, c.Data.LegacyTable, (row, _) => Entries.Legacy(c, row), eventDate: eventDate);

    public static UnitSource Section47(EvaluationContext c, int[]? eventDate = null) =>
        Of(c, c.Data.Section47, (row, _) => Entries.Section47(c, row), eventDate: eventDate);

    public static UnitSource Plans(EvaluationContext c, int[]? eventDate = null) =>
        Of(c, c.Data.Plans, (row, _) => Entries.Plan(c, row), eventDate: eventDate);

    public static UnitSource Contacts(EvaluationContext c, int[]? eventDate = null) =>
        Of(c, c.Data.ContactTable, (row, _) => Entries.Contact(c, row), eventDate: eventDate);

    // Episodes, with the extra key dates an indicator shows for a unit (by the code that decided it, null for a
    // member); a short break left out shows the episode's own dates. A mean's unit has its value (days, score).
    public static UnitSource Episodes(EvaluationContext c, Func<int, string?, KeyDate[]>? more = null,
        Func<int, string, string?>? rule = null, int[]? eventDate = null, Func<int, long>? value = null) =>
        Of(c, c.Data.Care, (row, code) => more is null || code == ExclusionCodes.ShortBreak
            ? Entries.Episode(c, row)
            : Entries.Episode(c, row, more(row, code)), rule, eventDate, value);

    // Periods of care (rows of CareTable.PocChild), each through one of its episodes (the first for a start, the last
    // for a ceasing: specification 8.1), dated by eventDate (its start or its end).
    public static UnitSource PeriodsOfCare(EvaluationContext c, int[] episode, int[] eventDate)
    {
        var care = c.Data.Care;
        return new(c, p => care.PocChild[p], p => care.Records[episode[p]],
            (p, _) => Entries.Episode(c, episode[p],
                new KeyDate("period of care start", Day.ToDate(care.PocStart[p])),
                new KeyDate("period of care end", Day.ToNullableDate(care.PocEnd[p]))),
            eventDay: p => eventDate[p]);
    }

    // Care leavers: the entry shows the birthday that decided the row, when it has one, and that birthday dates it.
    public static UnitSource CareLeavers(EvaluationContext c)
    {
        var t = c.Data.CareLeavers;
        return new(c, row => t.Child[row], row => t.Records[row],
            (row, code) => Entries.CareLeaver(c, row,
                code is ExclusionCodes.CareLeaverNoDateOfBirth or ExclusionCodes.CareLeaverNoBirthdayInPeriod ? null : CareLeaverCohort.Birthday(c, row)),
            (row, code) => code switch
            {
                ExclusionCodes.CareLeaverOutsideCohortAge =>
                    $"aged {CareLeaverCohort.Birthday(c, row)!.Value.Year - Day.ToDate(t.DateOfBirth[row]).Year} on the birthday in the period, outside the cohort ({string.Join(", ", c.Options.CareLeaverAges)})",
                ExclusionCodes.CareLeaverInTouchOutsideCohort => $"IN_TOUCH {t.Records[row].InTouch.Code}: outside the cohort",
                _ => null,
            },
            row => CareLeaverCohort.Birthday(c, row) is { } birthday ? birthday.DayNumber : Day.None);
    }
}
