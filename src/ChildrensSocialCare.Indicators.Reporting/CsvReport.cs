using System.Globalization;
using System.Text;

namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// The CSV output (<c>scorecard --format csv</c>): a header row, then one row per indicator with the fields of the
/// JSON output (<see cref="JsonReport"/>) and its comparators in one column.
/// </summary>
/// <remarks>
/// The columns, in order: <c>period_start</c>, <c>period_end</c> (ISO dates), <c>id</c>, <c>title</c>, <c>unit</c>,
/// <c>polarity</c> (the tokens of <see cref="JsonReport.UnitToken(Unit)"/> and <see cref="JsonReport.PolarityToken(Polarity)"/>),
/// <c>numerator</c>, <c>denominator</c>, <c>value</c> (invariant numbers, empty when not available or suppressed),
/// <c>display</c>, <c>annualised</c> (<c>true</c>/<c>false</c>), <c>note</c> (why a value is not available) and
/// <c>comparators</c> (<c>name year value judgement</c>, separated by <c>"; "</c>) and <c>family</c>
/// (<see cref="JsonReport.FamilyToken(IndicatorFamily)"/>; last, so that the earlier columns keep their places). A field that holds a comma, a quote or
/// a line break is quoted, its quotes doubled (RFC 4180); rows end with a line feed. A scorecard with no indicators gives
/// an empty string.
/// </remarks>
public static class CsvReport
{
    private static readonly string[] s_columns =
        ["period_start", "period_end", "id", "title", "unit", "polarity", "numerator", "denominator", "value", "display", "annualised", "note", "comparators", "family"];

    /// <summary>Writes the CSV of a scorecard.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="disclosure">Disclosure control for a publication, or <c>null</c> for exact figures.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is <c>null</c>.</exception>
    public static string Write(Scorecard card, DisclosureControl? disclosure) => Write(card, disclosure, []);

    /// <summary>Writes the CSV of a scorecard with breakdowns (<c>scorecard --by DIM</c>): two more columns,
    /// <c>dimension</c> and <c>group</c> (empty on an indicator's own row), and after each indicator's row one row per
    /// group of each of its breakdowns, with the group's label as <c>title</c> and its figures; a rate without the
    /// group's population has its count as <c>numerator</c> and the reason as <c>note</c>.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="disclosure">Disclosure control for a publication, or <c>null</c> for exact figures.</param>
    /// <param name="breakdowns">The breakdowns; when empty the output is that of <see cref="Write(Scorecard, DisclosureControl?)"/>.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="breakdowns"/> is <c>null</c>.</exception>
    public static string Write(Scorecard card, DisclosureControl? disclosure, IReadOnlyList<Breakdown> breakdowns)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(breakdowns);
        var by = breakdowns.Count > 0;
        var b = new StringBuilder();
        foreach (var r in card)
        {
            if (b.Length == 0)
            {
                Row(b, by ? [.. s_columns, "dimension", "group"] : s_columns);
            }

            var (display, suppressed) = JsonReport.Shown(r, disclosure);
            var hidden = !r.IsAvailable || suppressed;
            Row(b,
            [
                JsonReport.Iso(card.Period.Start),
                JsonReport.Iso(card.Period.End),
                r.Id,
                r.Indicator.Title,
                JsonReport.UnitToken(r.Unit),
                JsonReport.PolarityToken(r.Indicator.Polarity),
                hidden ? "" : Number(r.Numerator),
                hidden ? "" : Number(r.Denominator),
                hidden || r.Value is not { } v ? "" : Number(v),
                display,
                r.IsAnnualised ? "true" : "false",
                r.NotAvailableReason ?? "",
                // The judgement tokens of the JSON output; none for a suppressed value (it would tell which side lies).
                string.Join("; ", r.Comparisons.Select(c =>
                    $"{c.Comparator.Name} {c.Comparator.Year} {Number(c.Comparator.Value)} {JsonReport.JudgementToken(suppressed ? JsonReport.Unjudged(r) : c.Judgement)}")),
                JsonReport.FamilyToken(r.Indicator.Family),
                .. by ? ["", ""] : Array.Empty<string>(),
            ]);
            foreach (var breakdown in breakdowns.Where(x => x.Whole.Id == r.Id))
            {
                foreach (var g in breakdown.Groups)
                {
                    var (shown, hide) = JsonReport.Shown(g.Result, disclosure);
                    Row(b,
                    [
                        JsonReport.Iso(card.Period.Start), JsonReport.Iso(card.Period.End), r.Id, g.Label,
                        JsonReport.UnitToken(r.Unit), JsonReport.PolarityToken(r.Indicator.Polarity),
                        hide ? "" : Number(g.Numerator),
                        hide || g.Denominator is not { } d ? "" : Number(d),
                        hide || g.Value is not { } gv ? "" : Number(gv),
                        g.Result.IsAvailable || hide ? shown : "n/a",
                        r.IsAnnualised ? "true" : "false",
                        g.NotAvailableReason ?? "",
                        "",
                        JsonReport.FamilyToken(r.Indicator.Family),
                        breakdown.Dimension.Id,
                        g.Key,
                    ]);
                }
            }
        }

        return b.ToString();
    }

    private static void Row(StringBuilder b, ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                b.Append(',');
            }

            Field(b, fields[i]);
        }

        b.Append('\n');
    }

    private static void Field(StringBuilder b, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            b.Append(field);
            return;
        }

        b.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
