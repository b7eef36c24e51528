using System.Globalization;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A DfE reporting year: the financial year from 1 April to 31 March, both inclusive, named by the calendar year
/// in which it ends. <c>ReportingYear.Ending(2014)</c> is 1 April 2013 to 31 March 2014, written "2013-14".
/// </summary>
/// <remarks>
/// <para>The <c>default</c> value is the year ending 31 March 2000 (1999-00). Construct years with
/// <see cref="Ending(int)"/>, <see cref="Containing(DateOnly)"/> or <see cref="Parse(string)"/>.</para>
/// <para>Valid end years are 1901 to 9999.</para>
/// </remarks>
public readonly record struct ReportingYear : IComparable<ReportingYear>
{
    private const int DefaultEndYear = 2000;
    private const int MinEndYear = 1901;
    private const int MaxEndYear = 9999;

    // Stored as an offset so that default(ReportingYear) is a valid, documented year.
    private readonly int _offset;

    private ReportingYear(int endYear) => _offset = endYear - DefaultEndYear;

    /// <summary>The calendar year in which this reporting year ends (2014 for 2013-14).</summary>
    public int EndYear => _offset + DefaultEndYear;

    /// <summary>1 April of the previous calendar year: the first day of the year.</summary>
    public DateOnly Start => new(EndYear - 1, 4, 1);

    /// <summary>31 March of <see cref="EndYear"/>: the last day of the year, and the census reference date.</summary>
    public DateOnly End => new(EndYear, 3, 31);

    /// <summary>The whole year as a closed <see cref="ReportingPeriod"/>.</summary>
    public ReportingPeriod Period => new(Start, End);

    /// <summary>The year before this one.</summary>
    public ReportingYear Previous => Ending(EndYear - 1);

    /// <summary>The year after this one.</summary>
    public ReportingYear Next => Ending(EndYear + 1);

    /// <summary>The reporting year that ends on 31 March of <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The calendar year in which the reporting year ends, 1901 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="endYear"/> is outside 1901 to 9999.</exception>
    public static ReportingYear Ending(int endYear)
    {
        if (endYear is < MinEndYear or > MaxEndYear)
        {
            throw new ArgumentOutOfRangeException(nameof(endYear), endYear,
                $"A reporting year must end between {MinEndYear} and {MaxEndYear}.");
        }

        return new ReportingYear(endYear);
    }

    /// <summary>The reporting year that contains <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year would end outside 1901 to 9999.</exception>
    public static ReportingYear Containing(DateOnly date) => Ending(date.Month >= 4 ? date.Year + 1 : date.Year);

    /// <summary>Whether <paramref name="date"/> lies in this year.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>
    /// Parses "2013-14", "2013/14", "2013-2014" or the end year alone ("2014").
    /// </summary>
    /// <exception cref="FormatException">The text is not a reporting year.</exception>
    public static ReportingYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException(
            $"'{text}' is not a reporting year; expected the end year (2014) or a range such as 2013-14.");

    /// <summary>Tries to parse a reporting year; see <see cref="Parse(string)"/> for the accepted forms.</summary>
    public static bool TryParse(string? text, out ReportingYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var separator = t.IndexOfAny(['-', '/']);
        if (separator < 0)
        {
            if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var end) ||
                end is < MinEndYear or > MaxEndYear)
            {
                return false;
            }

            year = new ReportingYear(end);
            return true;
        }

        if (!int.TryParse(t.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var first) ||
            !int.TryParse(t.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            return false;
        }

        var secondLength = t.Length - separator - 1;
        var expectedSecond = secondLength == 2 ? (first + 1) % 100 : first + 1;
        if (secondLength is not (2 or 4) || second != expectedSecond || first + 1 is < MinEndYear or > MaxEndYear)
        {
            return false;
        }

        year = new ReportingYear(first + 1);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(ReportingYear other) => EndYear.CompareTo(other.EndYear);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(ReportingYear left, ReportingYear right) => left.EndYear < right.EndYear;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(ReportingYear left, ReportingYear right) => left.EndYear > right.EndYear;

    /// <summary>Whether <paramref name="left"/> is the same as or earlier than <paramref name="right"/>.</summary>
    public static bool operator <=(ReportingYear left, ReportingYear right) => left.EndYear <= right.EndYear;

    /// <summary>Whether <paramref name="left"/> is the same as or later than <paramref name="right"/>.</summary>
    public static bool operator >=(ReportingYear left, ReportingYear right) => left.EndYear >= right.EndYear;

    /// <summary>The DfE form, for example "2013-14".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{EndYear - 1}-{EndYear % 100:00}");
}
