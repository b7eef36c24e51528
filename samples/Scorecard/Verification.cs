using System.Globalization;
using System.Text.Json;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// verify: recompute each expected indicator and compare at its published precision.
// Publication: the figures were written under disclosure control (the JSON output of --publication), so the
// recomputed figures are compared under it too.
internal sealed record ExpectedFigures(ReportingPeriod? Period, long? Population, IReadOnlyList<ExpectedFigure> Figures, bool Publication = false)
{
    public static (ExpectedFigures? Expected, string? Error) Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read {path}: {e.Message}");
        }

        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("indicators", out var indicators) || indicators.ValueKind != JsonValueKind.Array)
            {
                return (null, $"{path}: expected an object with an \"indicators\" array");
            }

            ReportingPeriod? period = null;
            if (root.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.Object &&
                p.TryGetProperty("start", out var s) && p.TryGetProperty("end", out var e) &&
                DateOnly.TryParseExact(s.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) &&
                DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end) &&
                end >= start)
            {
                period = new ReportingPeriod(start, end);
            }

            long? population = root.TryGetProperty("population", out var pop) && pop.ValueKind == JsonValueKind.Number && pop.TryGetInt64(out var n) ? n : null;

            var figures = new List<ExpectedFigure>();
            var index = 0;
            foreach (var item in indicators.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
                {
                    return (null, $"{path}: indicator {index} has no \"id\"");
                }

                var id = idElement.GetString()!;
                var definition = Catalogue.Find(id);
                if (definition is null)
                {
                    return (null, $"{path}: indicator {index} has an unknown id '{id}'");
                }

                string? display = null;
                if (item.TryGetProperty("display", out var d) && d.ValueKind == JsonValueKind.String)
                {
                    display = d.GetString();
                }
                else if (item.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number)
                {
                    display = Rounding.Format(v.GetDecimal(), definition.Decimals);
                }

                if (display is null)
                {
                    return (null, $"{path}: indicator '{id}' has neither \"display\" nor \"value\"");
                }

                figures.Add(new ExpectedFigure(definition, display));
            }

            var publication = root.TryGetProperty("publication", out var pub) && pub.ValueKind == JsonValueKind.True;
            return (new ExpectedFigures(period, population, figures, publication), null);
        }
        catch (JsonException e)
        {
            return (null, $"{path}: not valid JSON ({e.Message})");
        }
    }

    // Rows for every expected figure that differs: (id, expected, actual, numerator / denominator). Under disclosure
    // control the actual figures are the published ones (c for a count of 1 to 5), and a suppressed one's numerator
    // and denominator are not shown either.
    public IReadOnlyList<Difference> Compare(Scorecard card, DisclosureControl? disclosure)
    {
        var differences = new List<Difference>();
        foreach (var figure in Figures)
        {
            var result = card.Find(figure.Indicator.Id);
            var actual = result is null || !result.IsAvailable ? "n/a" : disclosure is null ? result.Display : result.Present(disclosure);
            if (!string.Equals(Normalise(actual), Normalise(figure.Display), StringComparison.Ordinal))
            {
                differences.Add(new Difference(figure.Indicator.Id, figure.Display, actual,
                    result is { IsAvailable: true }
                        ? actual == DisclosureControl.Suppressed
                            ? DisclosureControl.Suppressed
                            : string.Create(CultureInfo.InvariantCulture, $"{result.Numerator} / {result.Denominator}")
                        : result?.NotAvailableReason ?? "not evaluated"));
            }
        }

        return differences;
    }

    // "57.9", "57.90" and " 57.9 " are the same published figure; "n/a", "z" and "" all mean no value.
    private static string Normalise(string display)
    {
        var t = display.Trim().TrimEnd('%');
        if (t is "" or "n/a" or "z" or "x")
        {
            return "n/a";
        }

        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d.ToString("0.##########", CultureInfo.InvariantCulture)
            : t;
    }
}

internal sealed record ExpectedFigure(IndicatorDefinition Indicator, string Display);

internal sealed record Difference(string Id, string Expected, string Actual, string Detail);
