namespace ChildrensSocialCare.Indicators.Synthetic;

// A discrete distribution over 0..n-1 given by weights, drawn with one random number by comparing it with cumulative
// integer thresholds.
internal sealed class Choice
{
    private readonly ulong[] _cumulative;

    public Choice(params double[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfZero(weights.Length);
        double total = 0;
        foreach (var w in weights)
        {
            if (w < 0 || double.IsNaN(w))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), w, "Weights must be zero or more.");
            }

            total += w;
        }

        if (total <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weights), total, "At least one weight must be positive.");
        }

        Weights = weights;
        _cumulative = new ulong[weights.Length];
        double running = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            _cumulative[i] = weights[i] == 0 ? (i == 0 ? 0 : _cumulative[i - 1]) : Odds.Of(running / total).Threshold;
        }

        // The last category with a positive weight takes everything left.
        for (var i = weights.Length - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                _cumulative[i] = ulong.MaxValue;
                break;
            }
        }
    }

    public IReadOnlyList<double> Weights { get; }

    public int Count => _cumulative.Length;

    public int Draw(ref Prng rng)
    {
        var r = rng.Next();
        var c = _cumulative;
        for (var i = 0; i < c.Length; i++)
        {
            if (r < c[i])
            {
                return i;
            }
        }

        return c.Length - 1;
    }
}

// A duration (or any integer) drawn from bands: a band is chosen by weight, then a value uniformly within it. A plain
// histogram, so that published banded distributions (DfE duration bands) can be written down directly.
internal sealed class Bands
{
    private readonly Choice _choice;
    private readonly int[] _low;
    private readonly int[] _high;

    public Bands(params (double Weight, int Low, int High)[] bands)
    {
        _choice = new Choice(Array.ConvertAll(bands, b => b.Weight));
        _low = Array.ConvertAll(bands, b => b.Low);
        _high = Array.ConvertAll(bands, b => b.High);
        for (var i = 0; i < bands.Length; i++)
        {
            if (_high[i] < _low[i])
            {
                throw new ArgumentOutOfRangeException(nameof(bands), $"Band {i} ends ({_high[i]}) before it starts ({_low[i]}).");
            }
        }
    }

    public int Draw(ref Prng rng)
    {
        var band = _choice.Draw(ref rng);
        return rng.Between(_low[band], _high[band]);
    }
}
