namespace ChildrensSocialCare.Indicators;

// The counts of each group of one breakdown, by group key in the order the groups were first met: numerator,
// denominator, and for a mean the total and the sum of squares of the members' values (UnitSource.Value).
internal sealed class GroupCounts(Dimension dimension, BreakdownScope scope, UnitSource units)
{
    // The built-in dimensions return the same string instances (literals and cached codes) unit after unit, so a slot
    // is first looked for by reference among the keys met so far (a few, scanned without hashing), then by value.
    private const int ByReference = 32;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly string?[] _seen = new string?[ByReference];
    private readonly int[] _seenSlot = new int[ByReference];
    private int _seenCount;
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
        for (var i = 0; i < _seenCount; i++)
        {
            if (ReferenceEquals(_seen[i], key))
            {
                return _seenSlot[i];
            }
        }

        if (_index.TryGetValue(key, out var g))
        {
            Remember(key, g);
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

        Remember(key, g);
        return g;
    }

    // A caller's own dimension may make a new string for every unit: only the first few instances are kept.
    private void Remember(string key, int slot)
    {
        if (_seenCount < ByReference)
        {
            _seen[_seenCount] = key;
            _seenSlot[_seenCount++] = slot;
        }
    }
}
