namespace ChildrensSocialCare.Indicators;

/// <summary>
/// Evaluating indicator definitions over a <see cref="DataSet"/>: the evaluation layer's entry points, as extension
/// methods so that the data set knows nothing of the engine (records, then the data set, then evaluation). The ones
/// that take ids or the whole catalogue are in <c>CatalogueEvaluation</c>, beside the catalogue.
/// </summary>
public static class DataSetEvaluation
{
    /// <summary>Evaluates <paramref name="indicator"/> for <paramref name="period"/>. A rate with no
    /// <see cref="EvaluationOptions.Population"/> is returned as not available, with the reason.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicator">The indicator (from the <c>Catalogue</c>).</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    public static IndicatorResult Evaluate(this DataSet data, IndicatorDefinition indicator, ReportingPeriod period, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(indicator);
        return Engine.Evaluate(data, indicator, period, options ?? EvaluationOptions.Default);
    }

    /// <summary>Evaluates the given indicators for <paramref name="period"/>, in the order given.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicators">The indicators (from the <c>Catalogue</c>).</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    public static Scorecard Scorecard(this DataSet data, IReadOnlyList<IndicatorDefinition> indicators, ReportingPeriod period, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(indicators);
        return Engine.Scorecard(data, indicators, period, options ?? EvaluationOptions.Default);
    }

    /// <summary>Evaluates one indicator over consecutive periods: a time series (see
    /// <see cref="ReportingPeriod.Consecutive(DateOnly, int, PeriodLength)"/>).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicator">The indicator (from the <c>Catalogue</c>).</param>
    /// <param name="periods">The periods, in order.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    public static TimeSeries Series(this DataSet data, IndicatorDefinition indicator, IEnumerable<ReportingPeriod> periods, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(periods);
        var o = options ?? EvaluationOptions.Default;
        return new TimeSeries(indicator, periods.Select(p => Engine.Evaluate(data, indicator, p, o)).ToList());
    }

    /// <summary>Breaks <paramref name="indicator"/> down by <paramref name="dimension"/> for <paramref name="period"/>
    /// (specification section 5): the whole result and one row per group, each with its numerator, denominator, value,
    /// interval and explanation, from one run of the indicator's kernel.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicator">The indicator (from the <c>Catalogue</c>).</param>
    /// <param name="dimension">The dimension: <see cref="Dimension.Get"/>, a regrouping or a caller's own.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <param name="breakdown">The groups' populations and groupings; <see cref="BreakdownOptions.Default"/> when null.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentException">The dimension does not apply to the indicator (see
    /// <see cref="Dimension.AppliesTo"/>); the message lists those that do.</exception>
    public static Breakdown Breakdown(this DataSet data, IndicatorDefinition indicator, Dimension dimension, ReportingPeriod period,
        EvaluationOptions? options = null, BreakdownOptions? breakdown = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(dimension);
        return Indicators.Breakdowns.Run(data, indicator, dimension, period, options ?? EvaluationOptions.Default, breakdown ?? BreakdownOptions.Default);
    }

    /// <summary>Breaks every indicator of <paramref name="indicators"/> that <paramref name="dimension"/> applies to down by
    /// it, in the order given (the others are left out).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicators">The indicators (from the <c>Catalogue</c>).</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <param name="breakdown">The groups' populations and groupings; <see cref="BreakdownOptions.Default"/> when null.</param>
    /// <returns>One breakdown per indicator the dimension applies to.</returns>
    public static IReadOnlyList<Breakdown> Breakdowns(this DataSet data, IReadOnlyList<IndicatorDefinition> indicators, Dimension dimension,
        ReportingPeriod period, EvaluationOptions? options = null, BreakdownOptions? breakdown = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(dimension);
        return Indicators.Breakdowns.Run(data, indicators, dimension, period, options ?? EvaluationOptions.Default, breakdown ?? BreakdownOptions.Default);
    }
}
