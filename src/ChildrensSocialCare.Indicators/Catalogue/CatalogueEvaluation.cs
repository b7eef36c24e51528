namespace ChildrensSocialCare.Indicators;

/// <summary>
/// Evaluating the <see cref="Catalogue"/>'s indicators by id, or all of them, over a <see cref="DataSet"/>. The
/// catalogue names what evaluation runs; evaluation itself (<see cref="DataSetEvaluation"/>) takes definitions and
/// knows nothing of the catalogue.
/// </summary>
public static class CatalogueEvaluation
{
    /// <summary>Evaluates the indicator with id <paramref name="indicatorId"/> for <paramref name="period"/>.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicatorId">The indicator's stable id.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public static IndicatorResult Evaluate(this DataSet data, string indicatorId, ReportingPeriod period, EvaluationOptions? options = null) =>
        data.Evaluate(Catalogue.Get(indicatorId), period, options);

    /// <summary>Evaluates every indicator of the <see cref="Catalogue"/> for <paramref name="period"/>, grouped by
    /// family (<see cref="Catalogue.ByFamily"/>).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    public static Scorecard Scorecard(this DataSet data, ReportingPeriod period, EvaluationOptions? options = null) =>
        data.Scorecard(Catalogue.ByFamily, period, options);

    /// <summary>Evaluates the indicators with the given ids, in the order given.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicatorIds">The indicators' stable ids.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <exception cref="KeyNotFoundException">An id is not in the catalogue.</exception>
    public static Scorecard Scorecard(this DataSet data, IEnumerable<string> indicatorIds, ReportingPeriod period, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        return data.Scorecard(indicatorIds.Select(Catalogue.Get).ToList(), period, options);
    }

    /// <summary>Evaluates one indicator over consecutive periods: a time series (see
    /// <see cref="ReportingPeriod.Consecutive(DateOnly, int, PeriodLength)"/>).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicatorId">The indicator's stable id.</param>
    /// <param name="periods">The periods, in order.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public static TimeSeries Series(this DataSet data, string indicatorId, IEnumerable<ReportingPeriod> periods, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return data.Series(Catalogue.Get(indicatorId), periods, options);
    }

    /// <summary>Breaks the indicator with id <paramref name="indicatorId"/> down by the built-in dimension
    /// <paramref name="dimensionId"/> (specification section 5).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="indicatorId">The indicator's stable id.</param>
    /// <param name="dimensionId">The dimension's id (<see cref="DimensionIds"/>).</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <param name="breakdown">The groups' populations and groupings; <see cref="BreakdownOptions.Default"/> when null.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="KeyNotFoundException">No indicator or no built-in dimension has that id.</exception>
    /// <exception cref="ArgumentException">The dimension does not apply to the indicator.</exception>
    public static Breakdown Breakdown(this DataSet data, string indicatorId, string dimensionId, ReportingPeriod period,
        EvaluationOptions? options = null, BreakdownOptions? breakdown = null) =>
        data.Breakdown(Catalogue.Get(indicatorId), Dimension.Get(dimensionId), period, options, breakdown);

    /// <summary>Breaks every indicator of the <see cref="Catalogue"/> that <paramref name="dimension"/> applies to down by
    /// it: the whole scorecard broken down.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <param name="breakdown">The groups' populations and groupings; <see cref="BreakdownOptions.Default"/> when null.</param>
    /// <returns>One breakdown per indicator the dimension applies to, in the catalogue's order.</returns>
    public static IReadOnlyList<Breakdown> Breakdowns(this DataSet data, Dimension dimension, ReportingPeriod period,
        EvaluationOptions? options = null, BreakdownOptions? breakdown = null) =>
        data.Breakdowns(Catalogue.ByFamily, dimension, period, options, breakdown);
}
