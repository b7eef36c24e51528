namespace ChildrensSocialCare.Indicators;

// Everything an indicator's computation reads: the data, the period as day numbers, the options.
internal sealed class EvaluationContext
{
    public EvaluationContext(DataSet data, ReportingPeriod period, EvaluationOptions options)
    {
        Data = data;
        Period = period;
        Options = options;
        Start = period.Start.DayNumber;
        End = period.End.DayNumber;
        Calendar = options.Calendar;
    }

    public DataSet Data { get; }

    public ReportingPeriod Period { get; }

    public EvaluationOptions Options { get; }

    public WorkingDayCalendar Calendar { get; }

    public int Start { get; }

    public int End { get; }

    public bool InPeriod(int day) => day >= Start && day <= End;

    // Open at the period end: started on or before it, and not ended on or before it (specification 1.1).
    public bool OpenAtEnd(int start, int end) => start <= End && end > End;

    // A half-open span [s, e) overlaps the period [Start, End] (specification section 2).
    public bool Overlaps(int s, int e) => s <= End && e > Start && s < e;

    // Records left out because a date is outside the working-day calendar: never a silent miscount, so the engine
    // turns these into a diagnostic on the result.
    public int OutsideCalendarCount { get; private set; }

    public string? OutsideCalendarExample { get; private set; }

    public bool TryWorkingDays(int start, int end, int child, out int workingDays)
    {
        var s = DateOnly.FromDayNumber(start);
        var e = DateOnly.FromDayNumber(end);
        if (!Calendar.Covers(s) || !Calendar.Covers(e))
        {
            OutsideCalendarCount++;
            OutsideCalendarExample ??= ChildId(child);
            workingDays = 0;
            return false;
        }

        workingDays = Calendar.WorkingDaysBetween(s, e);
        return true;
    }

    // Why a cohort came out empty because of the collection year (rows of other years would have counted), or null:
    // never silence, so the engine turns it into a warning on the result.
    public string? EmptyCohortForYear { get; set; }

    public string ChildId(int child) => Data.Ids.Ids[child];

    public string OutsideCalendar => $"a date is outside the {Calendar.Name} working-day calendar ({Calendar.CoverageStart:yyyy-MM-dd} to {Calendar.CoverageEnd:yyyy-MM-dd})";
}
