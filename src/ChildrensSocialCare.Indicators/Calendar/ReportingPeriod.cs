using System.Globalization;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A closed date range <c>[Start, End]</c>, both days included: a reporting year, a year to date, a month or any
/// other span over which indicators are evaluated.
/// </summary>
/// <remarks>
/// <para>Flow indicators count events whose date lies in the period; snapshot indicators count what is open at
/// <see cref="End"/> (a record with start <c>s</c> and end <c>e</c> is open at <c>D</c> when <c>s &lt;= D</c> and
/// <c>e</c> is empty or after <c>D</c>).</para>
/// <para>The <c>default</c> value is the single day 1 January 0001. A period always has <c>Start &lt;= End</c>.</para>
/// </remarks>
public readonly record struct ReportingPeriod
{
    /// <summary>Creates the period from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ReportingPeriod(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end,
                $"A period's end must be on or after its start ({start:yyyy-MM-dd}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the period, and the date at which snapshot indicators are taken.</summary>
    public DateOnly End { get; }

    /// <summary>The number of days in the period, counting both ends.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Whether the period starts on the first of a month and ends on the last day of a month.</summary>
    public bool IsWholeMonths => Start.Day == 1 && End.Day == DateTime.DaysInMonth(End.Year, End.Month);

    /// <summary>The number of whole calendar months in the period, or <c>null</c> when <see cref="IsWholeMonths"/> is false.</summary>
    public int? WholeMonths => IsWholeMonths ? (End.Year * 12 + End.Month) - (Start.Year * 12 + Start.Month) + 1 : null;

    /// <summary>The number of calendar months the period spans exactly, or <c>null</c>: <see cref="WholeMonths"/> for
    /// whole calendar months, else <c>n</c> when the period runs from the day after the date <c>n</c> months before its
    /// end (the 6 months to an Ofsted Annex A reference date, 16 January to 15 July). A rate over it can be annualised.</summary>
    public int? Months
    {
        get
        {
            if (WholeMonths is { } whole)
            {
                return whole;
            }

            var n = (End.Year * 12 + End.Month) - (Start.Year * 12 + Start.Month);
            return n > 0 && End.AddMonths(-n).AddDays(1) == Start ? n : null;
        }
    }

    /// <summary>The DfE reporting year (financial year ending 31 March) <paramref name="endYear"/>.</summary>
    public static ReportingPeriod Year(int endYear) => ReportingYear.Ending(endYear).Period;

    /// <summary>From 1 April of the reporting year containing <paramref name="end"/> up to and including <paramref name="end"/>.</summary>
    public static ReportingPeriod YearToDate(DateOnly end) => new(ReportingYear.Containing(end).Start, end);

    /// <summary>The calendar month <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static ReportingPeriod Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new ReportingPeriod(start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>
    /// The twelve months that end on <paramref name="end"/>: from the day after the same date a year earlier (a
    /// rolling year, e.g. 1 Nov 2013 to 31 Oct 2014). The date a year earlier clamps to the end of the month, so the
    /// twelve months ending 28 or 29 February 2016 both start on 1 March 2015, and consecutive rolling years never
    /// overlap.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is in year 1.</exception>
    public static ReportingPeriod TwelveMonthsEnding(DateOnly end) => new(end.AddMonths(-12).AddDays(1), end);

    /// <summary>
    /// <paramref name="count"/> consecutive periods of the given <paramref name="length"/>, the first starting on
    /// <paramref name="start"/>: the time axis of a trend (month ends, quarters or years).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IReadOnlyList<ReportingPeriod> Consecutive(DateOnly start, int count, PeriodLength length)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The number of periods cannot be negative.");
        }

        var months = length switch
        {
            PeriodLength.Month => 1,
            PeriodLength.Quarter => 3,
            PeriodLength.Year => 12,
            _ => throw new ArgumentOutOfRangeException(nameof(length), length, "Expected Month, Quarter or Year."),
        };
        var periods = new ReportingPeriod[count];
        for (var i = 0; i < count; i++)
        {
            var s = start.AddMonths(i * months);
            periods[i] = new ReportingPeriod(s, start.AddMonths((i + 1) * months).AddDays(-1));
        }

        return periods;
    }

    /// <summary>Whether <paramref name="date"/> lies in the period (both ends included).</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Whether a record that starts on <paramref name="start"/> and ends on <paramref name="end"/>
    /// (<c>null</c> if still open) is open at the end of the period: started on or before <see cref="End"/> and
    /// not ended on or before it.</summary>
    public bool IsOpenAtEnd(DateOnly start, DateOnly? end) => start <= End && (end is null || end.Value > End);

    /// <summary>The period in the ISO form <c>2014-04-01..2014-09-30</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");

    /// <summary>
    /// Parses <c>2014-04-01..2014-09-30</c>, a reporting year (<c>2013-14</c> or <c>2014</c>), or a month
    /// (<c>2014-10</c>).
    /// </summary>
    /// <remarks>
    /// Text that reads both as a reporting year and as a month (<c>2000-01</c> to <c>2011-12</c>, such as
    /// <c>2008-09</c>: the month number equals the last two digits of the next year) is the reporting year, so that every
    /// <see cref="ReportingYear.ToString"/> parses back to its year. Write such a month as a range
    /// (<c>2011-12-01..2011-12-31</c>).
    /// </remarks>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException(
            $"'{text}' is not a period; expected yyyy-MM-dd..yyyy-MM-dd, a reporting year such as 2013-14, or a month such as 2014-10.");

    /// <summary>Tries to parse a period; see <see cref="Parse(string)"/> for the accepted forms.</summary>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var dots = t.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            if (!DateOnly.TryParseExact(t.AsSpan(0, dots), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var s) ||
                !DateOnly.TryParseExact(t.AsSpan(dots + 2), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) ||
                e < s)
            {
                return false;
            }

            period = new ReportingPeriod(s, e);
            return true;
        }

        // The reporting year first: "2011-12" is the year 2011-12 (DfE's usual way of writing it), not December 2011.
        if (ReportingYear.TryParse(t, out var year))
        {
            period = year.Period;
            return true;
        }

        if (t.Length == 7 && DateOnly.TryParseExact(t + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            period = Month(m.Year, m.Month);
            return true;
        }

        return false;
    }
}
