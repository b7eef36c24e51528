using System.Diagnostics;
using System.Globalization;
using ChildrensSocialCare.Indicators.Benchmarks.Infrastructure;
using ChildrensSocialCare.Indicators.Benchmarks.Peer;

namespace ChildrensSocialCare.Indicators.Benchmarks.Check;

/// <summary>
/// <c>--check</c>: asserts that the peer engine (DuckDB, both with its derived tables and with everything derived
/// inside the queries) gives the engine's numbers for every indicator, over several periods of a 10,000-child
/// synthetic authority, so the benchmark compares like with like. Exit code 0 when every number agrees, 1 otherwise.
/// </summary>
internal static class PeerCheck
{
    // Whole years (the benchmarked one and its neighbours), a year to date, a month and a 12-month window that
    // crosses a year end: flows, snapshots and look-backs at different boundaries.
    private static readonly ReportingPeriod[] s_periods =
    [
        ReportingPeriod.Year(2013),
        ReportingPeriod.Year(2014),
        ReportingPeriod.Year(2015),
        ReportingPeriod.YearToDate(new DateOnly(2014, 9, 30)),
        ReportingPeriod.Month(2015, 2),
        ReportingPeriod.TwelveMonthsEnding(new DateOnly(2014, 12, 31)),
    ];

    public static int Run(int children, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var workload = Workload.Create(children);
        using var peer = DuckDbPeer.Load(workload.Authority.Records, workload.EvaluationOptions.Calendar);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Check: {children:N0} children, {workload.Authority.Records.Count:N0} records, population {workload.Population:N0}; loaded in {clock.Elapsed.TotalSeconds:F1} s."));

        // The benchmarked year, for the log: the numbers both sides agree on.
        var year = workload.Data.Scorecard(Workload.Period, workload.EvaluationOptions);
        output.WriteLine($"{Workload.Period}:");
        foreach (var result in year)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.Id,-38} {result.Numerator,12:0.###} / {result.Denominator,-12:0.###} = {result.Display}"));
        }

        var compared = 0;
        var differences = new List<string>();
        foreach (var period in s_periods)
        {
            var scorecard = workload.Data.Scorecard(period, workload.EvaluationOptions);
            foreach (var inline in new[] { false, true })
            {
                foreach (var id in DuckDbPeer.Ids)
                {
                    var engine = scorecard[id];
                    var theirs = peer.Evaluate(id, period, workload.Population, inline);
                    compared++;
                    foreach (var difference in Differences(engine, theirs))
                    {
                        differences.Add($"{id} {period} ({(inline ? "inline views" : "derived tables")}): {difference}");
                    }
                }
            }
        }

        // Ids the peer has no query for yet (PeerQueries.NotYetWritten, each with its reason) are named, not compared.
        var missing = Catalogue.All.Select(d => d.Id).Except(DuckDbPeer.Ids).Except(PeerQueries.NotYetWritten.Keys).ToList();
        var skipped = Catalogue.All.Select(d => d.Id).Where(PeerQueries.NotYetWritten.ContainsKey).ToList();
        foreach (var line in differences)
        {
            output.WriteLine("DIFFERENT " + line);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{compared} results compared ({DuckDbPeer.Ids.Count} indicators x {s_periods.Length} periods x 2 ways), {differences.Count} difference(s); indicators without SQL: {(missing.Count == 0 ? "none" : string.Join(", ", missing))}; not compared yet: {(skipped.Count == 0 ? "none" : string.Join(", ", skipped.Select(id => $"{id} ({PeerQueries.NotYetWritten[id]})")))}. {clock.Elapsed.TotalSeconds:F1} s."));
        if (differences.Count == 0 && missing.Count == 0)
        {
            output.WriteLine(skipped.Count == 0 ? "DuckDB agrees with the engine on every indicator." : "DuckDB agrees with the engine on every indicator it has a query for.");
            return 0;
        }

        return 1;
    }

    internal static IEnumerable<string> Differences(IndicatorResult engine, PeerResult peer)
    {
        if (!engine.IsAvailable)
        {
            yield return $"the engine says not available ({engine.NotAvailableReason})";
            yield break;
        }

        if (!Close(engine.Numerator, peer.Numerator) || !Close(engine.Denominator, peer.Denominator) || !Close(engine.Value, peer.Value))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"engine {engine.Numerator}/{engine.Denominator} = {engine.Value?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}, DuckDB {peer.Numerator}/{peer.Denominator} = {peer.Value?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}");
        }

        foreach (var (key, value) in peer.Details)
        {
            var detail = engine.Details.FirstOrDefault(d => d.Key == key);
            var actual = detail is null ? null : key == "median" ? detail.Value : detail.Numerator;
            if (detail is null || !Close(actual, value))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"detail {key}: engine {actual?.ToString(CultureInfo.InvariantCulture) ?? "missing"}, DuckDB {value}");
            }
        }
    }

    // Counts must be equal; values computed in floating point by DuckDB agree to 9 significant digits.
    private static bool Close(decimal? a, decimal? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9m * Math.Max(1m, Math.Abs(b.Value));
}
