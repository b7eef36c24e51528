using System.Collections;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The results of a set of indicators (by default the whole catalogue) for one period, in catalogue order, with the
/// findings of the evaluation (for example a missing population, naming the indicators that need it).
/// </summary>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed class Scorecard : IReadOnlyList<IndicatorResult>
{
    private readonly IReadOnlyList<IndicatorResult> _results;

    internal Scorecard(ReportingPeriod period, EvaluationOptions options, IReadOnlyList<IndicatorResult> results, IReadOnlyList<Diagnostic> diagnostics)
    {
        Period = period;
        Options = options;
        _results = results;
        Diagnostics = diagnostics;
    }

    /// <summary>The period evaluated.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The options evaluated with.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>Findings about the evaluation: indicators not available and why.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <inheritdoc />
    public int Count => _results.Count;

    /// <inheritdoc />
    public IndicatorResult this[int index] => _results[index];

    /// <summary>The result of the indicator with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The scorecard has no such indicator.</exception>
    public IndicatorResult this[string id] => Find(id) ?? throw new KeyNotFoundException(
        $"The scorecard has no indicator '{id}'. It has: {string.Join(", ", _results.Select(r => r.Id))}.");

    /// <summary>The result of the indicator with id <paramref name="id"/>, or <c>null</c>.</summary>
    public IndicatorResult? Find(string id) => _results.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>This scorecard with each result set beside the comparators for its indicator.</summary>
    public Scorecard WithComparators(IEnumerable<Comparator> comparators)
    {
        ArgumentNullException.ThrowIfNull(comparators);
        var list = comparators.ToList();
        return new Scorecard(Period, Options, _results.Select(r => r.WithComparators(list)).ToList(), Diagnostics);
    }

    /// <inheritdoc />
    public IEnumerator<IndicatorResult> GetEnumerator() => _results.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
