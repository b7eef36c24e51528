using System.Text.Json;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// The JSON output of docs/json-output.md. The scorecard sample's tests check it end to end against the document; these
// check the writer on the hand-worked data set (PresentationData).
public class JsonReportTests
{
    [Fact]
    public void A_scorecard_has_the_documented_properties_in_order()
    {
        var card = PresentationData.Scorecard().WithComparators([PresentationData.EnglandReReferrals]);

        using var json = JsonDocument.Parse(JsonReport.Write(card, [], null));

        var root = json.RootElement;
        Assert.Equal(["period", "population", "publication", "indicators", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2013-04-01", root.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2014-03-31", root.GetProperty("period").GetProperty("end").GetString());
        Assert.Equal(10_000, root.GetProperty("population").GetInt64());
        Assert.False(root.GetProperty("publication").GetBoolean());
        Assert.Equal(card.Select(r => r.Id), root.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public void An_indicator_has_its_figures_and_its_judged_comparators()
    {
        var card = PresentationData.Scorecard().WithComparators([PresentationData.EnglandReReferrals]);

        var r = Indicator(JsonReport.Write(card, [], null), "re-referrals-12m");

        // 2 re-referrals of 5 referrals = 40.0% (PresentationData); England 23.4%: 16.6 points more, and lower is better,
        // but on 5 referrals the Wilson 95% interval is 11.8-76.9 (z = 1.959964: (4 + z² ± z·sqrt(z² + 4.8)) / (2(5 + z²))
        // = (7.8415 ± 5.7611) / 17.6829), which contains 23.4: similar. (The earlier rule called this "worse".)
        Assert.Equal("%", r.GetProperty("unit").GetString());
        Assert.Equal(1, r.GetProperty("decimals").GetInt32());
        Assert.Equal("-", r.GetProperty("polarity").GetString());
        Assert.True(r.GetProperty("available").GetBoolean());
        Assert.Equal(2m, r.GetProperty("numerator").GetDecimal());
        Assert.Equal(5m, r.GetProperty("denominator").GetDecimal());
        Assert.Equal(40m, r.GetProperty("value").GetDecimal());
        Assert.Equal("40.0", r.GetProperty("display").GetString());
        var england = r.GetProperty("comparators").EnumerateArray().Single();
        Assert.Equal("england", england.GetProperty("kind").GetString());
        Assert.Equal(16.6m, england.GetProperty("difference").GetDecimal());
        Assert.Equal("similar", england.GetProperty("judgement").GetString());
        var interval = r.GetProperty("interval");
        Assert.Equal(["level", "lower", "upper"], interval.EnumerateObject().Select(p => p.Name));
        Assert.Equal(95m, interval.GetProperty("level").GetDecimal());
        Assert.Equal(11.8m, Math.Round(interval.GetProperty("lower").GetDecimal(), 1));
        Assert.Equal(76.9m, Math.Round(interval.GetProperty("upper").GetDecimal(), 1));
    }

    [Fact]
    public void The_interval_follows_annualised_in_every_indicator_and_is_null_without_one()
    {
        var card = PresentationData.Scorecard();

        using var json = JsonDocument.Parse(JsonReport.Write(card, [], null));

        foreach (var (r, element) in card.Zip(json.RootElement.GetProperty("indicators").EnumerateArray()))
        {
            var names = element.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(names.IndexOf("annualised") + 1, names.IndexOf("interval"));
            Assert.Equal(r.Interval is null, element.GetProperty("interval").ValueKind == JsonValueKind.Null);
        }
    }

    [Fact]
    public void At_99_8_percent_the_interval_says_its_level()
    {
        var card = PresentationData.Create().Scorecard(["re-referrals-12m"], PresentationData.Year,
            PresentationData.Options with { ConfidenceLevel = ConfidenceLevel.Percent99Point8 });

        var r = Indicator(JsonReport.Write(card, [], null), "re-referrals-12m");

        Assert.Equal(99.8m, r.GetProperty("interval").GetProperty("level").GetDecimal());
    }

    [Fact]
    public void Under_the_earlier_rule_the_judgement_has_the_earlier_tokens()
    {
        var card = PresentationData.Create().Scorecard(["re-referrals-12m"], PresentationData.Year,
            PresentationData.Options with { Judgement = JudgementRule.Difference }).WithComparators([PresentationData.EnglandReReferrals]);

        var r = Indicator(JsonReport.Write(card, [], null), "re-referrals-12m");
        var suppressed = Indicator(JsonReport.Write(card, [], DisclosureControl.LocalAuthority), "re-referrals-12m");

        // 40.0% against 23.4%: any difference counts, and lower is better.
        Assert.Equal("worse", r.GetProperty("comparators").EnumerateArray().Single().GetProperty("judgement").GetString());
        Assert.Equal("not-judged", suppressed.GetProperty("comparators").EnumerateArray().Single().GetProperty("judgement").GetString());
    }

    [Fact]
    public void Under_disclosure_control_a_suppressed_figure_has_no_numbers_no_interval_and_no_judgement()
    {
        var card = PresentationData.Scorecard().WithComparators([PresentationData.EnglandReReferrals]);

        var r = Indicator(JsonReport.Write(card, [], DisclosureControl.LocalAuthority), "re-referrals-12m");

        // A numerator of 2 (1 to 5) is suppressed; so are the figures that would give it away.
        Assert.Equal(DisclosureControl.Suppressed, r.GetProperty("display").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("numerator").ValueKind);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("denominator").ValueKind);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("value").ValueKind);
        var england = r.GetProperty("comparators").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, england.GetProperty("difference").ValueKind);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("interval").ValueKind);
        Assert.Equal("not-compared", england.GetProperty("judgement").GetString());
    }

    [Fact]
    public void A_comparator_writes_its_rank_of_and_quartile_after_the_judgement_null_when_not_known_or_suppressed()
    {
        // The rank is whatever the comparator carries (set from every authority's published figure in the Formats
        // package): here 3 of 6, quartile 2, invented for the test.
        var ranked = PresentationData.EnglandReReferrals with { Rank = 3, Of = 6, Quartile = 2 };
        var card = PresentationData.Scorecard().WithComparators([ranked, PresentationData.NeighboursNfa]);

        var england = Indicator(JsonReport.Write(card, [], null), "re-referrals-12m").GetProperty("comparators").EnumerateArray().Single();
        var names = england.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["judgement", "rank", "of", "quartile"], names.Skip(names.IndexOf("judgement")));
        Assert.Equal((3, 6, 2), (england.GetProperty("rank").GetInt32(), england.GetProperty("of").GetInt32(), england.GetProperty("quartile").GetInt32()));

        var neighbours = Indicator(JsonReport.Write(card, [], null), "referrals-nfa").GetProperty("comparators").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, neighbours.GetProperty("rank").ValueKind);

        // A suppressed figure's rank would tell roughly where it lies: null, as the judgement is not-compared.
        var suppressed = Indicator(JsonReport.Write(card, [], DisclosureControl.LocalAuthority), "re-referrals-12m").GetProperty("comparators").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, suppressed.GetProperty("rank").ValueKind);
        Assert.Equal(JsonValueKind.Null, suppressed.GetProperty("quartile").ValueKind);
    }

    [Fact]
    public void Diagnostics_given_come_first_and_leave_out_what_they_do_not_have()
    {
        var read = new Diagnostic(DiagnosticSeverity.Warning, "episodes.x1-gap", "A gap.") { Column = "DECOM", Line = 8, ChildId = "C1" };

        using var json = JsonDocument.Parse(JsonReport.Write(PresentationData.Scorecard(), [read], null));

        var first = json.RootElement.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal(["severity", "code", "message", "line", "column", "childId"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal(8, first.GetProperty("line").GetInt64());
    }

    [Fact]
    public void An_explanation_lists_the_records_counted_and_those_left_out_with_their_rule()
    {
        var explanation = PresentationData.Create().Evaluate("assessments-45wd", PresentationData.Year, PresentationData.Options).Explain();

        using var json = JsonDocument.Parse(JsonReport.WriteExplanation(explanation));

        var root = json.RootElement;
        Assert.Equal(["id", "period", "numerator", "denominator", "excluded"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("assessments-45wd", root.GetProperty("id").GetString());
        // Within 45 working days: A, C and the hostile id, of 4 authorised; D (authorised before it started) left out.
        Assert.Equal(3, root.GetProperty("numerator").GetArrayLength());
        Assert.Equal(4, root.GetProperty("denominator").GetArrayLength());
        var excluded = root.GetProperty("excluded").EnumerateArray().Single();
        Assert.Equal("D", excluded.GetProperty("childId").GetString());
        Assert.False(string.IsNullOrEmpty(excluded.GetProperty("rule").GetString()));
        Assert.All(root.GetProperty("denominator").EnumerateArray(), e => Assert.False(e.TryGetProperty("rule", out _)));
    }

    [Fact]
    public void Every_unit_polarity_and_judgement_has_its_documented_token()
    {
        Assert.Equal(["%", "r10k", "n", "days", "score"], new[] { Unit.Percentage, Unit.RatePer10000, Unit.Count, Unit.Days, Unit.Score }.Select(JsonReport.UnitToken));
        Assert.Equal(["+", "-", "ctx"], new[] { Polarity.HigherIsBetter, Polarity.LowerIsBetter, Polarity.Context }.Select(JsonReport.PolarityToken));
        Assert.Equal(["not-judged", "better", "same", "worse", "similar", "higher", "lower", "not-compared"],
            Enum.GetValues<Judgement>().Select(JsonReport.JudgementToken));
        Assert.Equal(Enum.GetValues<Unit>().Length, Enum.GetValues<Unit>().Select(JsonReport.UnitToken).Distinct().Count());
    }

    private static JsonElement Indicator(string text, string id) =>
        JsonDocument.Parse(text).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
}
