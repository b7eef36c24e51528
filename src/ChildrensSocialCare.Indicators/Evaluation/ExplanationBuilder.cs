namespace ChildrensSocialCare.Indicators;

internal sealed class ExplanationBuilder
{
    private readonly List<ExplanationEntry> _numerator = [];
    private readonly List<ExplanationEntry> _denominator = [];
    private readonly List<Exclusion> _excluded = [];

    public void Numerator(ExplanationEntry entry) => _numerator.Add(entry);

    public void Denominator(ExplanationEntry entry) => _denominator.Add(entry);

    // A member of the denominator, and of the numerator too when inNumerator.
    public void Member(ExplanationEntry entry, bool inNumerator)
    {
        _denominator.Add(entry);
        if (inNumerator)
        {
            _numerator.Add(entry);
        }
    }

    public void Exclude(ExplanationEntry entry, string rule) => _excluded.Add(new Exclusion(entry, rule));

    public Explanation Build(IndicatorDefinition indicator, ReportingPeriod period) =>
        new(indicator, period, _numerator, _denominator, _excluded);
}
