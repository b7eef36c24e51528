using System.Collections;
using ChildrensSocialCare.Indicators.Reporting;
using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// .NET Interactive finds formatters by convention, through reflection and names alone. These tests follow the same
// steps it does (Microsoft.DotNet.Interactive.Formatting.Formatter) without referencing it; the notebook tests in
// ChildrensSocialCare.Indicators.Notebooks.Tests run the real thing.
public class NotebookFormattingTests
{
    public static TheoryData<Type> FormattedTypes => new() { typeof(Scorecard), typeof(IndicatorResult), typeof(Explanation), typeof(TimeSeries) };

    [Theory]
    [MemberData(nameof(FormattedTypes))]
    public void Result_types_carry_an_attribute_notebooks_recognise_by_name(Type type)
    {
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");

        var sourceType = attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute) as Type;
        var preferred = attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute) as string[];

        Assert.NotNull(sourceType);
        Assert.Equal(["text/html", "text/plain"], preferred!);
        var source = Activator.CreateInstance(sourceType!)!;
        var formatters = (IEnumerable)source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        Assert.Equal(["text/html", "text/plain"], formatters.Cast<object>().Select(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)!));
    }

    [Fact]
    public void The_html_formatter_writes_the_scorecard_table_and_declines_other_types()
    {
        var card = PresentationData.Scorecard();

        Assert.Equal(HtmlTables.Scorecard(card), Format("text/html", card));
        Assert.Null(Format("text/html", "a string"));
    }

    [Fact]
    public void A_time_series_is_formatted_as_a_chart_and_a_table()
    {
        var series = PresentationData.Create().Series("cla-rate", PresentationData.Months, PresentationData.Options);

        var html = Format("text/html", series)!;

        var div = Xml.Parse(html);
        Assert.Single(div.Elements(Xml.Svg + "svg"));
        Assert.Contains("csc-timeseries", (string?)div.Elements("table").Single().Attribute("class"));
    }

    [Fact]
    public void The_plain_text_formatter_writes_the_text_tables()
    {
        var card = PresentationData.Scorecard();

        Assert.Equal(TextTable.Scorecard(card), Format("text/plain", card));
        Assert.Equal(card["re-referrals-12m"].ToString(), Format("text/plain", card["re-referrals-12m"]));
    }

    private static string? Format(string mimeType, object value) => ConventionFormatter.Format(mimeType, value);
}
