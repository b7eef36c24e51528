namespace ChildrensSocialCare.Indicators;

/// <summary>A further figure of a result: one outcome's count and share, a median.</summary>
/// <param name="Key">A stable key (<c>early-help</c>, <c>median</c>).</param>
/// <param name="Label">A label for people.</param>
/// <param name="Numerator">The exact numerator (or the figure itself).</param>
/// <param name="Denominator">The exact denominator, or <c>null</c> when the figure is not a ratio.</param>
/// <param name="Value">The unrounded value, or <c>null</c> when not applicable.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
public sealed record ResultDetail(string Key, string Label, decimal Numerator, decimal? Denominator, decimal? Value, Unit Unit)
{
    /// <summary>The figure's confidence interval at the evaluation's level (a share's Wilson interval), or
    /// <c>null</c> when it has none (a count, a median).</summary>
    public ConfidenceInterval? Interval { get; init; }
}
