namespace ChildrensSocialCare.Indicators;

internal static class Engine
{
    public static IndicatorResult Evaluate(DataSet data, IndicatorDefinition indicator, ReportingPeriod period, EvaluationOptions options)
    {
        var computation = indicator.Computation;
        var context = new EvaluationContext(data, period, options);

        // Explaining runs the same kernel as counting, with a sink that lists the units instead of only counting them.
        var explanation = new Lazy<Explanation>(() =>
        {
            var explaining = new ExplainingSink(computation.Units(context));
            computation.Run(context, ref explaining);
            return explaining.Build(indicator, period);
        });

        // A data set of Annex A lists evaluates only the definitions whose inputs the lists hold, inside their window.
        if (data.AnnexA is { } annexA && (!indicator.FromAnnexA
                ? "is not available from Ofsted Annex A: the lists do not hold its inputs (specification 9.2)"
                : annexA.OutsideWindow(indicator, period)) is { } notFromAnnexA)
        {
            return new IndicatorResult(indicator, period, 0, 0, null, false, notFromAnnexA, [], [], [], explanation, options.Judgement);
        }

        // From returns a rate is annualised over whole calendar months; from Annex A also over the months to the
        // reference date (16 July to 15 January is 6 months).
        var annualise = indicator.IsAnnualisable && options.Annualise;
        var months = data.AnnexA is null ? period.WholeMonths : period.Months;
        if (annualise && months is null)
        {
            return new IndicatorResult(indicator, period, 0, 0, null, false,
                $"cannot annualise {period}: only a period of whole calendar months can be annualised", [], [], [], explanation, options.Judgement);
        }

        var counting = default(CountingSink);
        var tally = computation.Run(context, ref counting);
        return FromTally(indicator, context, tally, annualise, explanation);
    }

    // The result of a kernel run's tally: the value in the indicator's unit, its interval and the findings. A
    // breakdown builds its whole result and each group's the same way (a group takes its population from options).
    public static IndicatorResult FromTally(IndicatorDefinition indicator, EvaluationContext context, Tally tally, bool annualise,
        Lazy<Explanation> explanation, bool diagnose = true, string? populationMissing = null)
    {
        var period = context.Period;
        var options = context.Options;
        var months = context.Data.AnnexA is null ? period.WholeMonths : period.Months;
        if (tally.NotAvailable is not null)
        {
            return new IndicatorResult(indicator, period, 0, 0, null, false, tally.NotAvailable, [], [], [], explanation, options.Judgement);
        }

        // A rate without a population is not available, but its count is still reported as the numerator, so that a
        // chart of the number of looked-after children needs no population.
        if (indicator.RequiresPopulation && options.Population is null)
        {
            return new IndicatorResult(indicator, period, tally.Numerator, 0, null, false,
                populationMissing ?? "needs the population aged 0-17: set EvaluationOptions.Population (the library ships no population data)",
                [], [], [], explanation, options.Judgement);
        }

        IReadOnlyList<Diagnostic> diagnostics = !diagnose || context.OutsideCalendarCount == 0 ? [] :
        [
            new Diagnostic(DiagnosticSeverity.Warning, IndicatorDiagnosticCodes.EvaluationOutsideCalendar,
                $"{indicator.Id}: {context.OutsideCalendarCount} record(s) left out because {context.OutsideCalendar}; Explain() lists them.")
            {
                ChildId = context.OutsideCalendarExample,
            },
        ];

        if (diagnose && context.EmptyCohortForYear is { } emptyCohort)
        {
            diagnostics = [.. diagnostics, new Diagnostic(DiagnosticSeverity.Warning, IndicatorDiagnosticCodes.EvaluationCohortEmptyForYear, $"{indicator.Id}: {emptyCohort}")];
        }

        var numerator = tally.Numerator;
        var denominator = tally.Denominator;
        decimal? value;
        ConfidenceInterval? interval;
        var level = options.ConfidenceLevel;
        switch (indicator.Unit)
        {
            case Unit.RatePer10000:
                var count = decimal.ToInt64(numerator);
                var population = options.Population!.Value;
                var rate = annualise ? RatePer10000.AnnualisedOver(count, population, months!.Value) : RatePer10000.From(count, population);
                denominator = population;
                value = rate.Value;
                interval = ConfidenceInterval.ForRate(rate, level);
                break;
            case Unit.Days:
            case Unit.Score:
                var total = decimal.ToInt64(numerator);
                var children = decimal.ToInt64(denominator);
                value = MeanDays.Of(total, children).Value;
                interval = tally.SumOfSquares is { } squares ? ConfidenceInterval.ForMean(total, squares, children, level) : null;
                break;
            case Unit.Count:
                value = numerator;
                interval = null;
                break;
            default:
                var percentage = Percentage.Of(numerator, denominator);
                value = percentage.Value;
                interval = ConfidenceInterval.ForPercentage(percentage, level);
                break;
        }

        return new IndicatorResult(indicator, period, numerator, denominator, value, annualise, null,
            tally.Details ?? [], [], diagnostics, explanation, options.Judgement, interval);
    }

    public static Scorecard Scorecard(DataSet data, IReadOnlyList<IndicatorDefinition> indicators, ReportingPeriod period, EvaluationOptions options)
    {
        var results = new IndicatorResult[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            results[i] = Evaluate(data, indicators[i], period, options);
        }

        var diagnostics = new List<Diagnostic>();
        var needPopulation = results.Where(r => !r.IsAvailable && r.Indicator.RequiresPopulation && options.Population is null).Select(r => r.Id).ToList();
        if (needPopulation.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IndicatorDiagnosticCodes.EvaluationPopulationMissing,
                $"No population aged 0-17 was given (EvaluationOptions.Population), so these rates are not available: {string.Join(", ", needPopulation)}."));
        }

        foreach (var r in results.Where(r => !r.IsAvailable && !needPopulation.Contains(r.Id)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IndicatorDiagnosticCodes.EvaluationNotAvailable, $"{r.Id} {r.NotAvailableReason}."));
        }

        diagnostics.AddRange(results.SelectMany(r => r.Diagnostics));
        return new Scorecard(period, options, results, diagnostics);
    }
}
