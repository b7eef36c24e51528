using ChildrensSocialCare.Indicators.Reporting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

// The core package declares its own TypeFormatterSourceAttribute, matched by name; these tests show that a real
// .NET Interactive C# kernel picks it up, so a notebook shows tables and charts rather than its default tree view.
[Collection(NotebookCollection.Name)]
public sealed class FormattingTests : IClassFixture<DataSetKernel>, IDisposable
{
    // IndicatorKernel.DataSetCode has already run in it (data, options, year).
    private readonly Kernel _kernel;

    public FormattingTests(DataSetKernel kernel)
    {
        Formatter.ResetToDefault();
        _kernel = kernel.Kernel;
    }

    public void Dispose() => Formatter.ResetToDefault();

    [Fact]
    public async Task A_scorecard_returned_by_a_cell_is_shown_as_the_scorecard_table()
    {
        var result = await Submit(_kernel, "data.Scorecard(year, options)");

        var returned = result.Events.OfType<ReturnValueProduced>().Single();
        var card = Assert.IsType<Scorecard>(returned.Value);
        var html = returned.FormattedValues.Single(v => v.MimeType == "text/html").Value;
        Assert.Equal(HtmlTables.Scorecard(card), html);
        Assert.StartsWith("<table class=\"csc-table csc-scorecard\"", html);
        Assert.DoesNotContain("dni-treeview", html);
        // Re-referrals (IndicatorKernel.DataSetCode): A's second referral of 3 referrals = 33.3%.
        Assert.Contains("<td class=\"csc-value\" style=\"", html);
        Assert.Equal("33.3", card["re-referrals-12m"].Display);
    }

    [Fact]
    public async Task A_scorecard_also_has_a_plain_text_table()
    {
        var result = await Submit(_kernel, "data.Scorecard(year, options)");

        var returned = result.Events.OfType<ReturnValueProduced>().Single();
        var text = returned.FormattedValues.Single(v => v.MimeType == "text/plain").Value;
        Assert.Equal(TextTable.Scorecard((Scorecard)returned.Value), text);
    }

    [Fact]
    public async Task A_time_series_is_shown_as_an_svg_chart_and_a_table()
    {
        var result = await Submit(_kernel, "data.Series(\"cla-rate\", ReportingPeriod.Consecutive(new DateOnly(2013, 4, 1), 12, PeriodLength.Month), options)");

        var html = result.Events.OfType<ReturnValueProduced>().Single().FormattedValues.Single(v => v.MimeType == "text/html").Value;
        Assert.Contains("<svg class=\"csc-chart csc-line\"", html);
        Assert.Contains("csc-timeseries", html);
        Assert.DoesNotContain("NaN", html);
    }

    [Fact]
    public async Task A_displayed_explanation_is_a_table_with_hostile_ids_escaped()
    {
        var result = await Submit(_kernel, "display(data.Evaluate(\"re-referrals-12m\", year).Explain());");

        var html = result.Events.OfType<DisplayedValueProduced>().Single().FormattedValues.Single(v => v.MimeType == "text/html").Value;
        Assert.Contains("csc-explanation", html);
        Assert.Contains("&lt;b&gt;B&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>B</b>", html);
    }

    [Fact]
    public async Task A_single_result_is_shown_as_its_table()
    {
        var result = await Submit(_kernel, "data.Evaluate(\"cla-rate\", year, options)");

        var returned = result.Events.OfType<ReturnValueProduced>().Single();
        Assert.Equal(HtmlTables.Result((IndicatorResult)returned.Value), returned.FormattedValues.Single(v => v.MimeType == "text/html").Value);
    }

    [Fact]
    public async Task A_funnel_plot_returned_by_a_cell_is_shown_as_its_svg()
    {
        var result = await Submit(_kernel, """
            new ChildrensSocialCare.Indicators.Reporting.FunnelPlot(
                [new("A", 20m, 100m), new("B", 45m, 100m), new("Us", 25m, 400m) { Highlighted = true }], 20m)
            """);

        var returned = result.Events.OfType<ReturnValueProduced>().Single();
        var plot = Assert.IsType<FunnelPlot>(returned.Value);
        var html = returned.FormattedValues.Single(v => v.MimeType == "text/html").Value;
        Assert.Equal(plot.ToSvg(), html);
        Assert.StartsWith("<svg class=\"csc-chart csc-funnel\"", html);
        Assert.DoesNotContain("dni-treeview", html);
        // As text: B, 45% of 100, is outside the 99.8% limits around 20% (34.7% at n = 100, FunnelPlotTests).
        Assert.Equal(plot.ToString(), plot.ToDisplayString("text/plain"));
        Assert.Contains("  B: 45% of 100", plot.ToString());
    }

    [Fact]
    public void Outside_a_kernel_the_formatter_finds_the_same_html()
    {
        var card = DataSet.Create().Scorecard(ReportingPeriod.Year(2014));

        Assert.Equal(HtmlTables.Scorecard(card), card.ToDisplayString("text/html"));
    }

    private static async Task<KernelCommandResult> Submit(Kernel kernel, string code)
    {
        var result = await kernel.SubmitCodeAsync(code);
        Assert.DoesNotContain(result.Events, e => e is CommandFailed);
        return result;
    }
}
