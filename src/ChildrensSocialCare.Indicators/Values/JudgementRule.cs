namespace ChildrensSocialCare.Indicators;

/// <summary>How a result is judged better or worse than a comparator.</summary>
/// <remarks>The <c>default</c> value is <see cref="Interval"/>, the specification's rule (section 6).</remarks>
public enum JudgementRule
{
    /// <summary>On the result's confidence interval: better or worse (by polarity; higher or lower for a context
    /// indicator) only when the whole interval is on one side of the comparator, similar when the comparator is inside
    /// it, not compared when the result has no interval. The default.</summary>
    Interval,

    /// <summary>The earlier rule: any difference at the presentation precision is better or worse (75.2 against 75.5
    /// is worse), and equal figures are the same; context indicators are not judged.</summary>
    Difference,
}
