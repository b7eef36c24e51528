using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Tests.Interactive;

// The core writes no markup: its notebook formatters forward to ChildrensSocialCare.Indicators.Reporting, found by
// name. This project does not reference Reporting, so these tests see what a notebook without it sees. (The Reporting
// tests and the notebook tests see the rich views.)
public class NotebookFormatterSourceTests
{
    [Fact]
    public void Reporting_is_not_loaded_here()
    {
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "ChildrensSocialCare.Indicators.Reporting");
    }

    [Fact]
    public void Without_Reporting_a_result_is_its_plain_text_and_html_is_left_to_the_notebook()
    {
        var card = DataSet.Create().Scorecard(ReportingPeriod.Year(2014));

        Assert.Equal(card.ToString(), Format("text/plain", card));
        Assert.Equal(card[0].ToString(), Format("text/plain", card[0]));
        Assert.Null(Format("text/html", card));
        Assert.Null(Format("text/plain", "not a result"));
    }

    [Fact]
    public void The_core_declares_no_presentation_namespace()
    {
        var namespaces = typeof(Scorecard).Assembly.GetTypes().Select(t => t.Namespace ?? "").Distinct();

        Assert.DoesNotContain(namespaces, n => n.EndsWith(".Presentation", StringComparison.Ordinal) || n.EndsWith(".Reporting", StringComparison.Ordinal));
    }

    private static string? Format(string mimeType, object value) => ConventionFormatter.Format(mimeType, value);
}
