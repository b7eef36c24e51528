namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The records behind a number (specification 1.6): every record (or child) in the numerator and the denominator,
/// with its key dates, and every record left out with the rule that left it out.
/// </summary>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed class Explanation
{
    internal Explanation(IndicatorDefinition indicator, ReportingPeriod period, IReadOnlyList<ExplanationEntry> numerator,
        IReadOnlyList<ExplanationEntry> denominator, IReadOnlyList<Exclusion> excluded)
    {
        Indicator = indicator;
        Period = period;
        Numerator = numerator;
        Denominator = denominator;
        Excluded = excluded;
    }

    /// <summary>The indicator explained.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The period it was evaluated for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The records (or children) counted in the numerator.</summary>
    public IReadOnlyList<ExplanationEntry> Numerator { get; }

    /// <summary>The records (or children) counted in the denominator; empty for a rate, whose denominator is the
    /// population.</summary>
    public IReadOnlyList<ExplanationEntry> Denominator { get; }

    /// <summary>Records the indicator's rules left out, each with the rule.</summary>
    public IReadOnlyList<Exclusion> Excluded { get; }
}
