using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildrensSocialCare.Indicators;

/// <summary>How a result compares with a comparator, by the indicator's polarity.</summary>
/// <remarks>
/// <para>Under the specification's rule (<see cref="JudgementRule.Interval"/>, the default) a comparison is
/// <see cref="Better"/>, <see cref="Worse"/> or <see cref="Similar"/> on the result's confidence interval;
/// <see cref="Higher"/>, <see cref="Lower"/> or <see cref="Similar"/> for a context indicator; and
/// <see cref="NotCompared"/> when the result has no interval. Under the earlier rule
/// (<see cref="JudgementRule.Difference"/>) it is <see cref="Better"/>, <see cref="Worse"/> or <see cref="Same"/> at the
/// presentation precision, and <see cref="NotJudged"/> for a context indicator or a result without a value.</para>
/// <para>The <c>default</c> value is <see cref="NotJudged"/>.</para>
/// </remarks>
public enum Judgement
{
    /// <summary>No judgement under <see cref="JudgementRule.Difference"/>: a context indicator, or no value to compare.</summary>
    NotJudged,

    /// <summary>Better than the comparator: under <see cref="JudgementRule.Interval"/>, the whole interval is on the
    /// better side of it.</summary>
    Better,

    /// <summary>The same at the presentation precision (<see cref="JudgementRule.Difference"/> only).</summary>
    Same,

    /// <summary>Worse than the comparator: under <see cref="JudgementRule.Interval"/>, the whole interval is on the
    /// worse side of it.</summary>
    Worse,

    /// <summary>The comparator is inside the result's interval: the difference may be noise
    /// (<see cref="JudgementRule.Interval"/>).</summary>
    Similar,

    /// <summary>A context indicator whose interval is wholly above the comparator (<see cref="JudgementRule.Interval"/>).</summary>
    Higher,

    /// <summary>A context indicator whose interval is wholly below the comparator (<see cref="JudgementRule.Interval"/>).</summary>
    Lower,

    /// <summary>The result has no interval (a count, a denominator of 0, a mean of fewer than 2 values, a value not
    /// available), so it is not compared (<see cref="JudgementRule.Interval"/>).</summary>
    NotCompared,
}
