using System.Globalization;

namespace ChildrensSocialCare.Indicators.Reporting;

// A breakdown group's figures as the text table, the HTML table and the CSV show them: the value (under disclosure
// control as a whole result's), the group's count or numerator / denominator, its share and its interval.
internal static class BreakdownRows
{
    public static string[] Cells(BreakdownGroup g, IndicatorDefinition indicator, DisclosureControl? disclosure)
    {
        var r = g.Result;
        var value = r.IsAvailable ? Figures.Value(r, disclosure) : "n/a";
        var suppressed = disclosure is not null && value == DisclosureControl.Suppressed;
        return
        [
            g.Label,
            value,
            Fraction(g, disclosure, suppressed),
            suppressed || g.Share is not { } share ? "" : Rounding.Format(share, 1) + "%",
            suppressed || g.Interval is not { } i ? "" : i.Format(indicator.Unit == Unit.Count ? 0 : indicator.Decimals),
        ];
    }

    // The numerator / denominator; a rate without the group's population shows its count alone.
    public static string Fraction(BreakdownGroup g, DisclosureControl? disclosure, bool suppressed)
    {
        if (suppressed)
        {
            return DisclosureControl.Suppressed;
        }

        if (g.Result.IsAvailable)
        {
            return Figures.Fraction(g.Result, disclosure);
        }

        var count = decimal.ToInt64(g.Numerator);
        return disclosure is null ? Figures.Number(g.Numerator) : Figures.Group(disclosure.Count(count));
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
