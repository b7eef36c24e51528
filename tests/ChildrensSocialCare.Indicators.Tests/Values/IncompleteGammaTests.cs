namespace ChildrensSocialCare.Indicators.Tests.Values;

// The gamma quantile behind the exact Poisson limits: chi-square quantiles against the published table of the NIST/
// SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.4 "Critical values of the chi-square distribution" (3 decimals).
public class IncompleteGammaTests
{
    [Theory]
    [InlineData(0.95, 1, "3.841")]
    [InlineData(0.95, 10, "18.307")]
    [InlineData(0.99, 5, "15.086")]
    [InlineData(0.05, 10, "3.940")]
    [InlineData(0.001, 20, "5.921")]
    public void Chi_square_quantiles_match_the_NIST_table(double p, double degreesOfFreedom, string expected)
    {
        var q = IncompleteGamma.ChiSquareQuantile(p, degreesOfFreedom);

        Assert.Equal(expected, Rounding.Format((decimal)q, 3));
    }

    [Fact]
    public void The_chi_square_quantile_with_2_degrees_of_freedom_is_minus_twice_the_log_of_the_upper_tail()
    {
        // χ² with 2 degrees of freedom is exponential with mean 2: χ²(0.975; 2) = -2 ln 0.025 = 7.377758908.
        Assert.Equal(-2 * Math.Log(0.025), IncompleteGamma.ChiSquareQuantile(0.975, 2), 12);
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(1.0, 3.0)]
    [InlineData(4.0, 2.5)]
    [InlineData(9.0, 20.0)]
    public void For_a_whole_shape_the_tails_are_Poisson_sums(double a, double x)
    {
        // Q(k, x) = e^-x Σ_{j<k} x^j / j!: the chance of fewer than k Poisson events with mean x.
        var sum = 0.0;
        var term = 1.0;
        for (var j = 0; j < (int)a; j++)
        {
            sum += term;
            term *= x / (j + 1);
        }

        var expected = Math.Exp(-x) * sum;
        Assert.Equal(expected, IncompleteGamma.Upper(a, x), 14);
        Assert.Equal(1 - expected, IncompleteGamma.Lower(a, x), 14);
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(5.0, 3.1780538303479458)]
    [InlineData(0.5, 0.5723649429247001)]
    public void Log_gamma_matches_known_values(double a, double expected)
    {
        // ln Γ(1) = ln 0! = 0, ln Γ(5) = ln 4! = ln 24, ln Γ(1/2) = ln sqrt(π).
        Assert.Equal(expected, IncompleteGamma.LogGamma(a), 13);
    }

    [Fact]
    public void Quantiles_reject_tails_outside_0_to_1_and_shapes_of_0_or_less()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.LowerQuantile(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.UpperQuantile(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => IncompleteGamma.LowerQuantile(0, 0.5));
    }
}
