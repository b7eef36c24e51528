using System.Xml.Linq;
using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

public class HtmlReportTests
{
    private static string Report(HtmlReportOptions? options = null)
    {
        var data = PresentationData.Create();
        var card = data.Scorecard(PresentationData.Year, PresentationData.Options).WithComparators([PresentationData.EnglandReReferrals]);
        var before = data.Scorecard(ReportingPeriod.Year(2013), PresentationData.Options);
        var lac = data.Series("cla-rate", PresentationData.Months, PresentationData.Options);
        return HtmlReport.Render(card, before, [lac], options);
    }

    [Fact]
    public void Report_is_one_well_formed_page_with_scorecard_trends_and_definitions()
    {
        var doc = Xml.Document(Report(new HtmlReportOptions { Authority = "Anytown Council" }));
        var html = doc.Root!;

        Assert.Equal("Children's social care indicators, 2013-14 (1 April 2013 to 31 March 2014)", html.Descendants("title").First().Value);
        Assert.Equal(["Scorecard", "Trends", "Definitions"], html.Descendants("h2").Select(h => h.Value));
        Assert.Equal("Anytown Council", html.Descendants("p").First().Value);
        Assert.Single(html.WithClass("csc-scorecard"));
        Assert.Single(html.Descendants(Xml.Svg + "svg"));
        Assert.Single(html.WithClass("csc-timeseries"));
        Assert.Equal(Catalogue.All.Count, html.WithClass("csc-catalogue").Single().Element("tbody")!.Elements("tr").Count());
    }

    [Fact]
    public void Report_is_self_contained_and_inert()
    {
        var text = Report();
        var html = Xml.Document(text).Root!;

        Assert.Empty(html.Descendants("script"));
        Assert.Empty(html.Descendants("link"));
        Assert.DoesNotContain("url(", text);
        Assert.DoesNotContain("@import", text);
        // The only address is the SVG namespace, which is a name, never fetched.
        Assert.Equal(text.Split("://").Length - 1, text.Split("http://www.w3.org/2000/svg").Length - 1);
        var policy = html.Descendants("meta").Single(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy");
        Assert.StartsWith("default-src 'none'", (string?)policy.Attribute("content"));
    }

    [Fact]
    public void Report_states_the_population_and_the_comparison()
    {
        var summary = Xml.Document(Report()).Root!.Descendants("p").First().Value;

        Assert.Contains("Population aged 0-17: 10,000.", summary);
        Assert.Contains("Compared with 2012-13", summary);
    }

    [Fact]
    public void A_report_for_publication_applies_disclosure_control_to_tables_and_charts()
    {
        var html = Xml.Document(Report(new HtmlReportOptions { Disclosure = DisclosureControl.LocalAuthority })).Root!;

        Assert.Equal("c", html.WithClass("csc-scorecard").Single().Row("re-referrals-12m").WithClass("csc-value").Single().Value);
        // The monthly looked-after counts are all 1 to 3: suppressed in the table and missing from the chart.
        Assert.All(html.WithClass("csc-timeseries").Single().WithClass("csc-value"), v => Assert.Equal("c", v.Value));
        Assert.Single(html.Descendants(Xml.Svg + "svg").Single().WithClass("csc-no-data"));
        Assert.Contains(html.Descendants("li"), li => li.Value.StartsWith("c = suppressed", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_list_the_scorecard_diagnostics()
    {
        var card = PresentationData.Scorecard(EvaluationOptions.Default);

        var html = Xml.Document(HtmlReport.Render(card)).Root!;

        Assert.Contains("Findings", html.Descendants("h2").Select(h => h.Value));
        Assert.Contains(html.Descendants("li"), li => li.Value.Contains("No population aged 0-17", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_escapes_its_text_and_keeps_markup_it_is_given()
    {
        var doc = new HtmlDocument("<Title & co>")
            .Heading("<h2>")
            .Paragraph("<script>alert(1)</script>")
            .List(["<li>", "b"])
            .Markup(SvgCharts.GroupedBars([new ChartSeries("s", [new ChartPoint("a", 1)])]));

        var html = Xml.Document(doc.Render()).Root!;

        Assert.Equal("<Title & co>", html.Descendants("h1").Single().Value);
        Assert.Equal("<h2>", html.Descendants("h2").Single().Value);
        Assert.Equal("<script>alert(1)</script>", html.Descendants("p").Single().Value);
        Assert.Empty(html.Descendants("script"));
        Assert.Equal(["<li>", "b"], html.Descendants("li").Select(li => li.Value));
        Assert.Single(html.Descendants(Xml.Svg + "svg"));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.Heading("x", 1));
    }
}
