using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// The demo authority's text tables, byte for byte as TextTable wrote them before its tables were built as a model
// (TextTables/*.txt, written by that code): the model, written by the plain renderer, is exactly this text.
public class DemoTextTablesTests
{
    private static readonly Lazy<SyntheticAuthority> s_demo = new(() => SyntheticAuthority.Generate(DemoAuthority.Options with { Children = 1_500 }));

    private static DataSet Data => s_demo.Value.ToDataSet();

    // Judged by the earlier rule (option Judgement = Difference), the rule these texts were written with: what is pinned
    // here is that the model and the text agree, byte for byte; the interval rule's words are tested beside it.
    private static EvaluationOptions Options => s_demo.Value.EvaluationOptions with { Judgement = JudgementRule.Difference };

    private static Scorecard Card(int year) => Data.Scorecard(ReportingPeriod.Year(year), Options)
        .WithComparators([PresentationData.EnglandReReferrals, PresentationData.NeighboursAssessments]);

    public static TheoryData<string> Tables => new() { "scorecard", "scorecard-publication", "scorecard-no-population", "explanation", "time-series" };

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_demo_authoritys_text_is_what_TextTable_wrote(string name)
    {
        // After a deliberate change of the figures (a new indicator), rewrite the texts and review their diff.
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath(name), Table(name).Text);
        }

        Assert.Equal(Golden(name), Table(name).Text);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_demo_authoritys_table_model_written_plain_is_what_TextTable_wrote(string name)
    {
        Assert.Equal(Golden(name), TextTable.Write(Table(name).Model));
    }

    [Fact]
    public void Judged_on_the_interval_the_model_written_plain_is_still_what_TextTable_writes()
    {
        var card = Data.Scorecard(ReportingPeriod.Year(2014), s_demo.Value.EvaluationOptions)
            .WithComparators([PresentationData.EnglandReReferrals, PresentationData.NeighboursAssessments]);

        var text = TextTable.Scorecard(card);

        Assert.Equal(text, TextTable.Write(TextTableModel.Scorecard(card)));
        Assert.Contains(card.SelectMany(r => r.Comparisons), c => c.Judgement is Judgement.Similar or Judgement.Better or Judgement.Worse);
    }

    // Each table as TextTable writes it and as a model, of the same results.
    private static (string Text, TextTableModel Model) Table(string name)
    {
        var card = Card(2014);
        var publication = new PresentationOptions { Disclosure = DisclosureControl.LocalAuthority };
        switch (name)
        {
            case "scorecard":
                var previous = Card(2013);
                return (TextTable.Scorecard(card, previous: previous), TextTableModel.Scorecard(card, previous: previous));
            case "scorecard-publication":
                return (TextTable.Scorecard(card, publication), TextTableModel.Scorecard(card, publication));
            case "scorecard-no-population":
                var noPopulation = Data.Scorecard(ReportingPeriod.Year(2014), s_demo.Value.EvaluationOptions with { Population = null });
                return (TextTable.Scorecard(noPopulation), TextTableModel.Scorecard(noPopulation));
            case "explanation":
                var explanation = card["assessments-45wd"].Explain();
                var twelveRows = new PresentationOptions { MaxRows = 12 };
                return (TextTable.Explanation(explanation, twelveRows), TextTableModel.Explanation(explanation, twelveRows));
            case "time-series":
                var series = Data.Series("re-referrals-12m", ReportingPeriod.Consecutive(new DateOnly(2013, 4, 1), 4, PeriodLength.Quarter), s_demo.Value.EvaluationOptions);
                return (TextTable.TimeSeries(series), TextTableModel.TimeSeries(series));
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "a table of TextTables/");
        }
    }

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TextTables", name + ".txt"));

    private static string GoldenPath(string name) =>
        Path.Combine(ChildrensSocialCare.Indicators.Tests.Shared.RepositoryRoot.Find(), "tests", "ChildrensSocialCare.Indicators.Reporting.Tests", "TextTables", name + ".txt");
}
