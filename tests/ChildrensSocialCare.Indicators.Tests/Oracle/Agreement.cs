using System.Globalization;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Oracle;

/// <summary>Compares the engine's results with the reference implementation's and describes every difference.</summary>
internal static class Agreement
{
    /// <summary>The differences between the engine on <paramref name="data"/> and the reference on
    /// <paramref name="records"/>, for every indicator of the catalogue.</summary>
    public static IEnumerable<string> Differences(DataSet data, RecordSet records, ReportingPeriod period, EvaluationOptions options, IEnumerable<string>? ids = null)
    {
        foreach (var id in ids ?? ReferenceIndicators.Ids)
        {
            var engine = data.Evaluate(id, period, options);
            var oracle = ReferenceIndicators.Evaluate(id, records, period, options);
            foreach (var difference in Differences(engine, oracle))
            {
                yield return $"{id} {period}: {difference}";
            }
        }
    }

    public static IEnumerable<string> Differences(IndicatorResult engine, OracleResult oracle)
    {
        if (engine.IsAvailable != oracle.IsAvailable)
        {
            yield return $"available: engine {engine.IsAvailable} ({engine.NotAvailableReason}), reference {oracle.IsAvailable} ({oracle.NotAvailable})";
            yield break;
        }

        if (!oracle.IsAvailable)
        {
            yield break;
        }

        if (!Close(engine.Numerator, oracle.Numerator) || !Close(engine.Denominator, oracle.Denominator) || !Close(engine.Value, oracle.Value))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"engine {engine.Numerator}/{engine.Denominator} = {engine.Value?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}, reference {oracle.Numerator}/{oracle.Denominator} = {oracle.Value?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}");
        }

        foreach (var (key, expected) in oracle.Details ?? new Dictionary<string, decimal?>())
        {
            var share = key.EndsWith('%');
            var detail = engine.Details.FirstOrDefault(d => d.Key == key.TrimEnd('%'));
            if (detail is null)
            {
                yield return $"detail {key}: missing from the engine's result";
                continue;
            }

            var actual = share ? detail.Value : key == "median" ? detail.Value : detail.Numerator;
            if (!Close(actual, expected))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"detail {key}: engine {actual}, reference {expected}");
            }
        }
    }

    // Exact for counts; decimal division may differ in the last of its 28 digits.
    public static bool Close(decimal? a, decimal? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-18m * Math.Max(1m, Math.Abs(b.Value));
}
