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

/// <summary>The kind of a <see cref="Comparator"/>.</summary>
public enum ComparatorKind
{
    /// <summary>The England figure.</summary>
    England,

    /// <summary>The region's figure.</summary>
    Region,

    /// <summary>The mean of the statistical neighbours.</summary>
    StatisticalNeighbours,

    /// <summary>Any other benchmark (a target, last year).</summary>
    Other,
}

/// <summary>A result set beside a comparator: the difference and whether it is better or worse.</summary>
/// <param name="Comparator">The comparator.</param>
/// <param name="Difference">Result minus comparator, unrounded; <c>null</c> when the result has no value.</param>
/// <param name="Judgement">Better, worse or the same by the indicator's polarity, compared at its presentation precision.</param>
public sealed record Comparison(Comparator Comparator, decimal? Difference, Judgement Judgement)
{
    internal static Comparison Of(IndicatorResult result, Comparator comparator)
    {
        if (result.Value is not { } value)
        {
            return new Comparison(comparator, null, Judgement.NotJudged);
        }

        var decimals = result.DisplayDecimals;
        var ours = Rounding.HalfAwayFromZero(value, decimals);
        var theirs = Rounding.HalfAwayFromZero(comparator.Value, decimals);
        return new Comparison(comparator, value - comparator.Value, Judge(result.Indicator.Polarity, ours, theirs));
    }

    // Better, worse or the same by polarity, of two figures already rounded to the presentation precision.
    /// <summary>Judges one figure against another by an indicator's polarity: the rule behind <see cref="Judgement"/>,
    /// for a comparison made elsewhere (a report's column of last year's figures).</summary>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <param name="ours">Our figure, at the precision it is compared at (the presentation precision).</param>
    /// <param name="theirs">The figure compared with, at the same precision.</param>
    /// <returns><see cref="Judgement.NotJudged"/> for a context indicator; otherwise <see cref="Judgement.Same"/>,
    /// <see cref="Judgement.Better"/> or <see cref="Judgement.Worse"/>.</returns>
    public static Judgement Judge(Polarity polarity, decimal ours, decimal theirs) => polarity switch
    {
        Polarity.Context => Judgement.NotJudged,
        _ when ours == theirs => Judgement.Same,
        Polarity.HigherIsBetter => ours > theirs ? Judgement.Better : Judgement.Worse,
        _ => ours < theirs ? Judgement.Better : Judgement.Worse,
    };
}

/// <summary>How a result compares with a comparator, by the indicator's polarity.</summary>
public enum Judgement
{
    /// <summary>No judgement: a context indicator, or no value to compare.</summary>
    NotJudged,

    /// <summary>Better than the comparator.</summary>
    Better,

    /// <summary>The same at the presentation precision.</summary>
    Same,

    /// <summary>Worse than the comparator.</summary>
    Worse,
}
