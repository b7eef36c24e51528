using System.Globalization;
using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// --format csv: one row per indicator, the same fields as the JSON output; comparators in one column.
internal static class CsvReport
{
    public static string Write(Scorecard card, DisclosureControl? disclosure)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToText();
        foreach (var r in card)
        {
            var (display, suppressed) = JsonReport.Shown(r, disclosure);
            var hidden = !r.IsAvailable || suppressed;
            using var row = writer.NewRow();
            row["period_start"].Set(JsonReport.Iso(card.Period.Start));
            row["period_end"].Set(JsonReport.Iso(card.Period.End));
            row["id"].Set(r.Id);
            row["title"].Set(r.Indicator.Title);
            row["unit"].Set(JsonReport.UnitToken(r.Unit));
            row["polarity"].Set(JsonReport.PolarityToken(r.Indicator.Polarity));
            row["numerator"].Set(hidden ? "" : Number(r.Numerator));
            row["denominator"].Set(hidden ? "" : Number(r.Denominator));
            row["value"].Set(hidden || r.Value is not { } v ? "" : Number(v));
            row["display"].Set(display);
            row["annualised"].Set(r.IsAnnualised ? "true" : "false");
            row["note"].Set(r.NotAvailableReason ?? "");
            // The judgement tokens of the JSON output; none for a suppressed value (it would tell which side lies).
            row["comparators"].Set(string.Join("; ", r.Comparisons.Select(c =>
                $"{c.Comparator.Name} {c.Comparator.Year} {Number(c.Comparator.Value)} {JsonReport.JudgementToken(suppressed ? Judgement.NotJudged : c.Judgement)}")));
        }

        return writer.ToString();
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
