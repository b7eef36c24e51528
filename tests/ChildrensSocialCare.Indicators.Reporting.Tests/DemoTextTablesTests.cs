using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// The demo authority's text tables, byte for byte as TextTable wrote them before its tables were built as a model
// (TextTables/*.txt, written by that code): the model, written by the plain renderer, is exactly this text.
public class DemoTextTablesTests
{
    private static readonly Lazy<SyntheticAuthority> s_demo = new(() => SyntheticAuthority.Generate(DemoAuthority.Options with { Children = 1_500 }));

    private static DataSet Data => s_demo.Value.ToDataSet();

    private static Scorecard Card(int year) => Data.Scorecard(ReportingPeriod.Year(year), s_demo.Value.EvaluationOptions)
        .WithComparators([PresentationData.EnglandReReferrals, PresentationData.NeighboursAssessments]);

    public static TheoryData<string> Tables => new() { "scorecard", "scorecard-publication", "scorecard-no-population", "explanation", "time-series" };

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_demo_authoritys_text_is_what_TextTable_wrote(string name)
    {
        Assert.Equal(Golden(name), Text(name));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_demo_authoritys_table_model_written_plain_is_what_TextTable_wrote(string name)
    {
        Assert.Equal(Golden(name), TextTable.Write(Model(name)));
    }

    private static string Text(string name) => name switch
    {
        "scorecard" => TextTable.Scorecard(Card(2014), previous: Card(2013)),
        "scorecard-publication" => TextTable.Scorecard(Card(2014), s_publication),
        "scorecard-no-population" => TextTable.Scorecard(CardWithoutPopulation),
        "explanation" => TextTable.Explanation(Card(2014)["assessments-45wd"].Explain(), s_twelveRows),
        "time-series" => TextTable.TimeSeries(Series),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "a table of TextTables/"),
    };

    private static TextTableModel Model(string name) => name switch
    {
        "scorecard" => TextTableModel.Scorecard(Card(2014), previous: Card(2013)),
        "scorecard-publication" => TextTableModel.Scorecard(Card(2014), s_publication),
        "scorecard-no-population" => TextTableModel.Scorecard(CardWithoutPopulation),
        "explanation" => TextTableModel.Explanation(Card(2014)["assessments-45wd"].Explain(), s_twelveRows),
        "time-series" => TextTableModel.TimeSeries(Series),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "a table of TextTables/"),
    };

    private static readonly PresentationOptions s_publication = new() { Disclosure = DisclosureControl.LocalAuthority };

    private static readonly PresentationOptions s_twelveRows = new() { MaxRows = 12 };

    private static Scorecard CardWithoutPopulation => Data.Scorecard(ReportingPeriod.Year(2014), s_demo.Value.EvaluationOptions with { Population = null });

    private static TimeSeries Series => Data.Series("re-referrals-12m",
        ReportingPeriod.Consecutive(new DateOnly(2013, 4, 1), 4, PeriodLength.Quarter), s_demo.Value.EvaluationOptions);

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TextTables", name + ".txt"));
}
