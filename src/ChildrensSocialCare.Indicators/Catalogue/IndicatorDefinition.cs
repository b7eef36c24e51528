namespace ChildrensSocialCare.Indicators;

/// <summary>
/// An indicator of the catalogue: its stable id, what it measures in plain words, how it is presented and judged,
/// where its definition comes from, the decisions and options that apply, the breakdown dimensions that apply and the
/// date a breakdown takes a unit's group at. Obtain definitions from <see cref="Catalogue"/>; they cannot be
/// constructed outside the library (each is written, every part named, in its own file under <c>Indicators/</c>).
/// </summary>
public sealed class IndicatorDefinition
{
    internal IndicatorDefinition()
    {
    }

    /// <summary>The stable id, part of the public contract (JSON output, notebooks, CI checks): never changes.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>The title, as a scrutiny panel would read it.</summary>
    public string Title { get; internal init; } = "";

    /// <summary>The area of work.</summary>
    public IndicatorFamily Family { get; internal init; }

    /// <summary>The unit of the value.</summary>
    public Unit Unit { get; internal init; }

    /// <summary>The number of decimal places the value is presented with (DfE's published precision).</summary>
    public int Decimals { get; internal init; }

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; internal init; }

    /// <summary>Whether the indicator counts events in the period or what is open at its end.</summary>
    public MeasureKind Kind { get; internal init; }

    /// <summary>The numerator, in plain words.</summary>
    public string Numerator { get; internal init; } = "";

    /// <summary>The denominator, in plain words.</summary>
    public string Denominator { get; internal init; } = "";

    /// <summary>Legacy identifiers: National Indicator numbers, DfE table ids, the seed report's section.</summary>
    public IReadOnlyList<string> LegacyIds { get; internal init; } = [];

    /// <summary>Where the definition comes from.</summary>
    public string Source { get; internal init; } = "";

    /// <summary>The decisions taken where DfE is ambiguous, as the specification states them.</summary>
    public IReadOnlyList<string> Decisions { get; internal init; } = [];

    /// <summary>The names of the <see cref="EvaluationOptions"/> properties that change this indicator.</summary>
    public IReadOnlyList<string> Options { get; internal init; } = [];

    /// <summary>The ids of the breakdown dimensions that apply (constants of <see cref="DimensionIds"/>, in the
    /// specification's order, section 5); empty when the unit has no child.</summary>
    public IReadOnlyList<string> Dimensions { get; internal init; } = [];

    /// <summary>The date at which a breakdown takes each unit's group (and age): the period end, or the event date
    /// that puts the unit in the period (specification sections 5 and 8.1).</summary>
    public ReferenceDate ReferenceDate { get; internal init; } = ReferenceDate.PeriodEnd;

    /// <summary>The codes of the rules that can leave a record out of this indicator (constants of
    /// <see cref="ExclusionCodes"/>), as <see cref="Exclusion.Code"/> reports them.</summary>
    public IReadOnlyList<string> Exclusions { get; internal init; } = [];

    /// <summary>Whether a part-year value can be annualised (rates of flows).</summary>
    public bool IsAnnualisable { get; internal init; }

    /// <summary>Whether the indicator can be evaluated from Ofsted Annex A lists (<c>AnnexADataSet</c>, specification
    /// 9.2 and 9.3): the lists hold its inputs. From Annex A, every other indicator is not available, with the
    /// reason.</summary>
    public bool FromAnnexA { get; internal init; }

    /// <summary>Whether the indicator needs the population aged 0-17 (<see cref="EvaluationOptions.Population"/>).</summary>
    public bool RequiresPopulation => Unit == Unit.RatePer10000;

    // The place in the specification's table (INDICATORS.md section 2): Catalogue.All is in this order. Numbered in
    // tens (10, 20, ...) so that an indicator the specification places between two others takes a number between
    // theirs, and no other file changes.
    internal int Sequence { get; init; }

    // From Annex A, the months of the lists' window this indicator reads (0: 12 for the adoption measures of List 10,
    // else 6): List 8's "Number of Placements in the Last 12 months" makes a 12-month window.
    internal int AnnexAWindowMonths { get; init; }

    // The computation: the definition file itself, bound by the catalogue.
    internal IndicatorComputation Computation { get; set; } = null!;

    /// <inheritdoc />
    public override string ToString() => Id;
}
