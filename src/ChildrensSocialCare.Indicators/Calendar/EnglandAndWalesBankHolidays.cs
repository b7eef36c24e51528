namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The bank holidays of England and Wales, from the statutory rules plus the special days proclaimed since 2000.
/// Verified against GOV.UK's published list for 2010-2030 (SOURCES-AND-FIGURES.md section 6) by the tests.
/// </summary>
internal static class EnglandAndWalesBankHolidays
{
    // Days proclaimed in addition to the rules (jubilees, royal wedding, funeral, coronation).
    private static readonly DateOnly[] s_extraDays =
    [
        new(2002, 6, 4),  // Golden Jubilee (the spring bank holiday moved to 3 June)
        new(2011, 4, 29), // Royal Wedding
        new(2012, 6, 5),  // Diamond Jubilee (the spring bank holiday moved to 4 June)
        new(2022, 6, 3),  // Platinum Jubilee (the spring bank holiday moved to 2 June)
        new(2022, 9, 19), // State Funeral of Queen Elizabeth II
        new(2023, 5, 8),  // Coronation of King Charles III
    ];

    // Rule days that were moved to another date: (rule date, actual date).
    private static readonly (DateOnly Rule, DateOnly Actual)[] s_moved =
    [
        (new(2002, 5, 27), new(2002, 6, 3)), // spring bank holiday
        (new(2012, 5, 28), new(2012, 6, 4)), // spring bank holiday
        (new(2020, 5, 4), new(2020, 5, 8)),  // early May bank holiday moved to VE Day
        (new(2022, 5, 30), new(2022, 6, 2)), // spring bank holiday
    ];

    public static IEnumerable<DateOnly> Between(int firstYear, int lastYear)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var day in InYear(year))
            {
                yield return day;
            }
        }
    }

    public static IReadOnlyList<DateOnly> InYear(int year)
    {
        var days = new List<DateOnly>(10);
        days.Add(NextWeekday(new DateOnly(year, 1, 1)));

        var easter = EasterSunday(year);
        days.Add(easter.AddDays(-2));
        days.Add(easter.AddDays(1));

        days.Add(FirstMonday(year, 5));
        days.Add(LastMonday(year, 5));
        days.Add(LastMonday(year, 8));

        // Christmas and Boxing Day: a day on a weekend is replaced by the next weekday not already a holiday.
        var christmas = new DateOnly(year, 12, 25);
        var substituteChristmas = NextWeekday(christmas);
        var substituteBoxing = NextWeekday(christmas.AddDays(1));
        if (substituteBoxing <= substituteChristmas)
        {
            substituteBoxing = NextWeekday(substituteChristmas.AddDays(1));
        }

        days.Add(substituteChristmas);
        days.Add(substituteBoxing);

        for (var i = 0; i < days.Count; i++)
        {
            foreach (var (rule, actual) in s_moved)
            {
                if (days[i] == rule)
                {
                    days[i] = actual;
                }
            }
        }

        days.AddRange(s_extraDays.Where(d => d.Year == year));
        days.Sort();
        return days;
    }

    private static DateOnly NextWeekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1);
        return d.AddDays(((int)DayOfWeek.Monday - (int)d.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        return d.AddDays(-(((int)d.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
