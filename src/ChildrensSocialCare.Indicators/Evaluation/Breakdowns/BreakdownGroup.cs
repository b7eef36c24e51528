namespace ChildrensSocialCare.Indicators;

/// <summary>
/// One row of a <see cref="Breakdown"/>: the indicator evaluated over the units of one group (specification section
/// 5), with its own numerator, denominator, value, display, interval and explanation, as a whole result has.
/// </summary>
/// <remarks>
/// <para>A count's row (children who ceased to be looked after) has no denominator and no interval (specification 8.1). A rate's row uses
/// the group's population from <see cref="BreakdownOptions.Populations"/>; without one, its numerator is the group's
/// count, its denominator, value and interval are <c>null</c>, <see cref="NotAvailableReason"/> says why, and
/// <see cref="Share"/> gives the group's part of the whole.</para>
/// <para>Suppression applies to each row as to a whole result (<see cref="IndicatorResult.Present"/> on
/// <see cref="Result"/>); secondary suppression is not attempted.</para>
/// </remarks>
public sealed class BreakdownGroup
{
    internal BreakdownGroup(string key, string label, IndicatorResult result, decimal? share)
    {
        Key = key;
        Label = label;
        Result = result;
        Share = share;
    }

    /// <summary>The group's stable key (<c>under-1</c>, <c>N1</c>, <c>unknown</c>).</summary>
    public string Key { get; }

    /// <summary>The group as shown (<c>Under 1</c>, <c>Not recorded</c>).</summary>
    public string Label { get; }

    /// <summary>The indicator evaluated over the group's units (its value, interval, explanation, presentation).</summary>
    public IndicatorResult Result { get; }

    /// <summary>The exact numerator: the group's count, the numerator of its percentage, or its total days.</summary>
    public decimal Numerator => Result.Numerator;

    /// <summary>The exact denominator, or <c>null</c> for a count and for a rate without the group's population.</summary>
    public decimal? Denominator => Result.Unit == Unit.Count || !Result.IsAvailable ? null : Result.Denominator;

    /// <summary>The unrounded value, or <c>null</c> when not available or not applicable.</summary>
    public decimal? Value => Result.Value;

    /// <summary>The value at the indicator's precision (<see cref="IndicatorResult.Display"/>).</summary>
    public string Display => Result.Display;

    /// <summary>The group's confidence interval (the level of <see cref="EvaluationOptions.ConfidenceLevel"/>), or
    /// <c>null</c> as for a whole result.</summary>
    public ConfidenceInterval? Interval => Result.Interval;

    /// <summary>Why the group's value is not available (a rate without the group's population), or <c>null</c>.</summary>
    public string? NotAvailableReason => Result.NotAvailableReason;

    /// <summary>The group's units as a percentage of all the units (of the count, or of the denominator of a percentage
    /// or mean), unrounded; <c>null</c> when there are none.</summary>
    public decimal? Share { get; }

    /// <summary>The records behind the group's figures, computed on first call by the kernel that counted them.</summary>
    public Explanation Explain() => Result.Explain();

    /// <summary><c>key: display (numerator / denominator)</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Key}: {(Result.IsAvailable ? Display : "not available")} ({Numerator} / {(Denominator is { } d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")})");
}
