namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The value of one indicator for one period: exact numerator and denominator, the unrounded value, the
/// presentation at the indicator's precision, comparisons with comparators, and the records behind it
/// (<see cref="Explain"/>).
/// </summary>
/// <remarks>
/// <para>For a percentage the numerator and denominator are the counts; for a rate they are the count and the
/// population; for a mean number of days, the total days and the number of children; for a count, both are the
/// count.</para>
/// <para>An indicator that could not be evaluated for the request (a rate with no population, annualising a period
/// that is not whole months) is not available: <see cref="IsAvailable"/> is false and
/// <see cref="NotAvailableReason"/> says why. One that could be evaluated but has a zero denominator is available
/// and not applicable: <see cref="Value"/> is <c>null</c>. A rate that is not available for want of a population
/// still reports its count as <see cref="Numerator"/> (and 0 as <see cref="Denominator"/>).</para>
/// </remarks>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed class IndicatorResult
{
    private readonly Lazy<Explanation> _explanation;

    internal IndicatorResult(
        IndicatorDefinition indicator,
        ReportingPeriod period,
        decimal numerator,
        decimal denominator,
        decimal? value,
        bool annualised,
        string? notAvailableReason,
        IReadOnlyList<ResultDetail> details,
        IReadOnlyList<Comparison> comparisons,
        IReadOnlyList<Diagnostic> diagnostics,
        Lazy<Explanation> explanation,
        JudgementRule judgement,
        ConfidenceInterval? interval = null)
    {
        Indicator = indicator;
        Period = period;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
        IsAnnualised = annualised;
        NotAvailableReason = notAvailableReason;
        Details = details;
        Comparisons = comparisons;
        Diagnostics = diagnostics;
        _explanation = explanation;
        JudgementRule = judgement;
        Interval = interval;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The indicator's stable id.</summary>
    public string Id => Indicator.Id;

    /// <summary>The period evaluated.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public Unit Unit => Indicator.Unit;

    /// <summary>Whether the indicator could be evaluated for the request.</summary>
    public bool IsAvailable => NotAvailableReason is null;

    /// <summary>Why the indicator could not be evaluated, or <c>null</c> when it was.</summary>
    public string? NotAvailableReason { get; }

    /// <summary>The exact numerator.</summary>
    public decimal Numerator { get; }

    /// <summary>The exact denominator.</summary>
    public decimal Denominator { get; }

    /// <summary>The unrounded value, or <c>null</c> when not available or not applicable (zero denominator).</summary>
    public decimal? Value { get; }

    /// <summary>
    /// The confidence interval of <see cref="Value"/> at the level of <see cref="EvaluationOptions.ConfidenceLevel"/>
    /// (95% by default), in the value's unit: Wilson for a percentage, Byar's (or the exact Poisson limits below 10
    /// events) for a rate, normal for a mean of days. <c>null</c> for a count, when there is no value (not available,
    /// or a denominator of 0), for a mean of fewer than 2 children, and for a percentage that is not a share of counts
    /// (<c>workforce-sickness-change</c>, or posts counted in FTE).
    /// </summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>Whether the value is a rate annualised from a part-year count.</summary>
    public bool IsAnnualised { get; }

    /// <summary>The value at the indicator's presentation precision, rounded half away from zero (a count is a whole
    /// number); <c>n/a</c> when not applicable or not available.</summary>
    public string Display => Value is { } v ? Rounding.Format(v, DisplayDecimals) : Percentage.NotApplicableText;

    /// <summary>Findings about this evaluation, for example records left out because a date is outside the
    /// working-day calendar.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    // The catalogue's precision applies to percentages, rates and days; a count (contacts-outcomes) is whole, its
    // shares keep the precision.
    internal int DisplayDecimals => Unit == Unit.Count ? 0 : Indicator.Decimals;

    /// <summary>The rule its comparisons are judged by: <see cref="EvaluationOptions.Judgement"/> when it was
    /// evaluated.</summary>
    public JudgementRule JudgementRule { get; }

    /// <summary>Further figures: the count per outcome of <c>contacts-outcomes</c>, the median and count of
    /// <c>adoption-entry-to-placement-days</c>.</summary>
    public IReadOnlyList<ResultDetail> Details { get; }

    /// <summary>The comparisons with comparators (England, region, statistical neighbours), when given.</summary>
    public IReadOnlyList<Comparison> Comparisons { get; }

    /// <summary>The value as published under <paramref name="disclosure"/>: <c>c</c>, <c>z</c>, <c>k</c> or the
    /// rounded value; <c>x</c> when not available.</summary>
    public string Present(DisclosureControl disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return IsAvailable
            ? disclosure.Value(Unit, Numerator, Denominator, Value, DisplayDecimals)
            : DisclosureControl.NotAvailable;
    }

    /// <summary>The records behind the number, computed on first call by the same code that counted them.</summary>
    public Explanation Explain() => _explanation.Value;

    /// <summary>This result set beside <paramref name="comparators"/> for the same indicator (others are ignored).</summary>
    public IndicatorResult WithComparators(IEnumerable<Comparator> comparators)
    {
        ArgumentNullException.ThrowIfNull(comparators);
        var comparisons = comparators
            .Where(c => string.Equals(c.IndicatorId, Id, StringComparison.Ordinal))
            .Select(c => Comparison.Of(this, c))
            .ToList();
        return new IndicatorResult(Indicator, Period, Numerator, Denominator, Value, IsAnnualised, NotAvailableReason,
            Details, comparisons, Diagnostics, _explanation, JudgementRule, Interval);
    }

    /// <summary><c>id: display (numerator / denominator)</c>.</summary>
    public override string ToString() => IsAvailable
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}: {Display} ({Numerator} / {Denominator})")
        : $"{Id}: not available ({NotAvailableReason})";
}
