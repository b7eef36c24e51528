using System.Collections.ObjectModel;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// Counts working days: Monday to Friday, except bank holidays. <see cref="EnglandAndWales"/> is the built-in
/// calendar the indicators use (1 January 2000 to 31 December 2030, every bank holiday including the special days).
/// </summary>
/// <remarks>
/// <para>Counting follows the specification (section 1.3) and the DfE duration bands: the working days after the
/// start up to and including the end. The same day is 0; a Friday to the next Monday is 1; when the end is before the
/// start the result is the negative mirror count.</para>
/// <para>Every query is O(1): a cumulative table of working days over the whole coverage is built once.</para>
/// <para>A calendar is immutable and thread-safe. A date outside its coverage throws
/// <see cref="ArgumentOutOfRangeException"/> rather than silently miscounting.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> s_englandAndWales = new(() =>
        new WorkingDayCalendar(EnglandAndWalesBankHolidays.Between(2000, 2030), new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31), "England and Wales"));

    private readonly int _firstDayNumber;
    private readonly int _lastDayNumber;

    // _cumulative[i] = working days in [CoverageStart, CoverageStart + i].
    private readonly int[] _cumulative;

    // _nth[k] = the index of the (k + 1)-th working day of the coverage: the inverse of _cumulative, so that
    // AddWorkingDays is one look-up too.
    private readonly int[] _nth;

    private WorkingDayCalendar(IEnumerable<DateOnly> holidays, DateOnly coverageStart, DateOnly coverageEnd, string name)
    {
        if (coverageEnd < coverageStart)
        {
            throw new ArgumentOutOfRangeException(nameof(coverageEnd), coverageEnd,
                $"The calendar's coverage must end on or after its start ({coverageStart:yyyy-MM-dd}).");
        }

        Name = name;
        CoverageStart = coverageStart;
        CoverageEnd = coverageEnd;
        _firstDayNumber = coverageStart.DayNumber;
        _lastDayNumber = coverageEnd.DayNumber;

        var set = new SortedSet<DateOnly>();
        foreach (var h in holidays)
        {
            if (h >= coverageStart && h <= coverageEnd)
            {
                set.Add(h);
            }
        }

        BankHolidays = new ReadOnlyCollection<DateOnly>([.. set]);

        var length = _lastDayNumber - _firstDayNumber + 1;
        var isHoliday = new bool[length];
        foreach (var h in set)
        {
            isHoliday[h.DayNumber - _firstDayNumber] = true;
        }

        _cumulative = new int[length];
        var nth = new List<int>((length * 5 / 7) + 1);
        var running = 0;
        for (var i = 0; i < length; i++)
        {
            var day = DateOnly.FromDayNumber(_firstDayNumber + i);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !isHoliday[i])
            {
                running++;
                nth.Add(i);
            }

            _cumulative[i] = running;
        }

        _nth = [.. nth];
    }

    /// <summary>England and Wales: weekends and every bank holiday from 1 January 2000 to 31 December 2030.</summary>
    public static WorkingDayCalendar EnglandAndWales => s_englandAndWales.Value;

    /// <summary>A name for the calendar, used in messages.</summary>
    public string Name { get; }

    /// <summary>The first date the calendar can count from or to.</summary>
    public DateOnly CoverageStart { get; }

    /// <summary>The last date the calendar can count from or to.</summary>
    public DateOnly CoverageEnd { get; }

    /// <summary>The bank holidays within the coverage, in date order (weekend dates included if supplied).</summary>
    public IReadOnlyList<DateOnly> BankHolidays { get; }

    /// <summary>
    /// A calendar of your own: Monday to Friday except <paramref name="bankHolidays"/>, valid from
    /// <paramref name="coverageStart"/> to <paramref name="coverageEnd"/>. Holidays outside the coverage are ignored.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coverageEnd"/> is before <paramref name="coverageStart"/>.</exception>
    public static WorkingDayCalendar Create(IEnumerable<DateOnly> bankHolidays, DateOnly coverageStart, DateOnly coverageEnd, string name = "custom")
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        ArgumentNullException.ThrowIfNull(name);
        return new WorkingDayCalendar(bankHolidays, coverageStart, coverageEnd, name);
    }

    /// <summary>
    /// This calendar with more holidays, for example a special bank holiday announced after this release.
    /// Dates outside the coverage are ignored; a holiday on a weekend changes nothing.
    /// </summary>
    public WorkingDayCalendar WithAdditionalHolidays(IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return new WorkingDayCalendar(BankHolidays.Concat(holidays), CoverageStart, CoverageEnd, Name);
    }

    /// <summary>This calendar with more holidays; see <see cref="WithAdditionalHolidays(IEnumerable{DateOnly})"/>.</summary>
    public WorkingDayCalendar WithAdditionalHolidays(params DateOnly[] holidays) => WithAdditionalHolidays((IEnumerable<DateOnly>)holidays);

    /// <summary>Whether <paramref name="date"/> lies within the calendar's coverage.</summary>
    public bool Covers(DateOnly date) => date.DayNumber >= _firstDayNumber && date.DayNumber <= _lastDayNumber;

    /// <summary>Whether <paramref name="date"/> is a working day (a weekday that is not a bank holiday).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the coverage.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        var i = Index(date, nameof(date));
        return _cumulative[i] - (i == 0 ? 0 : _cumulative[i - 1]) == 1;
    }

    /// <summary>
    /// The number of working days <c>d</c> with <paramref name="start"/> &lt; <c>d</c> &lt;= <paramref name="end"/>;
    /// 0 on the same day, and the negative mirror count when <paramref name="end"/> is before <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Either date is outside the coverage.</exception>
    public int WorkingDaysBetween(DateOnly start, DateOnly end) =>
        _cumulative[Index(end, nameof(end))] - _cumulative[Index(start, nameof(start))];

    /// <summary>
    /// Whether <paramref name="end"/> is within <paramref name="workingDays"/> working days of
    /// <paramref name="start"/>: <c>WorkingDaysBetween(start, end) &lt;= workingDays</c>. An end before the start
    /// is within any non-negative limit; indicators exclude such records separately.
    /// </summary>
    public bool IsWithin(DateOnly start, DateOnly end, int workingDays) => WorkingDaysBetween(start, end) <= workingDays;

    /// <summary>
    /// The working day that is <paramref name="workingDays"/> working days after <paramref name="start"/> (before it
    /// when negative), so that <c>WorkingDaysBetween(start, result) == workingDays</c>. For a positive count it is
    /// the last date within the limit that is a working day: the target date of a timescale. Unless
    /// <paramref name="workingDays"/> is 0 (which returns <paramref name="start"/> itself), the result is a working day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The start or the result is outside the coverage.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var i = Index(start, nameof(start));
        if (workingDays == 0)
        {
            return start;
        }

        // The target-th working day of the coverage is the first day whose cumulative count reaches the target; in
        // both directions WorkingDaysBetween(start, result) == workingDays. A target below 1 is a working day before
        // the coverage starts (the first days of the coverage may be a weekend or a holiday, which are not working
        // days).
        var target = (long)_cumulative[i] + workingDays;
        if (target < 1 || target > _cumulative[^1])
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays,
                $"{workingDays} working days from {start:yyyy-MM-dd} falls outside the {Name} calendar ({CoverageStart:yyyy-MM-dd} to {CoverageEnd:yyyy-MM-dd}).");
        }

        return DateOnly.FromDayNumber(_firstDayNumber + _nth[target - 1]);
    }

    private int Index(DateOnly date, string parameter)
    {
        var n = date.DayNumber;
        if (n < _firstDayNumber || n > _lastDayNumber)
        {
            throw new ArgumentOutOfRangeException(parameter, date,
                $"{date:yyyy-MM-dd} is outside the {Name} working-day calendar, which covers {CoverageStart:yyyy-MM-dd} to {CoverageEnd:yyyy-MM-dd}. Add a calendar that covers it (WorkingDayCalendar.Create).");
        }

        return n - _firstDayNumber;
    }
}
