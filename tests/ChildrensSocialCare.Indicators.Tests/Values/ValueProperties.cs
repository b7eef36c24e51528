using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Values;

[Properties(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 300)]
public class ValueProperties
{
    private static readonly DisclosureControl[] s_presets = [DisclosureControl.LocalAuthority, DisclosureControl.NationalOrRegional];

    [Property]
    public Property A_percentage_of_a_part_lies_between_0_and_100(Count whole, Count part)
    {
        var denominator = whole.Get + 1;
        var numerator = part.Get % (denominator + 1);
        var value = Percentage.Of(numerator, denominator).Value!.Value;

        return (value >= 0m && value <= 100m).Label($"{numerator}/{denominator} = {value}")
            .And((value == 100m) == (numerator == denominator)).Label("100 only for the whole")
            .And((value == 0m) == (numerator == 0)).Label("0 only for none");
    }

    [Property]
    public bool A_rate_grows_with_the_count(Count count, Count more, Count population)
    {
        var p = population.Get + 1;
        var lower = RatePer10000.From(count.Get, p).Value!.Value;
        var higher = RatePer10000.From(count.Get + more.Get, p).Value!.Value;

        return more.Get == 0 ? lower == higher : lower < higher;
    }

    [Property]
    public bool An_annualised_rate_grows_with_the_count_and_falls_with_the_months(Count count, Count more, Count population, byte months)
    {
        var p = population.Get + 1;
        var m = (months % 12) + 1;
        var c = count.Get + 1;
        var rate = RatePer10000.Annualised(c, p, FirstMonths(m)).Value!.Value;
        var higher = RatePer10000.Annualised(c + more.Get, p, FirstMonths(m)).Value!.Value;

        return (more.Get == 0 ? higher == rate : higher > rate)
            && (m == 1 || RatePer10000.Annualised(c, p, FirstMonths(m - 1)).Value!.Value > rate);
    }

    [Property]
    public bool A_rate_times_the_population_gives_back_the_count(Count count, Count population)
    {
        var p = population.Get + 1;
        var rate = RatePer10000.From(count.Get, p).Value!.Value;

        return Math.Abs((rate * p / 10_000m) - count.Get) < 0.000_001m;
    }

    [Property(MaxTest = 500)]
    public Property Rounding_agrees_with_integer_arithmetic_half_away_from_zero(ScaledDecimal x, byte precision)
    {
        var decimals = precision % (x.Places + 1);
        var expected = RoundByIntegers(x.Scaled, x.Places, decimals);

        return (Rounding.Format(x.Value, decimals) == expected)
            .Label($"{x.Value} to {decimals} places: {Rounding.Format(x.Value, decimals)}, expected {expected}");
    }

    [Property]
    public bool Exact_midpoints_always_round_away_from_zero(int units, byte precision)
    {
        // (units + 0.5) / 10^decimals rounds to (units + 1) / 10^decimals for units >= 0, and (units - 1) / ... below 0.
        var decimals = precision % 6;
        var scale = ScaledDecimal.Pow10(decimals);
        var midpoint = (units + (units < 0 ? -0.5m : 0.5m)) / scale;
        var awayFromZero = (units + (units < 0 ? -1m : 1m)) / scale;

        return Rounding.HalfAwayFromZero(midpoint, decimals) == awayFromZero;
    }

    [Property]
    public bool Disclosure_never_reveals_a_count_of_1_to_5(SmallCount small) =>
        s_presets.All(d => d.Count(small.Get) == DisclosureControl.Suppressed && d.Value(Unit.Count, small.Get, small.Get, small.Get, 0) == "c");

    [Property]
    public bool Disclosure_never_shows_a_percentage_built_on_a_count_of_1_to_5(SmallCount small, Count other, byte decimals)
    {
        var d = decimals % 3;
        var denominator = small.Get + other.Get;
        var numerator = other.Get % (small.Get + 1);
        return s_presets.All(p =>
            p.Percentage(Percentage.Of(small.Get, denominator), d) == "c" &&
            p.Percentage(Percentage.Of(numerator, small.Get), d) == "c");
    }

    [Property]
    public bool Disclosure_never_shows_a_rate_or_mean_built_on_a_count_of_1_to_5(SmallCount small, Count population)
    {
        var p = population.Get + 1;
        return s_presets.All(d =>
            d.Rate(RatePer10000.From(small.Get, p), 1) == "c" &&
            d.Rate(RatePer10000.Annualised(small.Get, p, ReportingPeriod.YearToDate(new DateOnly(2014, 9, 30))), 1) == "c" &&
            d.Rate(RatePer10000.From(population.Get, small.Get), 1) == "c" &&
            d.Mean(MeanDays.Of(population.Get, small.Get), 0) == "c");
    }

    [Property]
    public bool Disclosure_shows_every_other_count_and_never_as_1_to_5(Count count)
    {
        var n = count.Get;
        var local = DisclosureControl.LocalAuthority.Count(n);
        var national = DisclosureControl.NationalOrRegional.Count(n);
        var small = n is >= 1 and <= 5;

        return (small ? local == "c" : local == n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            && (small ? national == "c" : long.Parse(national, System.Globalization.CultureInfo.InvariantCulture) % 10 == 0)
            && local is not ("1" or "2" or "3" or "4" or "5")
            && national is not ("1" or "2" or "3" or "4" or "5");
    }

    private static ReportingPeriod FirstMonths(int months) =>
        new(new DateOnly(2014, 4, 1), new DateOnly(2014, 4, 1).AddMonths(months).AddDays(-1));

    // An independent reference: rounds Scaled / 10^places to `decimals` places with integer arithmetic and writes it.
    private static string RoundByIntegers(long scaled, int places, int decimals)
    {
        var unit = 1L;
        for (var i = 0; i < places - decimals; i++)
        {
            unit *= 10;
        }

        var magnitude = Math.Abs(scaled);
        var q = magnitude / unit;
        if ((magnitude % unit) * 2 >= unit && unit > 1)
        {
            q++;
        }

        var ten = 1L;
        for (var i = 0; i < decimals; i++)
        {
            ten *= 10;
        }

        var text = (q / ten).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (decimals > 0)
        {
            text += "." + (q % ten).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(decimals, '0');
        }

        return scaled < 0 && q != 0 ? "-" + text : text;
    }
}
