namespace ChildrensSocialCare.Indicators;

// The scorecard's sink: it only counts. Two fields, so that a kernel's loop keeps them in registers once inlined.
internal struct CountingSink : IUnitSink
{
    private long _numerator;
    private long _denominator;

    public static bool InTableOrder => false;

    public readonly long Numerator => _numerator;

    public readonly long Denominator => _denominator;

    public void Count(int row) => _numerator++;

    public void Member(int row, bool inNumerator)
    {
        _denominator++;
        if (inNumerator)
        {
            _numerator++;
        }
    }

    public readonly void Exclude(int row, string exclusionCode)
    {
    }
}
