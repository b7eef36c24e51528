namespace ChildrensSocialCare.Indicators;

// What a row reported to a sink stands for: the child it belongs to, its record, the day a breakdown groups it at
// (its reference date), and its explanation entry. The entry may depend on the rule that decided the row (an episode
// left out for age shows the date of birth), so it is asked for with the exclusion code, or null for a counted unit
// or a member. Explaining and breaking down read units through this; counting never does.
internal sealed class UnitSource(
    EvaluationContext context,
    Func<int, int> child,
    Func<int, object?> record,
    Func<int, string?, ExplanationEntry> entry,
    Func<int, string, string?>? rule = null,
    Func<int, int>? eventDay = null,
    Func<int, long>? value = null)
{
    // Whether a unit has a value of its own (the days or score behind a mean), which a breakdown totals per group.
    public bool HasValue => value is not null;

    // The value a mean totals for the unit (its days, its score); 0 when the unit source has none.
    public long Value(int row) => value is null ? 0 : value(row);

    // Whether the units are dated by an event (the definition's ReferenceDate.Event), not the period end.
    public bool HasEventDay => eventDay is not null;

    // The day number of the unit's reference date: the event that puts it in the period (the date the definition's
    // ReferenceDate names), or the period end. Day.None when the event has no date (a care leaver with no birthday
    // in the period is excluded, never grouped).
    public int ReferenceDay(int row) => eventDay is null ? context.End : eventDay(row);

    // The child's index in the data set (DataSet.Ids), or -1 for a unit of no child (a workforce record).
    public int Child(int row) => child(row);

    // The record behind the unit.
    public object? Record(int row) => record(row);

    public ExplanationEntry Entry(int row, string? exclusionCode) => entry(row, exclusionCode);

    // The rule in words: the unit source's own words for a rule that quotes the record (an age, a code), else the
    // fixed words of the code.
    public string Rule(int row, string exclusionCode) =>
        rule?.Invoke(row, exclusionCode) ?? ExclusionCodes.Words(exclusionCode, context);
}
