namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The level of a <see cref="ConfidenceInterval"/>: 95% (the default) or 99.8%, the two levels Fingertips uses. Each
/// level carries its critical value <see cref="Z"/> (<c>z = Φ⁻¹(1 - α/2)</c>, to the six decimals PHE's methods use)
/// and its <see cref="Alpha"/> (<c>α</c>, the chance an interval misses, split equally between the two tails).
/// </summary>
/// <remarks>
/// <para>Only the two levels of the specification (section 6) exist: there is no way to make another, so an option of
/// this type is always valid. Use <see cref="FromPercent"/> to read a level written as a number (95 or 99.8).</para>
/// <para>The <c>default</c> value is <see cref="Percent95"/>.</para>
/// </remarks>
public readonly record struct ConfidenceLevel
{
    // false is 95%, so that default(ConfidenceLevel) is the default level.
    private readonly bool _isPercent99Point8;

    private ConfidenceLevel(bool isPercent99Point8) => _isPercent99Point8 = isPercent99Point8;

    /// <summary>95%: <c>z = 1.959964</c>, <c>α = 0.05</c>. The default.</summary>
    public static ConfidenceLevel Percent95 => default;

    /// <summary>99.8%: <c>z = 3.090232</c>, <c>α = 0.002</c>. Fingertips's second level ("better 99.8%").</summary>
    public static ConfidenceLevel Percent99Point8 => new(true);

    /// <summary>The level as a percentage: 95 or 99.8.</summary>
    public decimal Percent => _isPercent99Point8 ? 99.8m : 95m;

    /// <summary>The critical value of the standard normal distribution, <c>Φ⁻¹(1 - α/2)</c>: 1.959964 at 95% and
    /// 3.090232 at 99.8% (PHEindicatormethods computes <c>qnorm(0.975)</c> and <c>qnorm(0.999)</c>).</summary>
    public double Z => _isPercent99Point8 ? 3.090232 : 1.959964;

    /// <summary>The chance the interval misses, <c>1 - level</c>: 0.05 at 95% and 0.002 at 99.8%.</summary>
    public double Alpha => _isPercent99Point8 ? 0.002 : 0.05;

    /// <summary>The level written as <paramref name="percent"/>: 95 or 99.8.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is neither 95 nor 99.8.</exception>
    public static ConfidenceLevel FromPercent(decimal percent) => percent switch
    {
        95m => Percent95,
        99.8m => Percent99Point8,
        _ => throw new ArgumentOutOfRangeException(nameof(percent), percent, "A confidence level is 95 or 99.8 (percent)."),
    };

    /// <summary>The level as it is written: <c>95%</c> or <c>99.8%</c>.</summary>
    public override string ToString() => _isPercent99Point8 ? "99.8%" : "95%";
}
