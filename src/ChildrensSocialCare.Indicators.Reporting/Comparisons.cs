namespace ChildrensSocialCare.Indicators.Reporting;

// A comparator column of a scorecard table: one comparator by name (with its year when every figure in the column
// has the same year; otherwise each cell names its year), or the previous period.
internal sealed record ComparatorColumn(string Name, string Year, bool IsPrevious)
{
    public string Heading => Year.Length == 0 ? Name : Name + " " + Year;
}

// One result beside one comparator, as shown: the comparator's figure, the difference and the judgement. The
// difference and judgement are left out when the result has no figure to compare (not applicable, not available,
// or suppressed by disclosure control).
// Significant: whether the result's interval lies wholly on one side of the comparator (spec section 6), so that a
// better or worse may be coloured; Year: the comparator's year, shown with its source on the figure.
internal readonly record struct ComparisonCell(string Value, string Difference, Judgement Judgement, string? Source)
{
    public bool Significant { get; init; }

    public string Year { get; init; } = "";

    // "rank 49 of 151, quartile 2" when the comparator ranks the result among every authority; "" otherwise.
    public string Rank { get; init; } = "";
}

internal static class Comparisons
{
    public static IReadOnlyList<ComparatorColumn> Columns(IEnumerable<IndicatorResult> results, Scorecard? previous)
    {
        var columns = new List<ComparatorColumn>();
        if (previous is not null)
        {
            columns.Add(new ComparatorColumn("Previous", PeriodLabels.Short(previous.Period, MeasureKind.Flow), IsPrevious: true));
        }

        foreach (var byName in results.SelectMany(r => r.Comparisons).GroupBy(c => c.Comparator.Name, StringComparer.Ordinal))
        {
            var years = byName.Select(c => c.Comparator.Year).Distinct(StringComparer.Ordinal).ToList();
            columns.Add(new ComparatorColumn(byName.Key, years.Count == 1 ? years[0] : "", IsPrevious: false));
        }

        return columns;
    }

    public static ComparisonCell? Cell(IndicatorResult r, ComparatorColumn column, Scorecard? previous, DisclosureControl? disclosure)
    {
        var decimals = r.Indicator.Decimals;
        var ours = Shown(r, disclosure);
        if (column.IsPrevious)
        {
            if (previous?.Find(r.Id) is not { } before)
            {
                return null;
            }

            var shown = Figures.Value(before, disclosure);
            var theirs = Shown(before, disclosure);
            return ours is { } o && theirs is { } t
                ? new ComparisonCell(shown, Figures.Difference(o, t, decimals), JudgeAgainstPrevious(r, o, t), null)
                {
                    Significant = r.Interval is { } resultInterval && resultInterval.Against(t) != Significance.Similar,
                }
                : new ComparisonCell(shown, "", JsonReport.Unjudged(r), null);
        }

        var comparison = r.Comparisons.FirstOrDefault(c =>
            string.Equals(c.Comparator.Name, column.Name, StringComparison.Ordinal) &&
            (column.Year.Length == 0 || string.Equals(c.Comparator.Year, column.Year, StringComparison.Ordinal)));
        if (comparison is null)
        {
            return null;
        }

        // A column of figures of different years names each figure's year.
        var value = Figures.Group(Rounding.Format(comparison.Comparator.Value, decimals)) +
            (column.Year.Length == 0 && comparison.Comparator.Year.Length > 0 ? $" [{comparison.Comparator.Year}]" : "");
        var source = comparison.Comparator.Source.Length == 0 ? null : comparison.Comparator.Source;
        var year = comparison.Comparator.Year;
        return ours is { } figure
            ? new ComparisonCell(value, Figures.Difference(figure, comparison.Comparator.Value, decimals), comparison.Judgement, source)
            {
                Significant = r.Interval is { } interval && interval.Against(comparison.Comparator.Value) != Significance.Similar,
                Year = year,
                Rank = comparison.Comparator is { Rank: { } rank, Of: { } of }
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rank {rank} of {of}{(comparison.Comparator.Quartile is { } q ? $", quartile {q}" : "")}")
                    : "",
            }
            : new ComparisonCell(value, "", JsonReport.Unjudged(r), source) { Year = year };
    }

    // The previous period is one more benchmark: judged by the result's rule, on its interval by default.
    private static Judgement JudgeAgainstPrevious(IndicatorResult r, decimal ours, decimal theirs) =>
        r.JudgementRule == JudgementRule.Difference
            ? Comparison.Judge(r.Indicator.Polarity, ours, theirs)
            : Comparison.Judge(r.Indicator.Polarity, r.Interval is { } interval ? interval.Against(theirs) : Significance.NotCompared);

    // The result's figure as shown, as a number; null when what is shown is not a number.
    private static decimal? Shown(IndicatorResult r, DisclosureControl? disclosure) =>
        disclosure is null
            ? r.Value is { } v ? Rounding.HalfAwayFromZero(v, r.Indicator.Decimals) : null
            : Figures.Parse(Figures.Value(r, disclosure));
}
