namespace ChildrensSocialCare.Indicators;

// A breakdown's sink: it counts as the scorecard does (the whole result) and puts each unit in its group of one
// dimension, through the indicator's UnitSource (see IUnitSink), keeping each group's numerator and denominator and,
// for a mean, the total and the sum of squares of its units' values. No kernel knows it exists.
internal struct BreakdownSink(GroupCounts groups) : IUnitSink
{
    private CountingSink _counts;

    public static bool InTableOrder => false;

    public readonly long Numerator => _counts.Numerator;

    public readonly long Denominator => _counts.Denominator;

    public void Count(int row)
    {
        _counts.Count(row);
        groups.Count(row);
    }

    public void Member(int row, bool inNumerator)
    {
        _counts.Member(row, inNumerator);
        groups.Member(row, inNumerator);
    }

    public readonly void Exclude(int row, string exclusionCode)
    {
    }
}
