namespace ChildrensSocialCare.Indicators;

// Breaking an indicator down (specification section 5): one run of the indicator's kernel with a BreakdownSink gives
// the whole tally and every group's counts; each group's result is built from its counts as the whole's is
// (Engine.FromTally), with the group's population for a rate, and explains itself by the same kernel with a sink
// that keeps only the group's units.
internal static class Breakdowns
{
    public static Breakdown Run(DataSet data, IndicatorDefinition indicator, Dimension dimension, ReportingPeriod period,
        EvaluationOptions options, BreakdownOptions breakdown)
    {
        if (!dimension.AppliesTo(indicator))
        {
            throw new ArgumentException(indicator.Dimensions.Count == 0
                ? $"{indicator.Id} is not broken down by any dimension (its unit is not a child's)."
                : $"The dimension '{dimension.Id}' does not apply to {indicator.Id}; its dimensions are: {string.Join(", ", indicator.Dimensions)}.",
                nameof(dimension));
        }

        var computation = indicator.Computation;
        var context = new EvaluationContext(data, period, options);
        var units = computation.Units(context);
        var scope = new BreakdownScope(context, units, UnitAttributes.Of(data), breakdown);
        var explanation = new Lazy<Explanation>(() =>
        {
            var explaining = new ExplainingSink(computation.Units(context));
            computation.Run(context, ref explaining);
            return explaining.Build(indicator, period);
        });

        var annualise = indicator.IsAnnualisable && options.Annualise;
        if (annualise && !period.IsWholeMonths)
        {
            return new Breakdown(dimension, Engine.Evaluate(data, indicator, period, options), [], []);
        }

        var counts = new GroupCounts(dimension, scope, units);
        var sink = new BreakdownSink(counts);
        var tally = computation.Run(context, ref sink);
        var whole = Engine.FromTally(indicator, context, tally, annualise, explanation);
        if (tally.NotAvailable is not null)
        {
            return new Breakdown(dimension, whole, [], []);
        }

        var mean = indicator.Unit is Unit.Days or Unit.Score;
        var byCount = indicator.Unit is Unit.Count or Unit.RatePer10000;
        long all = 0;
        for (var g = 0; g < counts.Keys.Count; g++)
        {
            all += byCount ? counts.Numerator(g) : counts.Denominator(g);
        }

        var groups = new List<(int Order, BreakdownGroup Group)>(counts.Keys.Count);
        for (var g = 0; g < counts.Keys.Count; g++)
        {
            var key = counts.Keys[g];
            var groupTally = mean
                ? new Tally(counts.Sum(g), counts.Denominator(g)) { SumOfSquares = counts.SumOfSquares(g) }
                : new Tally(counts.Numerator(g), counts.Denominator(g));
            var groupContext = context;
            string? reason = null;
            if (indicator.RequiresPopulation)
            {
                var population = breakdown.PopulationOf(dimension.Id, key);
                groupContext = new EvaluationContext(data, period, options with { Population = population });
                reason = $"a rate broken down by {dimension.Id} needs each group's population aged 0-17 (BreakdownOptions.Populations) and none was given for this group: its count and share are shown";
            }

            var target = key;
            var groupExplanation = new Lazy<Explanation>(() =>
            {
                var explaining = new GroupExplainingSink(new ExplainingSink(computation.Units(context)), dimension, scope, target);
                computation.Run(context, ref explaining);
                return explaining.Build(indicator, period);
            });
            var result = Engine.FromTally(indicator, groupContext, groupTally, annualise, groupExplanation, diagnose: false, populationMissing: reason);
            var part = byCount ? counts.Numerator(g) : counts.Denominator(g);
            decimal? share = all == 0 ? null : Percentage.Of(part, all).Value;
            groups.Add((Order(dimension, key), new BreakdownGroup(key, dimension.LabelOf(key), result, share)));
        }

        var ordered = groups.OrderBy(x => x.Order).ThenBy(x => x.Group.Key, StringComparer.Ordinal).Select(x => x.Group).ToList();
        IReadOnlyList<Diagnostic> diagnostics = scope.Unlisted.Count == 0 ? [] :
        [
            new Diagnostic(DiagnosticSeverity.Warning, IndicatorDiagnosticCodes.BreakdownUnlistedCode,
                $"{indicator.Id} by {dimension.Id}: code(s) not in the grouping, counted in other: {string.Join(", ", scope.Unlisted.Order(StringComparer.Ordinal))}."),
        ];
        return new Breakdown(dimension, whole, ordered, diagnostics);
    }

    // Every indicator of the list that the dimension applies to, broken down by it, in the order given.
    public static IReadOnlyList<Breakdown> Run(DataSet data, IReadOnlyList<IndicatorDefinition> indicators, Dimension dimension,
        ReportingPeriod period, EvaluationOptions options, BreakdownOptions breakdown) =>
        [.. indicators.Where(dimension.AppliesTo).Select(i => Run(data, i, dimension, period, options, breakdown))];

    // The documented groups first, in their order; others after them; unknown last.
    private static int Order(Dimension dimension, string key)
    {
        if (key == DimensionGroup.Unknown)
        {
            return int.MaxValue;
        }

        for (var i = 0; i < dimension.Groups.Count; i++)
        {
            if (dimension.Groups[i].Key == key)
            {
                return i;
            }
        }

        return int.MaxValue - 1;
    }
}
