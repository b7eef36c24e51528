using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// The demo authority's text tables, byte for byte as TextTable wrote them before its tables were built as a model
// (TextTables/*.txt, written by that code): the plain renderer must go on writing exactly this text.
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

    internal static string Text(string name) => name switch
    {
        "scorecard" => TextTable.Scorecard(Card(2014), previous: Card(2013)),
        "scorecard-publication" => TextTable.Scorecard(Card(2014), new PresentationOptions { Disclosure = DisclosureControl.LocalAuthority }),
        "scorecard-no-population" => TextTable.Scorecard(Data.Scorecard(ReportingPeriod.Year(2014), s_demo.Value.EvaluationOptions with { Population = null })),
        "explanation" => TextTable.Explanation(Card(2014)["assessments-45wd"].Explain(), new PresentationOptions { MaxRows = 12 }),
        "time-series" => TextTable.TimeSeries(Data.Series("re-referrals-12m",
            ReportingPeriod.Consecutive(new DateOnly(2013, 4, 1), 4, PeriodLength.Quarter), s_demo.Value.EvaluationOptions)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "a table of TextTables/"),
    };

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TextTables", name + ".txt"));
}
