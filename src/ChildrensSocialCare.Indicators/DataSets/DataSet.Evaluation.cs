namespace ChildrensSocialCare.Indicators;

public sealed partial class DataSet
{
    /// <summary>Evaluates the indicator with id <paramref name="indicatorId"/> for <paramref name="period"/>.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public IndicatorResult Evaluate(string indicatorId, ReportingPeriod period, EvaluationOptions? options = null) =>
        Evaluate(Catalogue.Get(indicatorId), period, options);

    /// <summary>Evaluates <paramref name="indicator"/> for <paramref name="period"/>. A rate with no
    /// <see cref="EvaluationOptions.Population"/> is returned as not available, with the reason.</summary>
    public IndicatorResult Evaluate(IndicatorDefinition indicator, ReportingPeriod period, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Engine.Evaluate(this, indicator, period, options ?? EvaluationOptions.Default);
    }

    /// <summary>Evaluates every indicator of the <see cref="Catalogue"/> for <paramref name="period"/>.</summary>
    public Scorecard Scorecard(ReportingPeriod period, EvaluationOptions? options = null) =>
        Engine.Scorecard(this, Catalogue.All, period, options ?? EvaluationOptions.Default);

    /// <summary>Evaluates the indicators with the given ids, in the order given.</summary>
    /// <exception cref="KeyNotFoundException">An id is not in the catalogue.</exception>
    public Scorecard Scorecard(IEnumerable<string> indicatorIds, ReportingPeriod period, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        return Engine.Scorecard(this, indicatorIds.Select(Catalogue.Get).ToList(), period, options ?? EvaluationOptions.Default);
    }

    /// <summary>Evaluates one indicator over consecutive periods: a time series (see
    /// <see cref="ReportingPeriod.Consecutive(DateOnly, int, PeriodLength)"/>).</summary>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public TimeSeries Series(string indicatorId, IEnumerable<ReportingPeriod> periods, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var indicator = Catalogue.Get(indicatorId);
        var o = options ?? EvaluationOptions.Default;
        return new TimeSeries(indicator, periods.Select(p => Engine.Evaluate(this, indicator, p, o)).ToList());
    }
}
