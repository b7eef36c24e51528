namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The regularised incomplete gamma function and its inverse, in double precision: what the exact Poisson limits need,
/// since <c>χ²(p; 2k) / 2</c> is the <c>p</c> quantile of the gamma distribution with shape <c>k</c> and scale 1.
/// </summary>
/// <remarks>
/// The series and the continued fraction are the classical ones (Abramowitz and Stegun 6.5.29 and 6.5.31), the log
/// gamma function is Lanczos's approximation (g = 7, nine terms; relative error below 1e-15), and the inverse is Newton's
/// method kept inside a bracket by bisection. Each tail is computed directly, never as one minus the other, so a tail of
/// 0.001 keeps its digits.
/// </remarks>
internal static class IncompleteGamma
{
    private const double Epsilon = 1e-15;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 1_000;

    private static readonly double[] s_lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary><c>ln Γ(a)</c> for <c>a &gt; 0</c>.</summary>
    public static double LogGamma(double a)
    {
        if (a < 0.5)
        {
            // Reflection: Γ(a) Γ(1 - a) = π / sin(πa).
            return Math.Log(Math.PI / Math.Sin(Math.PI * a)) - LogGamma(1 - a);
        }

        a -= 1;
        var sum = s_lanczos[0];
        for (var i = 1; i < s_lanczos.Length; i++)
        {
            sum += s_lanczos[i] / (a + i);
        }

        var t = a + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((a + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>The lower tail <c>P(a, x) = γ(a, x) / Γ(a)</c>: the chance a gamma variable of shape <paramref name="a"/>
    /// is at most <paramref name="x"/>.</summary>
    public static double Lower(double a, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        return x < a + 1 ? Series(a, x) : 1 - ContinuedFraction(a, x);
    }

    /// <summary>The upper tail <c>Q(a, x) = 1 - P(a, x)</c>.</summary>
    public static double Upper(double a, double x)
    {
        if (x <= 0)
        {
            return 1;
        }

        return x < a + 1 ? 1 - Series(a, x) : ContinuedFraction(a, x);
    }

    /// <summary>The <c>x</c> with <c>P(a, x) = p</c>: the <paramref name="p"/> quantile of the gamma distribution with
    /// shape <paramref name="a"/> and scale 1.</summary>
    public static double LowerQuantile(double a, double p) => Solve(a, p, lowerTail: true);

    /// <summary>The <c>x</c> with <c>Q(a, x) = q</c>: the point with upper tail <paramref name="q"/>.</summary>
    public static double UpperQuantile(double a, double q) => Solve(a, q, lowerTail: false);

    /// <summary>The quantile <c>χ²(p; df)</c> of the chi-square distribution with <paramref name="degreesOfFreedom"/>
    /// degrees of freedom: twice the gamma quantile of shape <c>df / 2</c>.</summary>
    public static double ChiSquareQuantile(double p, double degreesOfFreedom) =>
        p >= 0.5 ? 2 * UpperQuantile(degreesOfFreedom / 2, 1 - p) : 2 * LowerQuantile(degreesOfFreedom / 2, p);

    private static double Solve(double a, double tail, bool lowerTail)
    {
        if (a <= 0 || double.IsNaN(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "The shape must be greater than 0.");
        }

        if (!(tail > 0 && tail < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tail), tail, "The tail probability must be strictly between 0 and 1.");
        }

        // f(x) = tail(x) - target, increasing in x for the lower tail and decreasing for the upper one. Bracket the root.
        double F(double x) => lowerTail ? Lower(a, x) - tail : tail - Upper(a, x);
        double low = 0, high = Math.Max(1, a);
        while (F(high) < 0)
        {
            low = high;
            high *= 2;
        }

        var logGammaA = LogGamma(a);
        var x = (low + high) / 2;
        for (var i = 0; i < MaxIterations; i++)
        {
            var f = F(x);
            if (f == 0)
            {
                return x;
            }

            if (f < 0)
            {
                low = x;
            }
            else
            {
                high = x;
            }

            // The derivative of both forms of F is the gamma density at x.
            var density = Math.Exp(((a - 1) * Math.Log(x)) - x - logGammaA);
            var next = density > 0 ? x - (f / density) : double.NaN;
            if (!(next > low && next < high))
            {
                next = (low + high) / 2;
            }

            if (Math.Abs(next - x) <= Epsilon * Math.Max(1, x) || high - low <= Epsilon * Math.Max(1, x))
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    // P(a, x) by its series, for x < a + 1: e^-x x^a / Γ(a + 1) * (1 + x/(a+1) + x²/((a+1)(a+2)) + ...).
    private static double Series(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }

        return sum * Math.Exp((a * Math.Log(x)) - x - LogGamma(a));
    }

    // Q(a, x) by its continued fraction (modified Lentz), for x >= a + 1.
    private static double ContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return Math.Exp((a * Math.Log(x)) - x - LogGamma(a)) * h;
    }
}
