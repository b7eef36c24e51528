using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// NI 59 and NI 60: legacy assessments of one kind completed in the period, timely when
// WorkingDaysBetween(start, completed) <= limit; a completion before the start is an invalid record, left out.
internal static class LegacyTimeliness
{
    public static Tally Run<TSink>(EvaluationContext c, AssessmentKind kind, int limit, ref TSink sink)
        where TSink : struct, IUnitSink
    {
        var t = c.Data.LegacyTable;
        var timely = new WithinWorkingDays<LegacyKind>(c, t.Start, t.Completed, t.Child, limit,
            ExclusionCodes.LegacyCompletedBeforeStart, new LegacyKind(t, kind));
        return RowsInPeriod.Run(t.Completed, c, timely, ref sink);
    }
}
