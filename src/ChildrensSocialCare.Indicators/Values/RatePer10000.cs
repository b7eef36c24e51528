namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A rate per 10,000 children aged 0-17: <c>Count / Population x 10,000</c>, optionally annualised for a part-year
/// flow: <c>Count x 12 / months / Population x 10,000</c>.
/// </summary>
/// <remarks>
/// <para>Only periods made of whole calendar months can be annualised (2,577 initial assessments in April to
/// September 2014 with a population of 63,597 give 810.4, as in Walsall's report). Snapshots and percentages are never
/// annualised.</para>
/// <para>The <c>default</c> value is 0 per 0, which is not applicable. A population of 0 is not applicable.</para>
/// </remarks>
public readonly record struct RatePer10000
{
    private RatePer10000(long count, long population, int? annualisedOverMonths)
    {
        Count = count;
        Population = population;
        AnnualisedOverMonths = annualisedOverMonths;
    }

    /// <summary>The number of events or children counted.</summary>
    public long Count { get; }

    /// <summary>The population aged 0-17 (an ONS mid-year estimate chosen by the caller).</summary>
    public long Population { get; }

    /// <summary>The number of whole months the count was annualised over, or <c>null</c> if the rate is not annualised.</summary>
    public int? AnnualisedOverMonths { get; }

    /// <summary>Whether the rate is annualised from a part-year count.</summary>
    public bool IsAnnualised => AnnualisedOverMonths is not null;

    /// <summary>Whether the population is non-zero, so that the rate has a value.</summary>
    public bool IsApplicable => Population != 0;

    /// <summary>The unrounded rate, or <c>null</c> when not applicable.</summary>
    public decimal? Value => !IsApplicable ? null
        : AnnualisedOverMonths is { } months ? Count * 10_000m * 12m / (months * (decimal)Population)
        : Count * 10_000m / Population;

    /// <summary>The rate of <paramref name="count"/> in a population of <paramref name="population"/> children.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public static RatePer10000 From(long count, long population)
    {
        Validate(count, population);
        return new RatePer10000(count, population, null);
    }

    /// <summary>
    /// The annualised rate of <paramref name="count"/> events in <paramref name="period"/>, which must be made of whole
    /// calendar months: <c>count x 12 / months / population x 10,000</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not made of whole calendar months.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative.</exception>
    public static RatePer10000 Annualised(long count, long population, ReportingPeriod period)
    {
        Validate(count, population);
        var months = period.WholeMonths ?? throw new ArgumentException(
            $"Only a period of whole calendar months can be annualised; {period} is not.", nameof(period));
        return new RatePer10000(count, population, months);
    }

    // The annualised rate over `months` months the caller has checked the period spans (an Annex A window of 6 months
    // to the reference date, ReportingPeriod.Months).
    internal static RatePer10000 AnnualisedOver(long count, long population, int months)
    {
        Validate(count, population);
        return new RatePer10000(count, population, months);
    }

    /// <summary>The value rounded half away from zero to <paramref name="decimals"/> places, or "n/a".</summary>
    public string Format(int decimals) => Value is { } v ? Rounding.Format(v, decimals) : Percentage.NotApplicableText;

    /// <inheritdoc />
    public override string ToString() => Format(1) + " per 10,000" + (IsAnnualised ? " (annualised)" : "");

    private static void Validate(long count, long population)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        }

        if (population < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "A population cannot be negative.");
        }
    }
}
