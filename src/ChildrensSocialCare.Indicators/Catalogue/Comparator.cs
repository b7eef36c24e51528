using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A published figure to compare a result with: England, the region, statistical neighbours, or any other
/// benchmark, with its source and year.
/// </summary>
/// <param name="IndicatorId">The indicator it is a value of.</param>
/// <param name="Name">Who it describes ("England", "West Midlands", "Statistical neighbours").</param>
/// <param name="Kind">What kind of comparator it is.</param>
/// <param name="Value">The published value, in the indicator's unit.</param>
/// <param name="Source">Where it was published (table and release).</param>
/// <param name="Year">The year it describes ("2013-14").</param>
public sealed record Comparator(string IndicatorId, string Name, ComparatorKind Kind, decimal Value, string Source, string Year)
{
    /// <summary>Where the compared result stands among every authority whose figure the comparator summarises (spec
    /// section 6): 1 for the best by the indicator's polarity (for a context indicator, the highest), equal values
    /// sharing the lower number; <c>null</c> when not known. Set by whoever has every authority's figure, as
    /// <c>PublishedStatistics.Comparators(Scorecard, ...)</c> of the Formats package does on the England comparator.</summary>
    public int? Rank { get; init; }

    /// <summary>How many authorities' figures <see cref="Rank"/> is among, the compared result's included; <c>null</c>
    /// when not known.</summary>
    public int? Of { get; init; }

    /// <summary>The quartile band of the compared result among them: 1 the best quarter (for a context indicator, the
    /// highest) to 4; <c>null</c> when not known.</summary>
    public int? Quartile { get; init; }

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>
    /// Reads comparators from JSON: an array of objects with <c>indicatorId</c>, <c>name</c>, <c>kind</c>
    /// (<c>england</c>, <c>region</c>, <c>statistical-neighbours</c>, <c>other</c>), <c>value</c>, <c>source</c> and
    /// <c>year</c>.
    /// </summary>
    /// <exception cref="FormatException">The JSON is malformed, a comparator lacks a field or has a value of the wrong
    /// kind, or names an indicator that is not in the <see cref="Catalogue"/>.</exception>
    public static IReadOnlyList<Comparator> ReadJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        List<ComparatorJson>? items;
        try
        {
            items = JsonSerializer.Deserialize<List<ComparatorJson>>(json, s_json);
        }
        catch (JsonException e)
        {
            // The serializer's message names .NET types; say where, in the JSON's terms.
            var where = e.Path is { Length: > 1 } path ? $" at {path}" : "";
            var line = e.LineNumber is { } n ? $" (line {n + 1})" : "";
            throw new FormatException(
                $"Comparators: expected an array of objects with indicatorId, name, kind (england, region, statistical-neighbours, other), value (a number), source and year; the JSON is not of that shape{where}{line}.", e);
        }

        var result = new List<Comparator>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var c = items![i];
            if (c is null || string.IsNullOrWhiteSpace(c.IndicatorId) || string.IsNullOrWhiteSpace(c.Name) || c.Value is null)
            {
                throw new FormatException($"Comparator {i + 1}: indicatorId, name and value are required.");
            }

            if (Catalogue.Find(c.IndicatorId) is null)
            {
                throw new FormatException($"Comparator {i + 1}: '{c.IndicatorId}' is not an indicator id of the catalogue.");
            }

            result.Add(new Comparator(c.IndicatorId.Trim(), c.Name.Trim(), c.Kind ?? ComparatorKind.Other, c.Value.Value,
                c.Source ?? "", c.Year ?? ""));
        }

        return result;
    }

    private sealed class ComparatorJson
    {
        public string? IndicatorId { get; set; }

        public string? Name { get; set; }

        public ComparatorKind? Kind { get; set; }

        public decimal? Value { get; set; }

        public string? Source { get; set; }

        public string? Year { get; set; }
    }
}
