using System.Globalization;

namespace ChildrensSocialCare.Indicators.Reporting;

// The figures of a result as shown in tables, under optional disclosure control, shared by the HTML and text tables
// so that both always show the same thing.
internal static class Figures
{
    public const string NotAvailableText = "not available";

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    // The value: the published symbol or rounded value under disclosure control; otherwise the value at the
    // indicator's precision, "n/a" when not applicable and "not available" when it could not be evaluated.
    public static string Value(IndicatorResult r, DisclosureControl? disclosure) =>
        disclosure is not null ? Group(r.Present(disclosure))
        : r.IsAvailable ? Group(r.Display)
        : NotAvailableText;

    // The result's confidence interval at the indicator's precision ("21.0 to 23.1"), or "" when it has none or its
    // figure is suppressed (the interval would tell roughly where the value lies).
    public static string Interval(IndicatorResult r, DisclosureControl? disclosure) =>
        r.Interval is { } interval && !JsonReport.Shown(r, disclosure).Suppressed ? interval.Format(r.Indicator.Decimals) : "";

    // Whether a shown figure is a number (and not a symbol such as c, z, k, x or n/a).
    public static bool IsNumber(string shown) =>
        decimal.TryParse(shown, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            s_invariant, out _);

    public static decimal? Parse(string shown) =>
        decimal.TryParse(shown, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
            s_invariant, out var v) ? v : null;

    // The numerator as shown. Under disclosure control a suppressed value suppresses its numerator and denominator
    // too (they would give the value back), and counts are published as counts are.
    public static string Numerator(IndicatorResult r, DisclosureControl? disclosure)
    {
        if (!r.IsAvailable)
        {
            return "";
        }

        if (disclosure is null)
        {
            return Number(r.Numerator);
        }

        if (Value(r, disclosure) == DisclosureControl.Suppressed)
        {
            return DisclosureControl.Suppressed;
        }

        // A mean's numerator is a total of days or scores, not a count of children; posts and days per FTE are not counts either.
        return r.Unit is Indicators.Unit.Days or Indicators.Unit.Score || !IsWhole(r.Numerator) ? Number(r.Numerator) : Group(disclosure.Count(Whole(r.Numerator)));
    }

    // The denominator as shown; empty for a count, whose numerator and denominator are the same number.
    public static string Denominator(IndicatorResult r, DisclosureControl? disclosure)
    {
        if (!r.IsAvailable || r.Unit == Indicators.Unit.Count)
        {
            return "";
        }

        if (disclosure is null)
        {
            return Number(r.Denominator);
        }

        if (Value(r, disclosure) == DisclosureControl.Suppressed)
        {
            return DisclosureControl.Suppressed;
        }

        // A rate's denominator is the population estimate, published as given.
        return r.Unit == Indicators.Unit.RatePer10000 || !IsWhole(r.Denominator) ? Number(r.Denominator) : Group(disclosure.Count(Whole(r.Denominator)));
    }

    public static string Fraction(IndicatorResult r, DisclosureControl? disclosure)
    {
        var n = Numerator(r, disclosure);
        var d = Denominator(r, disclosure);
        return d.Length == 0 ? n : n + " / " + d;
    }

    public static string Unit(IndicatorResult r) => Unit(r.Unit) + (r.IsAnnualised ? " (annualised)" : "");

    public static string Unit(Unit unit) => unit switch
    {
        Indicators.Unit.Percentage => "%",
        Indicators.Unit.RatePer10000 => "per 10,000",
        Indicators.Unit.Count => "number",
        Indicators.Unit.Days => "days",
        Indicators.Unit.Score => "mean score",
        _ => unit.ToString(),
    };

    public static string Polarity(Polarity polarity) => polarity switch
    {
        Indicators.Polarity.HigherIsBetter => "higher is better",
        Indicators.Polarity.LowerIsBetter => "lower is better",
        _ => "context (not judged)",
    };

    public static string Family(IndicatorFamily family) => family switch
    {
        IndicatorFamily.ChildProtection => "Child protection",
        IndicatorFamily.ChildrenInNeed => "Children in need",
        IndicatorFamily.LookedAfter => "Children looked after",
        IndicatorFamily.CareLeavers => "Care leavers",
        IndicatorFamily.Inspection => "Inspection measures (Ofsted Annex A)",
        _ => family.ToString(),
    };

    public static string Judgement(Judgement judgement) => judgement switch
    {
        Indicators.Judgement.Better => "better",
        Indicators.Judgement.Worse => "worse",
        Indicators.Judgement.Same => "same",
        Indicators.Judgement.Similar => "similar",
        Indicators.Judgement.Higher => "higher",
        Indicators.Judgement.Lower => "lower",
        _ => "",
    };

    // Notes for a result: why it is not available, why it has no value, that it is annualised.
    public static string Note(IndicatorResult r)
    {
        if (!r.IsAvailable)
        {
            return "Not available: " + r.NotAvailableReason;
        }

        if (r.Value is null)
        {
            return "Not applicable: the denominator is zero.";
        }

        return r.IsAnnualised ? "Annualised from a part year." : "";
    }

    // A further figure of a result: "Early help: 40 (25.0%)".
    public static string Detail(ResultDetail d, int decimals, DisclosureControl? disclosure)
    {
        if (d.Denominator is not { } denominator)
        {
            var figure = d.Value is { } v ? Group(Rounding.Format(v, decimals)) : Number(d.Numerator);
            return d.Label + ": " + figure;
        }

        var count = disclosure is null ? Number(d.Numerator) : Group(disclosure.Count(Whole(d.Numerator)));
        var share = disclosure is null
            ? d.Value is { } value ? Group(Rounding.Format(value, decimals)) : "n/a"
            : Group(disclosure.Value(d.Unit, d.Numerator, denominator, d.Value, decimals));
        return d.Label + ": " + count + " (" + share + (d.Unit == Indicators.Unit.Percentage && IsNumber(share) ? "%" : "") + ")";
    }

    // A numerator or denominator as shown: whole numbers exactly, with thousands separators ("63,597"); others (posts,
    // days per FTE) to at most three decimals, which is all a reader can use. The exact values are in the result.
    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("#,0", s_invariant) : value.ToString("#,0.###", s_invariant);

    // Thousands separators in a plain invariant number ("12345.6" to "12,345.6"); anything else (a symbol) unchanged.
    public static string Group(string shown)
    {
        if (shown.Length < 4)
        {
            return shown;
        }

        var start = shown[0] == '-' ? 1 : 0;
        var point = shown.IndexOf('.', StringComparison.Ordinal);
        var end = point < 0 ? shown.Length : point;
        for (var i = start; i < shown.Length; i++)
        {
            if (i != point && !char.IsAsciiDigit(shown[i]))
            {
                return shown;
            }
        }

        if (end - start <= 3)
        {
            return shown;
        }

        var b = new System.Text.StringBuilder(shown.Length + 4);
        b.Append(shown, 0, start);
        for (var i = start; i < end; i++)
        {
            if (i > start && (end - i) % 3 == 0)
            {
                b.Append(',');
            }

            b.Append(shown[i]);
        }

        b.Append(shown, end, shown.Length - end);
        return b.ToString();
    }

    // Result minus comparator, as shown: the difference of the two figures at the indicator's precision, so that it
    // agrees with the judgement (made at that precision) and with the figures beside it.
    public static string Difference(decimal shownValue, decimal comparator, int decimals)
    {
        var difference = shownValue - Rounding.HalfAwayFromZero(comparator, decimals);
        var text = Rounding.Format(Math.Abs(difference), decimals);
        return difference > 0 ? "+" + Group(text) : difference < 0 ? "-" + Group(text) : Group(text);
    }

    private static long Whole(decimal value) => decimal.ToInt64(decimal.Truncate(value));

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value);
}
