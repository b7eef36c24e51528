namespace ChildrensSocialCare.Indicators;

// What an indicator's computation returns: exact numerator and denominator (for a rate, the count and 0: the
// population is added by the engine), optional extra figures, or why it could not be computed.
internal readonly record struct Tally(decimal Numerator, decimal Denominator)
{
    public IReadOnlyList<ResultDetail>? Details { get; init; }

    public string? NotAvailable { get; init; }

    // The sum of the squared values behind a mean (Σx², with Numerator = Σx and Denominator = n), for its interval's
    // sample standard deviation; null for every other unit.
    public long? SumOfSquares { get; init; }

    public static Tally Unavailable(string reason) => new(0, 0) { NotAvailable = reason };
}
