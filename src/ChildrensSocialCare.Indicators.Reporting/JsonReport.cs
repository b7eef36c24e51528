using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChildrensSocialCare.Indicators.Reporting;

/// <summary>
/// The stable JSON output (<c>scorecard --format json</c>, documented in <c>docs/json-output.md</c>): a scorecard with its
/// period, population, indicators, comparators and diagnostics; and the records behind one number.
/// </summary>
/// <remarks>Property names and value forms never change once released; new properties may be added. The text is
/// indented JSON, dates <c>yyyy-MM-dd</c>, numbers exact (invariant decimals).</remarks>
public static class JsonReport
{
    /// <summary>Writes the JSON of a scorecard.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="diagnostics">Diagnostics from reading the data (written before the scorecard's own).</param>
    /// <param name="disclosure">Disclosure control for a publication (<c>"publication": true</c>), or <c>null</c> for
    /// exact figures.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="diagnostics"/> is <c>null</c>.</exception>
    public static string Write(Scorecard card, IReadOnlyList<Diagnostic> diagnostics, DisclosureControl? disclosure) =>
        Write(card, diagnostics, disclosure, []);

    /// <summary>Writes the JSON of a scorecard computed without some of its input: <c>"incomplete"</c> lists what was
    /// left out (the files that could not be read, as <c>scorecard --keep-going</c> scores without them).</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="diagnostics">Diagnostics from reading the data (written before the scorecard's own).</param>
    /// <param name="disclosure">Disclosure control for a publication (<c>"publication": true</c>), or <c>null</c> for
    /// exact figures.</param>
    /// <param name="incomplete">One line per input left out, such as <c>"episodes.csv (csv.binary: ...)"</c>; when
    /// empty, no <c>"incomplete"</c> property is written (the output is that of
    /// <see cref="Write(Scorecard, IReadOnlyList{Diagnostic}, DisclosureControl?)"/>).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/>, <paramref name="diagnostics"/> or
    /// <paramref name="incomplete"/> is <c>null</c>.</exception>
    public static string Write(Scorecard card, IReadOnlyList<Diagnostic> diagnostics, DisclosureControl? disclosure, IReadOnlyList<string> incomplete) =>
        Write(card, diagnostics, disclosure, incomplete, []);

    /// <summary>Writes the JSON of a scorecard with breakdowns (<c>scorecard --by DIM</c>): each indicator gains
    /// <c>"breakdowns"</c>, an array of <c>{dimension, groups: [{group, label, numerator, denominator, value, display,
    /// interval}]}</c>, one per breakdown of that indicator (empty when no dimension given applies to it).</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="diagnostics">Diagnostics from reading the data (written before the scorecard's own).</param>
    /// <param name="disclosure">Disclosure control for a publication, or <c>null</c> for exact figures; it applies to
    /// each group as to a whole result.</param>
    /// <param name="incomplete">The inputs left out, as for <see cref="Write(Scorecard, IReadOnlyList{Diagnostic}, DisclosureControl?, IReadOnlyList{string})"/>.</param>
    /// <param name="breakdowns">The breakdowns of the scorecard's indicators; when empty, no <c>"breakdowns"</c>
    /// property is written. Their diagnostics are written with the scorecard's.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument but <paramref name="disclosure"/> is <c>null</c>.</exception>
    public static string Write(Scorecard card, IReadOnlyList<Diagnostic> diagnostics, DisclosureControl? disclosure, IReadOnlyList<string> incomplete,
        IReadOnlyList<Breakdown> breakdowns)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(incomplete);
        ArgumentNullException.ThrowIfNull(breakdowns);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("period");
            w.WriteString("start", Iso(card.Period.Start));
            w.WriteString("end", Iso(card.Period.End));
            w.WriteEndObject();
            if (card.Options.Population is { } population)
            {
                w.WriteNumber("population", population);
            }
            else
            {
                w.WriteNull("population");
            }

            w.WriteBoolean("publication", disclosure is not null);
            if (incomplete.Count > 0)
            {
                w.WriteStartArray("incomplete");
                foreach (var line in incomplete)
                {
                    w.WriteStringValue(line);
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("indicators");
            foreach (var r in card)
            {
                WriteResult(w, r, disclosure, breakdowns.Count == 0 ? null : breakdowns.Where(b => b.Whole.Id == r.Id).ToList());
            }

            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var d in diagnostics.Concat(card.Diagnostics).Concat(breakdowns.SelectMany(b => b.Diagnostics)))
            {
                WriteDiagnostic(w, d);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the JSON of an explanation (<c>scorecard --explain ID --format json</c>): the records counted in
    /// the numerator and the denominator, and those excluded with the rule that excluded each.</summary>
    /// <param name="e">The explanation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is <c>null</c>.</exception>
    public static string WriteExplanation(Explanation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("id", e.Indicator.Id);
            w.WriteStartObject("period");
            w.WriteString("start", Iso(e.Period.Start));
            w.WriteString("end", Iso(e.Period.End));
            w.WriteEndObject();
            Entries(w, "numerator", e.Numerator, null);
            Entries(w, "denominator", e.Denominator, null);
            Entries(w, "excluded", e.Excluded.Select(x => x.Entry).ToList(), e.Excluded.Select(x => x.Rule).ToList());
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Entries(Utf8JsonWriter w, string name, IReadOnlyList<ExplanationEntry> entries, IReadOnlyList<string>? rules)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            w.WriteStartObject();
            w.WriteString("childId", entry.ChildId);
            w.WriteString("kind", entry.Kind);
            w.WriteStartObject("dates");
            foreach (var d in entry.Dates)
            {
                if (d.Date is { } date)
                {
                    w.WriteString(d.Name, Iso(date));
                }
                else
                {
                    w.WriteNull(d.Name);
                }
            }

            w.WriteEndObject();
            if (rules is not null)
            {
                w.WriteString("rule", rules[i]);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // An interval as {level, lower, upper}, or null when there is none.
    private static void Interval(Utf8JsonWriter w, ConfidenceInterval? interval)
    {
        if (interval is not { } i)
        {
            w.WriteNull("interval");
            return;
        }

        w.WriteStartObject("interval");
        w.WriteNumber("level", i.Level.Percent);
        w.WriteNumber("lower", i.Lower);
        w.WriteNumber("upper", i.Upper);
        w.WriteEndObject();
    }

    /// <summary>The token of a unit in the JSON and CSV outputs: <c>%</c>, <c>r10k</c>, <c>n</c>, <c>days</c> or <c>score</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The token.</returns>
    public static string UnitToken(Unit unit) => unit switch
    {
        Unit.Percentage => "%",
        Unit.RatePer10000 => "r10k",
        Unit.Count => "n",
        Unit.Score => "score",
        _ => "days",
    };

    /// <summary>The token of a family in the JSON and CSV outputs, its name in kebab case: <c>contacts</c>,
    /// <c>referrals</c>, <c>assessments</c>, <c>children-in-need</c>, <c>child-protection</c>, <c>looked-after</c>,
    /// <c>adoption</c>, <c>care-leavers</c>, <c>workforce</c> or <c>inspection</c> (the Annex A measures).</summary>
    /// <param name="family">The family.</param>
    /// <returns>The token.</returns>
    public static string FamilyToken(IndicatorFamily family) => JsonNamingPolicy.KebabCaseLower.ConvertName(family.ToString());

    /// <summary>The token of a polarity in the JSON and CSV outputs: <c>+</c> (higher is better), <c>-</c> (lower is
    /// better) or <c>ctx</c> (context).</summary>
    /// <param name="polarity">The polarity.</param>
    /// <returns>The token.</returns>
    public static string PolarityToken(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "+",
        Polarity.LowerIsBetter => "-",
        _ => "ctx",
    };

    /// <summary>The token of a judgement in the JSON and CSV outputs, its name in kebab case: <c>better</c>,
    /// <c>worse</c>, <c>similar</c>, <c>higher</c>, <c>lower</c>, <c>not-compared</c> (the interval rule, the default);
    /// <c>better</c>, <c>worse</c>, <c>same</c>, <c>not-judged</c> (<see cref="JudgementRule.Difference"/>).</summary>
    /// <param name="judgement">The judgement.</param>
    /// <returns>The token.</returns>
    public static string JudgementToken(Judgement judgement) => JsonNamingPolicy.KebabCaseLower.ConvertName(judgement.ToString());

    // What a suppressed result's comparisons say: nothing, in the words of the rule it was judged by.
    internal static Judgement Unjudged(IndicatorResult r) =>
        r.JudgementRule == JudgementRule.Difference ? Judgement.NotJudged : Judgement.NotCompared;

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The figure as published (under disclosure control when given) and whether disclosure control suppressed it.
    internal static (string Display, bool Suppressed) Shown(IndicatorResult r, DisclosureControl? disclosure)
    {
        var display = disclosure is null ? r.IsAvailable ? r.Display : "n/a" : r.Present(disclosure);
        return (display, disclosure is not null && display == DisclosureControl.Suppressed);
    }

    private static void WriteResult(Utf8JsonWriter w, IndicatorResult r, DisclosureControl? disclosure, IReadOnlyList<Breakdown>? breakdowns = null)
    {
        var (display, suppressed) = Shown(r, disclosure);
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("title", r.Indicator.Title);
        w.WriteString("family", FamilyToken(r.Indicator.Family));
        w.WriteString("unit", UnitToken(r.Unit));
        // The precision of display (docs/json-output.md): a count is shown whole, whatever the precision of its shares.
        w.WriteNumber("decimals", r.Unit == Unit.Count ? 0 : r.Indicator.Decimals);
        w.WriteString("polarity", PolarityToken(r.Indicator.Polarity));
        w.WriteBoolean("available", r.IsAvailable);
        if (r.NotAvailableReason is { } reason)
        {
            w.WriteString("reason", reason);
        }

        Number(w, "numerator", r.IsAvailable && !suppressed ? r.Numerator : null);
        // A count without shares (cla-ceased) has no denominator (specification 8.1): its numerator and value are the
        // count. A count with shares (contacts-outcomes, assessment-factors) keeps the base of its shares.
        Number(w, "denominator", r.IsAvailable && !suppressed && (r.Unit != Unit.Count || r.Denominator != 0) ? r.Denominator : null);
        Number(w, "value", suppressed ? null : r.Value);
        w.WriteString("display", display);
        w.WriteBoolean("annualised", r.IsAnnualised);

        // The interval would tell roughly where a suppressed value lies, so it goes with the value.
        Interval(w, suppressed ? null : r.Interval);

        if (r.Details.Count > 0)
        {
            w.WriteStartArray("details");
            foreach (var d in r.Details)
            {
                var hide = disclosure is not null && disclosure.Count(decimal.ToInt64(d.Numerator)) == DisclosureControl.Suppressed;
                w.WriteStartObject();
                w.WriteString("key", d.Key);
                w.WriteString("label", d.Label);
                Number(w, "numerator", hide ? null : d.Numerator);
                Number(w, "denominator", d.Denominator);
                Number(w, "value", hide ? null : d.Value);
                w.WriteString("unit", UnitToken(d.Unit));
                Interval(w, hide ? null : d.Interval);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("comparators");
        foreach (var c in r.Comparisons)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Comparator.Name);
            w.WriteString("kind", JsonNamingPolicy.KebabCaseLower.ConvertName(c.Comparator.Kind.ToString()));
            w.WriteNumber("value", c.Comparator.Value);
            w.WriteString("source", c.Comparator.Source);
            w.WriteString("year", c.Comparator.Year);
            Number(w, "difference", suppressed ? null : c.Difference);

            // Better or worse than a comparator would tell which side of it a suppressed value lies.
            w.WriteString("judgement", JudgementToken(suppressed ? Unjudged(r) : c.Judgement));

            // Where the result ranks among every authority (so, like the judgement, not for a suppressed figure).
            Number(w, "rank", suppressed ? null : c.Comparator.Rank);
            Number(w, "of", suppressed ? null : c.Comparator.Of);
            Number(w, "quartile", suppressed ? null : c.Comparator.Quartile);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (breakdowns is not null)
        {
            WriteBreakdowns(w, breakdowns, disclosure);
        }

        w.WriteEndObject();
    }

    // "breakdowns": one {dimension, groups} per breakdown; each group as a whole result is written (a count's and a rate
    // without the group's population have a null denominator, value and interval: specification 8.1).
    private static void WriteBreakdowns(Utf8JsonWriter w, IReadOnlyList<Breakdown> breakdowns, DisclosureControl? disclosure)
    {
        w.WriteStartArray("breakdowns");
        foreach (var b in breakdowns)
        {
            w.WriteStartObject();
            w.WriteString("dimension", b.Dimension.Id);
            w.WriteStartArray("groups");
            foreach (var g in b.Groups)
            {
                var (display, suppressed) = Shown(g.Result, disclosure);
                var countOnly = !g.Result.IsAvailable;
                w.WriteStartObject();
                w.WriteString("group", g.Key);
                w.WriteString("label", g.Label);
                Number(w, "numerator", suppressed ? null : g.Numerator);
                Number(w, "denominator", suppressed ? null : g.Denominator);
                Number(w, "value", suppressed ? null : g.Value);
                w.WriteString("display", countOnly && !suppressed ? "n/a" : display);
                Interval(w, suppressed ? null : g.Interval);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        w.WriteString("code", d.Code);
        w.WriteString("message", d.Message);
        Text(w, "source", d.Source);
        if (d.Line is { } line)
        {
            w.WriteNumber("line", line);
        }

        Text(w, "element", d.Element);
        Text(w, "column", d.Column);
        Text(w, "value", d.Value);
        Text(w, "childId", d.ChildId);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
