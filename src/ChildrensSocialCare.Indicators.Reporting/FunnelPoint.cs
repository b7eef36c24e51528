namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>One authority on a funnel plot (<see cref="SvgCharts.Funnel"/>): its percentage against its denominator.</summary>
/// <param name="Label">Who it is ("Walsall", "Demo (synthetic)").</param>
/// <param name="Value">The percentage, 0 to 100 (as published, or the result's value).</param>
/// <param name="Denominator">The number of children (or records) the percentage is of; a point without a positive
/// denominator is not drawn.</param>
public sealed record FunnelPoint(string Label, decimal Value, decimal Denominator)
{
    /// <summary>Whether to draw the point larger, in its own colour and named (the authority the report is about).</summary>
    public bool Highlighted { get; init; }
}
