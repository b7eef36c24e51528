namespace ChildrensSocialCare.Indicators.Tests.Oracle;

/// <summary>
/// What the reference implementation says about one indicator: the exact numerator and denominator, the value
/// (<c>null</c> when not applicable), whether it could be evaluated at all, and any further figures (per-outcome
/// counts, the median) keyed as the engine keys its details.
/// </summary>
internal sealed record OracleResult(
    decimal Numerator,
    decimal Denominator,
    decimal? Value,
    string? NotAvailable = null,
    IReadOnlyDictionary<string, decimal?>? Details = null)
{
    public bool IsAvailable => NotAvailable is null;

    public static OracleResult Unavailable(string reason) => new(0, 0, null, reason);

    public static OracleResult Percentage(long numerator, long denominator) =>
        new(numerator, denominator, denominator == 0 ? null : numerator * 100m / denominator);
}
