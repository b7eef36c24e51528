namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The inputs and choices an evaluation depends on beyond the records and the period. Every property has the
/// specification's default, so <see cref="Default"/> evaluates exactly as DfE and Ofsted define the indicators;
/// the population is the one input with no default.
/// </summary>
public sealed record EvaluationOptions
{
    private readonly IReadOnlyList<int> _careLeaverAges = [19, 20, 21];
    private readonly JudgementRule _judgement = JudgementRule.Interval;

    /// <summary>The defaults, with no population.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>
    /// The population aged 0-17 (an ONS mid-year estimate you choose): the denominator of every rate per 10,000.
    /// The library ships no population data. Without it every rate is reported as not available, naming this
    /// property.
    /// </summary>
    public long? Population { get; init; }

    /// <summary>Whether rates of flows in a part-year period are annualised (<c>count x 12 / months</c>). Only
    /// periods made of whole calendar months can be annualised. Off by default.</summary>
    public bool Annualise { get; init; }

    /// <summary>The working-day calendar; England and Wales 2000-2030 by default.</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>Where assessment timeliness is measured from: the assessment's start (DfE C2, the default) or the
    /// referral date of its episode (Working Together's wording).</summary>
    public MeasureFrom AssessmentsMeasureFrom { get; init; } = MeasureFrom.AssessmentStart;

    /// <summary>How placements are counted; a change of carer by default.</summary>
    public PlacementChange PlacementChange { get; init; } = PlacementChange.CarerChange;

    /// <summary>The look-back of <c>cpp-repeat-within-2y</c>, in calendar months; 24 by default.</summary>
    public int RepeatPlanLookBackMonths { get; init; } = 24;

    /// <summary>The ages (on the birthday in the period) of the care-leaver cohort; 19, 20 and 21 by default.</summary>
    public IReadOnlyList<int> CareLeaverAges { get => _careLeaverAges; init => _careLeaverAges = [.. (value ?? throw new ArgumentNullException(nameof(value))).Distinct().Order()]; }

    /// <summary>The level of every result's confidence interval (<see cref="IndicatorResult.Interval"/>) and so of every
    /// judgement made on it: 95% or 99.8%.</summary>
    /// <value>The default value is <see cref="ConfidenceLevel.Percent95"/>.</value>
    public ConfidenceLevel ConfidenceLevel { get; init; }

    /// <summary>How comparisons with comparators are judged: on the result's confidence interval (better, worse or
    /// similar, by polarity; higher, lower or similar for context indicators; not compared without an interval), or by
    /// the earlier rule that any difference at the presentation precision is better or worse.</summary>
    /// <value>The default value is <see cref="JudgementRule.Interval"/> (specification section 6).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of <see cref="JudgementRule"/>.</exception>
    public JudgementRule Judgement
    {
        get => _judgement;
        init => _judgement = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"The judgement rule is {JudgementRule.Interval} or {JudgementRule.Difference}.");
    }

    /// <summary>The same options with the population <paramref name="population"/>.</summary>
    public EvaluationOptions WithPopulation(long population) => population < 0
        ? throw new ArgumentOutOfRangeException(nameof(population), population, "A population cannot be negative.")
        : this with { Population = population };

    /// <inheritdoc />
    public bool Equals(EvaluationOptions? other) =>
        other is not null && Population == other.Population && Annualise == other.Annualise && ReferenceEquals(Calendar, other.Calendar) &&
        AssessmentsMeasureFrom == other.AssessmentsMeasureFrom && PlacementChange == other.PlacementChange &&
        RepeatPlanLookBackMonths == other.RepeatPlanLookBackMonths && CareLeaverAges.SequenceEqual(other.CareLeaverAges) &&
        ConfidenceLevel == other.ConfidenceLevel && Judgement == other.Judgement;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(Population, Annualise, Calendar, AssessmentsMeasureFrom, PlacementChange, RepeatPlanLookBackMonths, CareLeaverAges.Count),
            ConfidenceLevel, Judgement);
}
