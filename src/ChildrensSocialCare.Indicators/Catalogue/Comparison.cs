using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildrensSocialCare.Indicators;

/// <summary>A result set beside a comparator: the difference and whether it is better or worse.</summary>
/// <param name="Comparator">The comparator.</param>
/// <param name="Difference">Result minus comparator, unrounded; <c>null</c> when the result has no value.</param>
/// <param name="Judgement">Better, worse or the same by the indicator's polarity, compared at its presentation precision.</param>
public sealed record Comparison(Comparator Comparator, decimal? Difference, Judgement Judgement)
{
    internal static Comparison Of(IndicatorResult result, Comparator comparator)
    {
        if (result.Value is not { } value)
        {
            return new Comparison(comparator, null, Judgement.NotJudged);
        }

        var decimals = result.DisplayDecimals;
        var ours = Rounding.HalfAwayFromZero(value, decimals);
        var theirs = Rounding.HalfAwayFromZero(comparator.Value, decimals);
        return new Comparison(comparator, value - comparator.Value, Judge(result.Indicator.Polarity, ours, theirs));
    }

    // Better, worse or the same by polarity, of two figures already rounded to the presentation precision.
    /// <summary>Judges one figure against another by an indicator's polarity: the rule behind <see cref="Judgement"/>,
    /// for a comparison made elsewhere (a report's column of last year's figures).</summary>
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
