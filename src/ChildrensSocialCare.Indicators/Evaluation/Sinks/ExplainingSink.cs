namespace ChildrensSocialCare.Indicators;

// Explain()'s sink: it counts as the scorecard does and turns every unit into its ExplanationEntry through the
// indicator's UnitSource, listing the numerator, the denominator and the exclusions with their rule and code.
internal struct ExplainingSink(UnitSource units) : IUnitSink
{
    private readonly List<ExplanationEntry> _numerator = [];
    private readonly List<ExplanationEntry> _denominator = [];
    private readonly List<Exclusion> _excluded = [];
    private CountingSink _counts;

    public static bool InTableOrder => true;

    public readonly long Numerator => _counts.Numerator;

    public readonly long Denominator => _counts.Denominator;

    public void Count(int row)
    {
        _counts.Count(row);
        _numerator.Add(units.Entry(row, null));
    }

    public void Member(int row, bool inNumerator)
    {
        _counts.Member(row, inNumerator);
        var entry = units.Entry(row, null);
        _denominator.Add(entry);
        if (inNumerator)
        {
            _numerator.Add(entry);
        }
    }

    public readonly void Exclude(int row, string exclusionCode) =>
        _excluded.Add(new Exclusion(units.Entry(row, exclusionCode), units.Rule(row, exclusionCode)) { Code = exclusionCode });

    public readonly Explanation Build(IndicatorDefinition indicator, ReportingPeriod period) =>
        new(indicator, period, _numerator, _denominator, _excluded);
}
