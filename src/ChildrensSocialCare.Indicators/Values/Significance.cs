namespace ChildrensSocialCare.Indicators;

/// <summary>
/// Where a value's <see cref="ConfidenceInterval"/> stands against a benchmark, before the indicator's polarity is read
/// into it (<see cref="ConfidenceInterval.Against"/>): higher or lower when the whole interval is on one side, similar when
/// the benchmark is inside it, not compared when there is no interval.
/// </summary>
/// <remarks>The <c>default</c> value is <see cref="NotCompared"/>.</remarks>
public enum Significance
{
    /// <summary>No interval (a count, a denominator of 0, a mean of fewer than 2 values), so no comparison.</summary>
    NotCompared,

    /// <summary>The benchmark is inside the interval, limits included: the difference may be noise.</summary>
    Similar,

    /// <summary>The interval's lower limit is above the benchmark.</summary>
    Higher,

    /// <summary>The interval's upper limit is below the benchmark.</summary>
    Lower,
}
