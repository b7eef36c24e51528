namespace ChildrensSocialCare.Indicators;

/// <summary>
/// One indicator broken down by one <see cref="Indicators.Dimension"/> (specification section 5): the whole result and
/// one row per group that holds at least one unit, in the dimension's documented order (then other groups in
/// ordinal order, <c>unknown</c> last). For counts and for the numerators and denominators of percentages and means,
/// the groups add up to the whole.
/// </summary>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed class Breakdown
{
    internal Breakdown(Dimension dimension, IndicatorResult whole, IReadOnlyList<BreakdownGroup> groups, IReadOnlyList<Diagnostic> diagnostics)
    {
        Dimension = dimension;
        Whole = whole;
        Groups = groups;
        Diagnostics = diagnostics;
    }

    /// <summary>The dimension.</summary>
    public Dimension Dimension { get; }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator => Whole.Indicator;

    /// <summary>The period evaluated.</summary>
    public ReportingPeriod Period => Whole.Period;

    /// <summary>The whole result, as <c>Evaluate</c> gives it (from the same kernel run).</summary>
    public IndicatorResult Whole { get; }

    /// <summary>The groups' rows; empty when the whole is not available for a reason other than a population.</summary>
    public IReadOnlyList<BreakdownGroup> Groups { get; }

    /// <summary>Findings of the breakdown: codes put in <c>other</c> that the grouping does not list
    /// (<see cref="IndicatorDiagnosticCodes.BreakdownUnlistedCode"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The row of group <paramref name="key"/>, or <c>null</c> when no unit is in it.</summary>
    /// <param name="key">The group's key.</param>
    /// <returns>The row, or <c>null</c>.</returns>
    public BreakdownGroup? this[string key] => Groups.FirstOrDefault(g => string.Equals(g.Key, key, StringComparison.Ordinal));

    /// <summary><c>id by dimension: key display, ...</c>.</summary>
    public override string ToString() =>
        $"{Whole.Id} by {Dimension.Id}: {string.Join(", ", Groups.Select(g => $"{g.Key} {(g.Result.IsAvailable ? g.Display : "n/a")}"))}";
}
