namespace ChildrensSocialCare.Indicators;

// The counts of each group of one breakdown, by group key in the order the groups were first met: numerator,
// denominator, and for a mean the total and the sum of squares of the members' values (UnitSource.Value).
internal sealed class GroupCounts(Dimension dimension, BreakdownScope scope, UnitSource units)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly bool _values = units.HasValue;
    private long[] _numerator = new long[8];
    private long[] _denominator = new long[8];
    private long[] _sum = new long[8];
    private long[] _squares = new long[8];

    public List<string> Keys { get; } = [];

    public long Numerator(int g) => _numerator[g];

    public long Denominator(int g) => _denominator[g];

    public long Sum(int g) => _sum[g];

    public long SumOfSquares(int g) => _squares[g];

    public void Count(int row) => _numerator[Slot(row)]++;

    public void Member(int row, bool inNumerator)
    {
        var g = Slot(row);
        _denominator[g]++;
        if (inNumerator)
        {
            _numerator[g]++;
        }

        if (_values)
        {
            var v = units.Value(row);
            _sum[g] += v;
            _squares[g] += v * v;
        }
    }

    private int Slot(int row)
    {
        var key = dimension.GroupOf(scope, row);
        if (_index.TryGetValue(key, out var g))
        {
            return g;
        }

        g = Keys.Count;
        _index.Add(key, g);
        Keys.Add(key);
        if (g == _numerator.Length)
        {
            Array.Resize(ref _numerator, g * 2);
            Array.Resize(ref _denominator, g * 2);
            Array.Resize(ref _sum, g * 2);
            Array.Resize(ref _squares, g * 2);
        }

        return g;
    }
}
