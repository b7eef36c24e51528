namespace ChildrensSocialCare.Indicators;

// One group's explanation: the explaining sink, given only the units of that group (and the exclusions whose unit
// would have been in it), so that a group's records are listed by the same kernel run that counted them.
internal struct GroupExplainingSink(ExplainingSink inner, Dimension dimension, BreakdownScope scope, string group) : IUnitSink
{
    private ExplainingSink _inner = inner;

    public static bool InTableOrder => true;

    public readonly long Numerator => _inner.Numerator;

    public readonly long Denominator => _inner.Denominator;

    public void Count(int row)
    {
        if (In(row))
        {
            _inner.Count(row);
        }
    }

    public void Member(int row, bool inNumerator)
    {
        if (In(row))
        {
            _inner.Member(row, inNumerator);
        }
    }

    public readonly void Exclude(int row, string exclusionCode)
    {
        if (In(row))
        {
            _inner.Exclude(row, exclusionCode);
        }
    }

    public readonly Explanation Build(IndicatorDefinition indicator, ReportingPeriod period) => _inner.Build(indicator, period);

    private readonly bool In(int row) => string.Equals(dimension.GroupOf(scope, row), group, StringComparison.Ordinal);
}
