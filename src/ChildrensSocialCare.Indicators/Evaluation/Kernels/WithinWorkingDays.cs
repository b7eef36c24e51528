namespace ChildrensSocialCare.Indicators;

// Timeliness in working days (specification 1.3): a unit is timely when WorkingDaysBetween(start, end) <= limit.
// Left out, each with its code: a unit with no start to measure from (when the indicator names a code for it), one
// whose end is before its start (a calendar comparison: an invalid record, or one the indicator's rule excludes),
// and one with a date outside the working-day calendar's coverage (counted on the context, which the engine turns
// into a diagnostic: never a silent miscount). The filter keeps the units of the indicator (a kind of assessment).
internal readonly struct WithinWorkingDays<TFilter>(
    EvaluationContext c,
    int[] start,
    int[] end,
    int[] child,
    int limit,
    string endBeforeStartCode,
    TFilter filter,
    string? noStartCode = null) : IUnitRule
    where TFilter : struct, IRowTest
{
    public Verdict Judge(int row)
    {
        if (!filter.Test(row))
        {
            return Verdict.Skip;
        }

        var from = start[row];
        if (noStartCode is not null && from == Day.None)
        {
            return Verdict.Excluded(noStartCode);
        }

        var to = end[row];
        if (to < from)
        {
            return Verdict.Excluded(endBeforeStartCode);
        }

        if (!c.TryWorkingDays(from, to, child[row], out var workingDays))
        {
            return Verdict.Excluded(ExclusionCodes.OutsideCalendar);
        }

        return Verdict.Member(workingDays <= limit);
    }
}

// The filter of an indicator whose every row is a unit.
internal readonly struct EveryRow : IRowTest
{
    public bool Test(int row) => true;
}
