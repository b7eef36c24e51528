using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

// The statistical neighbours' average of spec section 6: the unweighted mean of the neighbours' published values that
// are present, or (option Pooled) their summed numerators over their summed denominators. Of the scored year only;
// every neighbour left out is named with the reason.
internal static class NeighbourAverages
{
    public static Benchmark Of(PublishedStatistics published, string indicatorId, ReportingYear year, string authority, IEnumerable<string>? named)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        ArgumentNullException.ThrowIfNull(authority);
        var pooled = published.Options.NeighbourAverage == NeighbourAverage.Pooled;
        var benchmark = new Benchmark(indicatorId, ComparatorKind.StatisticalNeighbours, "Statistical neighbours", year);
        var key = published.Key(authority);
        var codes = named?.ToList() ?? [.. published.Neighbours?.Of(key) is { Count: > 0 } listed ? listed : published.Neighbours?.Of(authority.Trim()) ?? []];
        if (codes.Count == 0)
        {
            return benchmark with
            {
                Notes = [published.Neighbours is null
                    ? "No statistical neighbours: none were named and no groupings file was read."
                    : $"The groupings ({published.Neighbours.Source}) give {authority.Trim()} no statistical neighbours."],
            };
        }

        if (published.Unavailable(indicatorId) is { } why)
        {
            return benchmark with { Notes = [why], Of = codes.Count, Used = 0 };
        }

        var used = new List<PublishedFigure>();
        var left = new List<string>();
        foreach (var code in codes)
        {
            var figure = published.Figure(indicatorId, year, code);
            if (figure is null)
            {
                left.Add(published.JointReturn(indicatorId, year, code) is { } joint
                    ? $"{code} (in the joint return {joint.Area.Code})"
                    : $"{code} (no {year} figure)");
            }
            else if (figure.Value.Number is null)
            {
                left.Add($"{code} ({figure.Value.Text})");
            }
            else if (pooled && (figure.Numerator is null || figure.Denominator is not > 0))
            {
                left.Add($"{code} (no published counts)");
            }
            else
            {
                used.Add(figure);
            }
        }

        var notes = new List<string>();
        if (left.Count > 0)
        {
            notes.Add("Left out: " + string.Join(", ", left) + ".");
        }

        var method = pooled ? "pooled" : "mean";
        benchmark = benchmark with
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"Statistical neighbours ({method} of {used.Count} of {codes.Count})"),
            Used = used.Count,
            Of = codes.Count,
            Figures = used,
            FigureYear = used.Count > 0 ? year : null,
            Computed = used.Any(f => f.Computed) || pooled,
        };
        if (used.Count == 0)
        {
            notes.Add($"None of the {codes.Count} neighbours has a {year} value to average.");
            return benchmark with { Notes = notes };
        }

        var value = pooled
            ? used.Sum(f => f.Numerator!.Value) / used.Sum(f => f.Denominator!.Value) * Scale(indicatorId)
            : used.Average(f => f.Value.Number!.Value);
        var source = string.Create(CultureInfo.InvariantCulture,
            $"{(pooled ? "summed numerators over summed denominators" : used.Any(f => f.Computed) ? "unweighted mean of the values computed from published counts" : "unweighted mean of the published values")} of {used.Count} of {codes.Count} statistical neighbours ({string.Join(", ", used.Select(f => f.Area.Code))}; {(named is null ? published.Neighbours?.Source : "named by the caller")}), from DfE {used[0].Source} (release {used[0].Release})");
        return benchmark with
        {
            Value = PublishedValue.Of(value),
            Notes = notes,
            // One column for every indicator: the comparator is named "Statistical neighbours" whatever the number
            // used (which its source and the benchmark's name give).
            Comparator = new Comparator(indicatorId, "Statistical neighbours", ComparatorKind.StatisticalNeighbours, value, source, year.ToString()),
        };
    }

    private static decimal Scale(string indicatorId) => Catalogue.Get(indicatorId).Unit switch
    {
        Unit.RatePer10000 => 10_000m,
        Unit.Percentage => 100m,
        _ => 1m,
    };
}
