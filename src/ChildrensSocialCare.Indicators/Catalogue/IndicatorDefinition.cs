namespace ChildrensSocialCare.Indicators;

/// <summary>
/// An indicator of the catalogue: its stable id, what it measures in plain words, how it is presented and judged,
/// where its definition comes from, and the decisions and options that apply. Obtain definitions from
/// <see cref="Catalogue"/>; they cannot be constructed outside the library.
/// </summary>
public sealed class IndicatorDefinition
{
    internal IndicatorDefinition(
        string id,
        string title,
        IndicatorFamily family,
        Unit unit,
        int decimals,
        Polarity polarity,
        MeasureKind kind,
        string numerator,
        string denominator,
        string[] legacyIds,
        string source,
        string[] decisions,
        string[] options,
        IndicatorEvaluator evaluate,
        bool annualisable = false)
    {
        Id = id;
        Title = title;
        Family = family;
        Unit = unit;
        Decimals = decimals;
        Polarity = polarity;
        Kind = kind;
        Numerator = numerator;
        Denominator = denominator;
        LegacyIds = legacyIds;
        Source = source;
        Decisions = decisions;
        Options = options;
        Evaluator = evaluate;
        IsAnnualisable = annualisable;
    }

    /// <summary>The stable id, part of the public contract (JSON output, notebooks, CI checks): never changes.</summary>
    public string Id { get; }

    /// <summary>The title, as a scrutiny panel would read it.</summary>
    public string Title { get; }

    /// <summary>The area of work.</summary>
    public IndicatorFamily Family { get; }

    /// <summary>The unit of the value.</summary>
    public Unit Unit { get; }

    /// <summary>The number of decimal places the value is presented with (DfE's published precision).</summary>
    public int Decimals { get; }

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>Whether the indicator counts events in the period or what is open at its end.</summary>
    public MeasureKind Kind { get; }

    /// <summary>The numerator, in plain words.</summary>
    public string Numerator { get; }

    /// <summary>The denominator, in plain words.</summary>
    public string Denominator { get; }

    /// <summary>Legacy identifiers: National Indicator numbers, DfE table ids, the seed report's section.</summary>
    public IReadOnlyList<string> LegacyIds { get; }

    /// <summary>Where the definition comes from.</summary>
    public string Source { get; }

    /// <summary>The decisions taken where DfE is ambiguous, as the specification states them.</summary>
    public IReadOnlyList<string> Decisions { get; }

    /// <summary>The names of the <see cref="EvaluationOptions"/> properties that change this indicator.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>Whether a part-year value can be annualised (rates of flows).</summary>
    public bool IsAnnualisable { get; }

    /// <summary>Whether the indicator needs the population aged 0-17 (<see cref="EvaluationOptions.Population"/>).</summary>
    public bool RequiresPopulation => Unit == Unit.RatePer10000;

    internal IndicatorEvaluator Evaluator { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}

// One indicator's computation: counts in plain mode (explain is null), and the same loop lists the records when
// asked, so the numbers and their explanation can never disagree.
internal delegate Tally IndicatorEvaluator(EvaluationContext context, ExplanationBuilder? explain);
