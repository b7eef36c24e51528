using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildrensSocialCare.Indicators;

/// <summary>A result set beside a comparator: the difference and whether it is better or worse.</summary>
/// <param name="Comparator">The comparator.</param>
/// <param name="Difference">Result minus comparator, unrounded; <c>null</c> when the result has no value. Shown
/// whatever the judgement: a similar result still differs by this much.</param>
/// <param name="Judgement">By the result's <see cref="EvaluationOptions.Judgement"/> rule: on its confidence interval,
/// better, worse or similar by the indicator's polarity (higher, lower or similar for a context indicator; not compared
/// without an interval); or, under <see cref="JudgementRule.Difference"/>, better, worse or the same at its presentation
/// precision.</param>
public sealed record Comparison(Comparator Comparator, decimal? Difference, Judgement Judgement)
{
    internal static Comparison Of(IndicatorResult result, Comparator comparator)
    {
        var difference = result.Value - comparator.Value;
        if (result.JudgementRule == JudgementRule.Interval)
        {
            var significance = result.Interval is { } interval ? interval.Against(comparator.Value) : Significance.NotCompared;
            return new Comparison(comparator, difference, Judge(result.Indicator.Polarity, significance));
        }

        if (result.Value is not { } value)
        {
            return new Comparison(comparator, null, Judgement.NotJudged);
        }

        var decimals = result.DisplayDecimals;
        var ours = Rounding.HalfAwayFromZero(value, decimals);
        var theirs = Rounding.HalfAwayFromZero(comparator.Value, decimals);
        return new Comparison(comparator, difference, Judge(result.Indicator.Polarity, ours, theirs));
    }

    /// <summary>Reads where an interval stands against a comparator (<see cref="ConfidenceInterval.Against"/>) by an
    /// indicator's polarity: the rule of <see cref="JudgementRule.Interval"/>, for a comparison made elsewhere.</summary>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <param name="significance">Where the result's interval stands against the comparator.</param>
    /// <returns><see cref="Judgement.NotCompared"/> without an interval; <see cref="Judgement.Similar"/> when the
    /// comparator is inside it; otherwise <see cref="Judgement.Better"/> or <see cref="Judgement.Worse"/> by polarity,
    /// and <see cref="Judgement.Higher"/> or <see cref="Judgement.Lower"/> for a context indicator.</returns>
    public static Judgement Judge(Polarity polarity, Significance significance) => (significance, polarity) switch
    {
        (Significance.Similar, _) => Judgement.Similar,
        (Significance.Higher, Polarity.HigherIsBetter) or (Significance.Lower, Polarity.LowerIsBetter) => Judgement.Better,
        (Significance.Lower, Polarity.HigherIsBetter) or (Significance.Higher, Polarity.LowerIsBetter) => Judgement.Worse,
        (Significance.Higher, _) => Judgement.Higher,
        (Significance.Lower, _) => Judgement.Lower,
        _ => Judgement.NotCompared,
    };

    // Better, worse or the same by polarity, of two figures already rounded to the presentation precision.
    /// <summary>Judges one figure against another by an indicator's polarity: the earlier rule
    /// (<see cref="JudgementRule.Difference"/>), for a comparison made elsewhere (a report's column of last year's
    /// figures). The default rule judges on the result's interval: <see cref="Judge(Polarity, Significance)"/>.</summary>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <param name="ours">Our figure, at the precision it is compared at (the presentation precision).</param>
    /// <param name="theirs">The figure compared with, at the same precision.</param>
    /// <returns><see cref="Judgement.NotJudged"/> for a context indicator; otherwise <see cref="Judgement.Same"/>,
    /// <see cref="Judgement.Better"/> or <see cref="Judgement.Worse"/>.</returns>
    public static Judgement Judge(Polarity polarity, decimal ours, decimal theirs) => polarity switch
    {
        Polarity.Context => Judgement.NotJudged,
        _ when ours == theirs => Judgement.Same,
        Polarity.HigherIsBetter => ours > theirs ? Judgement.Better : Judgement.Worse,
        _ => ours < theirs ? Judgement.Better : Judgement.Worse,
    };
}
