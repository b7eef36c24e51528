namespace ChildrensSocialCare.Indicators;

/// <summary>Ages in whole years, as the specification counts them (section 1.2).</summary>
public static class Age
{
    /// <summary>
    /// The age in whole years completed on <paramref name="date"/> by someone born on <paramref name="dateOfBirth"/>.
    /// A child born on 31 March 1998 is 16 on 31 March 2014; someone born on 29 February turns a year older on
    /// 28 February in a year that is not a leap year. Before the date of birth the age is negative (whole years rounded down).
    /// </summary>
    public static int At(DateOnly dateOfBirth, DateOnly date)
    {
        var years = date.Year - dateOfBirth.Year;
        // DateOnly.AddYears clamps 29 February to 28 February in a common year, which is the rule we want.
        if (dateOfBirth.AddYears(years) > date)
        {
            years--;
        }

        return years;
    }

    /// <summary>The birthday of someone born on <paramref name="dateOfBirth"/> in calendar year <paramref name="year"/>
    /// (28 February for a 29 February birth when <paramref name="year"/> is not a leap year).</summary>
    public static DateOnly BirthdayIn(DateOnly dateOfBirth, int year) => dateOfBirth.AddYears(year - dateOfBirth.Year);
}
