namespace ChildrensSocialCare.Indicators.Tests.Values;

// Specification section 6: Wilson for percentages, Byar's (O >= 10) or the exact Poisson limits (O < 10) for rates,
// normal for means; 95% (z = 1.959964) by default, 99.8% (z = 3.090232) on request.
public class ConfidenceIntervalTests
{
    [Theory]
    // Newcombe RG, "Two-sided confidence intervals for the single proportion: comparison of seven methods", Statistics
    // in Medicine 17 (1998) 857-872, Table II, method 3 (Wilson score, no continuity correction), to 4 decimals of a
    // proportion: 81/263 0.2553-0.3662; 15/148 0.0624-0.1605; 0/20 0-0.1611; 1/29 0.0061-0.1718.
    [InlineData(81, 263, "25.53", "36.62")]
    [InlineData(15, 148, "6.24", "16.05")]
    [InlineData(0, 20, "0.00", "16.11")]
    [InlineData(1, 29, "0.61", "17.18")]
    public void Wilson_reproduces_Newcombe_1998_table_II(long k, long n, string lower, string upper)
    {
        var ci = ConfidenceInterval.Wilson(k, n)!.Value;

        Assert.Equal(lower, Rounding.Format(ci.Lower, 2));
        Assert.Equal(upper, Rounding.Format(ci.Upper, 2));
        Assert.Equal(ConfidenceLevel.Percent95, ci.Level);
    }

    [Fact]
    public void Wilson_of_81_of_263_by_hand()
    {
        // z = 1.959964, z² = 3.841459; 4k(n - k)/n = 4 x 81 x 182 / 263 = 224.2129; sqrt(3.841459 + 224.2129) = 15.10147,
        // times z = 29.59834. Centre 2k + z² = 165.84146; 2(n + z²) = 533.68292. Lower (165.84146 - 29.59834) / 533.68292
        // = 0.2552885 and upper (165.84146 + 29.59834) / 533.68292 = 0.3662096, as percentages 25.52885 and 36.62096.
        var ci = ConfidenceInterval.Wilson(81, 263)!.Value;

        Assert.Equal(25.52885m, Math.Round(ci.Lower, 5));
        Assert.Equal(36.62096m, Math.Round(ci.Upper, 5));
    }

    [Theory]
    // SOURCES: ../shared/reference/published-data.md section 3.5 (worked on DfE's 2025 data, formulas of PHE's Technical
    // Guide appendix 3): Barnsley, 3+ placements 50/366 = 13.7%, 10.5-17.6 at 95% and 9.0-20.1 at 99.8%; second or
    // subsequent child protection plans 100/354 = 28.2%, 23.8-33.2 at 95%.
    [InlineData(50, 366, false, "10.5", "17.6")]
    [InlineData(50, 366, true, "9.0", "20.1")]
    [InlineData(100, 354, false, "23.8", "33.2")]
    public void Wilson_reproduces_the_Barnsley_2025_worked_examples(long k, long n, bool atPercent99Point8, string lower, string upper)
    {
        var level = atPercent99Point8 ? ConfidenceLevel.Percent99Point8 : ConfidenceLevel.Percent95;
        var ci = ConfidenceInterval.ForPercentage(Percentage.Of(k, n), level)!.Value;

        Assert.Equal(lower + " to " + upper, ci.Format(1));
        Assert.Equal(level, ci.Level);
    }

    [Fact]
    public void Wilson_is_not_available_for_a_denominator_of_0()
    {
        Assert.Null(ConfidenceInterval.Wilson(0, 0));
        Assert.Null(ConfidenceInterval.ForPercentage(Percentage.Of(0, 0)));
    }

    [Fact]
    public void Wilson_starts_at_0_for_none_and_ends_at_100_for_all()
    {
        Assert.Equal(0m, ConfidenceInterval.Wilson(0, 7)!.Value.Lower);
        Assert.Equal(100m, ConfidenceInterval.Wilson(7, 7)!.Value.Upper);
    }

    [Fact]
    public void A_percentage_that_is_not_a_share_of_counts_has_no_Wilson_interval()
    {
        // workforce-sickness-change: a change in days per FTE, not k of n.
        Assert.Null(ConfidenceInterval.ForPercentage(Percentage.Of(-1.5m, 10m)));
        Assert.Null(ConfidenceInterval.ForPercentage(Percentage.Of(2.5m, 10m)));
        Assert.Null(ConfidenceInterval.ForPercentage(Percentage.Of(12m, 10m)));
    }

    [Fact]
    public void Wilson_rejects_a_numerator_outside_0_to_the_denominator()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Wilson(-1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Wilson(6, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Wilson(0, -1));
    }

    [Fact]
    public void Byar_reproduces_the_Barnsley_2025_looked_after_rate()
    {
        // published-data.md section 3.5: Barnsley, children looked after 366 in a population of 51,799 = 70.7 per
        // 10,000; 63.6-78.3 at 95% (59.8-82.8 at 99.8%). By hand (Byar's, O = 366, z = 1.959964): 1/(9O) = 0.00030358,
        // z/(3 sqrt O) = 0.0341497; lower 366 x (0.9655467)³ = 329.4587; upper O + 1 = 367, 1/(9 x 367) = 0.00030276,
        // z/(3 sqrt 367) = 0.0341032, 367 x (1.0338004)³ = 405.4862. Times 10,000 / 51,799: 63.6033 and 78.2807.
        var rate = RatePer10000.From(366, 51_799);

        var ci = ConfidenceInterval.ForRate(rate)!.Value;
        var wide = ConfidenceInterval.ForRate(rate, ConfidenceLevel.Percent99Point8)!.Value;

        Assert.Equal("63.6 to 78.3", ci.Format(1));
        Assert.Equal(63.6033m, Math.Round(ci.Lower, 4));
        Assert.Equal(78.2807m, Math.Round(ci.Upper, 4));
        Assert.Equal("59.8 to 82.8", wide.Format(1));
    }

    [Fact]
    public void Byar_starts_at_10_events()
    {
        // O = 10: Byar's lower 10 x (1 - 1/90 - 1.959964/(3 sqrt 10))³ = 10 x (0.7822774)³ = 4.78745, against the exact
        // 4.79539 (within PHE's 0.2%); O = 9 is exact: 4.11537 (see the table below).
        Assert.Equal(4.78745m, Math.Round(ConfidenceInterval.ForCount(10).Lower, 5));
        Assert.Equal(4.11537m, Math.Round(ConfidenceInterval.ForCount(9).Lower, 5));
    }

    [Theory]
    // The exact (Garwood 1936) 95% limits of a Poisson count for O = 0 to 9: the method of PHE's "Technical Guide:
    // Confidence Intervals" (2018, appendix 2) and of the PHE "Tool for common PH stats and CIs" (February 2018, version
    // history: "rates ... use exact CI method for numerators <10"), as the standard published tables of Poisson limits
    // give them to 3 decimals. Points found in published text: O = 0 is 0-3.689 (epitools' pois.exact documentation,
    // "pois.exact returns 3.689"); O = 5 is 1.6235-11.6683 (published-data.md 3.3). No page reproducing the whole table
    // could be retrieved when this was written; the other rows are the classical values, which agree with a 30-digit
    // evaluation of the Poisson tails and with the property tests' reference implementation.
    [InlineData(0, "0.000", "3.689")]
    [InlineData(1, "0.025", "5.572")]
    [InlineData(2, "0.242", "7.225")]
    [InlineData(3, "0.619", "8.767")]
    [InlineData(4, "1.090", "10.242")]
    [InlineData(5, "1.623", "11.668")]
    [InlineData(6, "2.202", "13.059")]
    [InlineData(7, "2.814", "14.423")]
    [InlineData(8, "3.454", "15.763")]
    [InlineData(9, "4.115", "17.085")]
    public void Exact_Poisson_limits_of_0_to_9_events_equal_the_published_95_percent_table(long observed, string lower, string upper)
    {
        var ci = ConfidenceInterval.ForCount(observed);

        Assert.Equal(lower, Rounding.Format(ci.Lower, 3));
        Assert.Equal(upper, Rounding.Format(ci.Upper, 3));
    }

    [Fact]
    public void Exact_Poisson_limits_at_99_8_percent_match_the_reference_notes()
    {
        // published-data.md 3.3: x = 5 gives 0.7394-16.4547 at 99.8%; x = 0 gives 0-6.9078. By hand for x = 0: the upper
        // limit U solves e^-U = α/2 = 0.001, so U = ln 1000 = 6.907755.
        var five = ConfidenceInterval.ForCount(5, ConfidenceLevel.Percent99Point8);
        var none = ConfidenceInterval.ForCount(0, ConfidenceLevel.Percent99Point8);

        Assert.Equal("0.7394 to 16.4547", five.Format(4));
        Assert.Equal(0m, none.Lower);
        Assert.Equal(6.907755m, Math.Round(none.Upper, 6));
    }

    [Fact]
    public void The_exact_upper_limit_of_no_events_is_minus_the_log_of_alpha_over_2()
    {
        // By hand: P(X = 0 | U) = e^-U = 0.025 gives U = -ln 0.025 = 3.6888794541.
        Assert.Equal((decimal)-Math.Log(0.025), Math.Round(ConfidenceInterval.ForCount(0).Upper, 10), 10);
    }

    [Fact]
    public void A_rate_interval_scales_the_count_interval_by_the_population_and_annualises_like_the_rate()
    {
        // 5 events in 6 whole months, population 20,000: the rate is 5 x 12 / 6 / 20,000 x 10,000 = 5 per 10,000, and the
        // interval is the exact 1.62349-11.66833 scaled by 10,000 x 12 / (6 x 20,000) = 1: 1.62349-11.66833.
        var period = new ReportingPeriod(new DateOnly(2014, 4, 1), new DateOnly(2014, 9, 30));
        var rate = RatePer10000.Annualised(5, 20_000, period);

        var ci = ConfidenceInterval.ForRate(rate)!.Value;

        Assert.Equal(5m, rate.Value);
        Assert.Equal("1.62349 to 11.66833", ci.Format(5));
        Assert.Null(ConfidenceInterval.ForRate(RatePer10000.From(5, 0)));
    }

    [Fact]
    public void A_mean_interval_is_the_mean_plus_or_minus_z_standard_errors()
    {
        // Days 10, 20, 30, 40: Σx = 100, Σx² = 3,000, n = 4, mean 25. s² = (4 x 3,000 - 100²) / (4 x 3) = 2,000 / 12 =
        // 166.667, s = 12.90994; s / sqrt 4 = 6.45497; z x 6.45497 = 12.65151. Interval 12.34849 to 37.65151.
        var ci = ConfidenceInterval.ForMean(100, 3_000, 4)!.Value;

        Assert.Equal("12.34849 to 37.65151", ci.Format(5));
        Assert.Equal(25m, (ci.Lower + ci.Upper) / 2);
    }

    [Fact]
    public void A_mean_of_fewer_than_2_values_has_no_interval()
    {
        Assert.Null(ConfidenceInterval.ForMean(7, 49, 1));
        Assert.Null(ConfidenceInterval.ForMean(0, 0, 0));
        Assert.Null(ConfidenceInterval.ForMean(7m, 0, 1));
    }

    [Fact]
    public void A_mean_of_equal_values_has_an_interval_of_width_0()
    {
        var ci = ConfidenceInterval.ForMean(21, 147, 3)!.Value;

        Assert.Equal(7m, ci.Lower);
        Assert.Equal(7m, ci.Upper);
    }

    [Fact]
    public void Sums_that_no_whole_values_could_have_are_rejected()
    {
        // Three values summing to 30 have Σx² >= 30² / 3 = 300.
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.ForMean(30, 299, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.ForMean(25m, -1, 3));
    }

    [Fact]
    public void Against_a_benchmark_is_higher_lower_or_similar_with_the_limits_similar()
    {
        var ci = new ConfidenceInterval(ConfidenceLevel.Percent95, 10m, 20m);

        Assert.Equal(Significance.Higher, ci.Against(9.99m));
        Assert.Equal(Significance.Similar, ci.Against(10m));
        Assert.Equal(Significance.Similar, ci.Against(15m));
        Assert.Equal(Significance.Similar, ci.Against(20m));
        Assert.Equal(Significance.Lower, ci.Against(20.01m));
    }

    [Fact]
    public void A_tenth_of_a_point_from_England_is_similar_on_a_local_authority_denominator()
    {
        // Issue 13: 75.2 against 75.5 was "worse" on any difference. 376 of 500 = 75.2%, Wilson 71.2-78.8: similar.
        var ci = ConfidenceInterval.Wilson(376, 500)!.Value;

        Assert.Equal(Significance.Similar, ci.Against(75.5m));
    }

    [Fact]
    public void An_interval_cannot_end_below_its_start()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceInterval(ConfidenceLevel.Percent95, 2m, 1m));
    }

    [Fact]
    public void The_default_interval_is_0_to_0_at_95_percent()
    {
        var ci = default(ConfidenceInterval);

        Assert.Equal(ConfidenceLevel.Percent95, ci.Level);
        Assert.Equal(0m, ci.Lower);
        Assert.Equal(0m, ci.Upper);
        Assert.Equal(Significance.NotCompared, default);
    }

    [Fact]
    public void The_interval_is_written_with_its_limits_and_level()
    {
        Assert.Equal("63.6 to 78.3 (95%)", ConfidenceInterval.ForRate(RatePer10000.From(366, 51_799))!.Value.ToString());
    }
}
