using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Properties;

// The hand-written date parser agrees with the framework's exact parsing.
public class DateTextProperties
{
    [Property(MaxTest = 500)]
    public Property Both_date_forms_read_back_the_date_written() =>
        Prop.ForAll(Generators.Date(1900, 2100).ToArbitrary(), date =>
            DateText.TryParse(DateText.ToDmy(date), out var a) && a == date
            && DateText.TryParse(DateText.ToIso(date), out var b) && b == date);

    [Property(MaxTest = 500)]
    public Property Any_text_parses_exactly_when_the_framework_parses_one_of_the_forms() =>
        Prop.ForAll(Gen.Elements("0123456789/-x ".ToCharArray()).ArrayOf().Select(c => new string(c.Take(12).ToArray())).ToArbitrary(), text =>
        {
            string[] forms = ["dd/MM/yyyy", "d/M/yyyy", "d/MM/yyyy", "dd/M/yyyy", "yyyy-MM-dd"];
            var framework = DateOnly.TryParseExact(text, forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
            var ours = DateText.TryParse(text, out var actual);
            return ours == framework && (!ours || actual == expected);
        });

    [Property(MaxTest = 500)]
    public Property A_date_is_plausible_exactly_when_its_year_is_1900_to_2100() =>
        Prop.ForAll(Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber).ToArbitrary(), date =>
            DateText.IsPlausible(date) == date.Year is >= 1900 and <= 2100);

    [Theory]
    [InlineData("31/12/1899", false)]
    [InlineData("01/01/1900", true)]
    [InlineData("31/12/2100", true)]
    [InlineData("01/01/2101", false)]
    public void The_plausible_years_are_1900_to_2100_inclusive(string text, bool plausible)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(plausible, DateText.IsPlausible(date));
    }

    [Theory]
    [InlineData("31/02/2020", false)]
    [InlineData("29/02/2020", true)]
    [InlineData("29/02/2019", false)]
    [InlineData("1/4/2017", true)]
    [InlineData("02/01/20251", false)]
    [InlineData("2017-04-09", true)]
    [InlineData("2017-4-9", false)]
    [InlineData("", false)]
    public void Dates_parse_as_the_returns_write_them(string text, bool parses) =>
        Assert.Equal(parses, DateText.TryParse(text, out _));
}
