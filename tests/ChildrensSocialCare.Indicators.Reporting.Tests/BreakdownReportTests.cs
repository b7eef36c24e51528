using System.Text.Json;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// Breakdowns in the JSON (docs/json-output.md, "breakdowns"), the CSV and the text table, on the hand-worked data set
// (PresentationData): referrals in 2013-14 are A, B (NFA), C and Hostile twice, 5 in all, grouped here by a caller's own
// dimension, A -> a, B -> b, the others unknown.
public class BreakdownReportTests
{
    private static readonly Dimension s_letter = Dimension.Custom("letter", "Letter", u => u.ChildId switch { "A" => "a", "B" => "b", _ => null });

    private static (Scorecard Card, IReadOnlyList<Breakdown> Breakdowns) Data()
    {
        var data = PresentationData.Create();
        var card = data.Scorecard(PresentationData.Year, PresentationData.Options);
        var indicators = card.Where(r => r.Id is "referrals-nfa" or "referrals-rate").Select(r => r.Indicator).ToList();
        return (card, data.Breakdowns(indicators, s_letter, PresentationData.Year, PresentationData.Options));
    }

    [Fact]
    public void The_json_gives_each_indicator_its_breakdowns_with_the_documented_group_properties()
    {
        var (card, breakdowns) = Data();

        using var json = JsonDocument.Parse(JsonReport.Write(card, [], null, [], breakdowns));

        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        var nfa = Assert.Single(indicators["referrals-nfa"].GetProperty("breakdowns").EnumerateArray());
        Assert.Equal("letter", nfa.GetProperty("dimension").GetString());
        var groups = nfa.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["group", "label", "numerator", "denominator", "value", "display", "interval"], groups[0].EnumerateObject().Select(p => p.Name));
        // a: 0 / 1 = 0.0%; b: 1 / 1 = 100.0%; unknown (C, Hostile twice): 0 / 3 = 0.0%.
        Assert.Equal(
            [("a", 0m, 1m, "0.0"), ("b", 1m, 1m, "100.0"), ("unknown", 0m, 3m, "0.0")],
            groups.Select(g => (g.GetProperty("group").GetString(), g.GetProperty("numerator").GetDecimal(), g.GetProperty("denominator").GetDecimal(), g.GetProperty("display").GetString())));
        Assert.Equal("Not recorded", groups[2].GetProperty("label").GetString());
        Assert.Equal(95m, groups[1].GetProperty("interval").GetProperty("level").GetDecimal());

        // A rate without group populations: the counts 1, 1, 3, with a null denominator, value and interval.
        var rate = Assert.Single(indicators["referrals-rate"].GetProperty("breakdowns").EnumerateArray()).GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal([1m, 1m, 3m], rate.Select(g => g.GetProperty("numerator").GetDecimal()));
        Assert.All(rate, g => Assert.Equal(
            [JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null],
            new[] { "denominator", "value", "interval" }.Select(n => g.GetProperty(n).ValueKind)));
        // Indicators not broken down have an empty array; without breakdowns there is no property at all.
        Assert.Equal(0, indicators["re-referrals-12m"].GetProperty("breakdowns").GetArrayLength());
        using var plain = JsonDocument.Parse(JsonReport.Write(card, [], null));
        Assert.False(plain.RootElement.GetProperty("indicators")[0].TryGetProperty("breakdowns", out _));
    }

    [Fact]
    public void The_csv_adds_a_row_per_group_after_its_indicator_and_is_unchanged_without_breakdowns()
    {
        var (card, breakdowns) = Data();

        var rows = CsvReport.Write(card, null, breakdowns).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.EndsWith(",comparators,family,dimension,group", rows[0], StringComparison.Ordinal);
        var nfa = Array.FindIndex(rows, r => r.Contains(",referrals-nfa,", StringComparison.Ordinal));
        Assert.EndsWith(",,", rows[nfa], StringComparison.Ordinal);
        Assert.Equal("2013-04-01,2014-03-31,referrals-nfa,b,%,ctx,1,1,100,100.0,false,,,referrals,letter,b", rows[nfa + 2]);
        Assert.Equal(CsvReport.Write(card, null), CsvReport.Write(card, null, []));
    }

    [Fact]
    public void The_text_table_shows_each_group_with_its_share_and_interval()
    {
        var (_, breakdowns) = Data();

        var text = TextTable.Write(TextTableModel.Breakdown(breakdowns.Single(b => b.Whole.Id == "referrals-nfa")));

        Assert.Contains("by letter", text, StringComparison.Ordinal);
        // b: 1 / 1, a fifth of the 5 referrals; Wilson 95% for 1 of 1: 20.7 to 100.0.
        Assert.Contains(text.Split('\n'), l => l.StartsWith('b') && l.Contains("100.0", StringComparison.Ordinal) && l.Contains("1 / 1", StringComparison.Ordinal)
            && l.Contains("20.0%", StringComparison.Ordinal) && l.Contains("20.7 to 100.0", StringComparison.Ordinal));
    }
}

// A breakdown in HTML: a table with a row per group and a bar per group, and the notebook view of both.
public class BreakdownHtmlTests
{
    private static Breakdown Nfa()
    {
        var letter = Dimension.Custom("letter", "Letter", u => u.ChildId switch { "A" => "a", "B" => "b", _ => null });
        return PresentationData.Create().Breakdown(Catalogue.Get("referrals-nfa"), letter, PresentationData.Year, PresentationData.Options);
    }

    [Fact]
    public void The_html_table_has_a_row_per_group_with_its_figures()
    {
        var html = HtmlTables.Breakdown(Nfa());

        var table = Xml.Parse(html);
        var rows = table.Descendants("tr").Where(r => r.Attribute("data-group") is not null).ToList();
        Assert.Equal(["a", "b", "unknown"], rows.Select(r => r.Attribute("data-group")!.Value));
        // b: 1 / 1 = 100.0%, a fifth of the referrals, Wilson 20.7 to 100.0.
        Assert.Equal(["b", "100.0", "1 / 1", "20.0%", "20.7 to 100.0"], rows[1].Elements().Select(e => e.Value));
        Assert.Equal("Not recorded", rows[2].Elements().First().Value);
    }

    [Fact]
    public void The_bar_chart_and_the_notebook_show_every_group()
    {
        var breakdown = Nfa();

        var svg = SvgCharts.Breakdown(breakdown);
        var notebook = new StringWriter();

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Not recorded", svg, StringComparison.Ordinal);
        Assert.True(NotebookFormatting.TryFormat(breakdown, "text/html", notebook));
        Assert.Contains("csc-breakdown", notebook.ToString(), StringComparison.Ordinal);
        Assert.Contains("<svg", notebook.ToString(), StringComparison.Ordinal);
        var text = new StringWriter();
        Assert.True(NotebookFormatting.TryFormat(breakdown, "text/plain", text));
        Assert.Contains("by letter", text.ToString(), StringComparison.Ordinal);
    }
}
