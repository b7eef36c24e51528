using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Damaged;

// A column a table cannot do without (one that identifies its records, or episodes' DEC) leaves the table unusable:
// the error names the column and the indicators left not available, read from the catalogue by family.
public class MissingColumnTests
{
    private static readonly ReadOptions s_2020 = new() { CollectionYear = 2020 };

    private static Diagnostic MissingColumn(string name, string text)
    {
        var r = Ssda903Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, s_2020);
        Assert.Equal([name], r.Unread);
        return Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCodes.CsvColumnMissing && d.Severity == DiagnosticSeverity.Error);
    }

    // The ids after "These indicators are not available: ", each checked against the catalogue.
    private static List<string> NotAvailable(Diagnostic d)
    {
        const string Lead = "These indicators are not available: ";
        var at = d.Message.IndexOf(Lead, StringComparison.Ordinal);
        Assert.True(at >= 0, d.Message);
        var ids = d.Message[(at + Lead.Length)..].TrimEnd('.').Split(", ").ToList();
        Assert.All(ids, id => Assert.NotNull(Catalogue.Find(id)));
        return ids;
    }

    private static List<string> Family(params IndicatorFamily[] families) =>
        [.. Catalogue.All.Where(d => families.Contains(d.Family)).Select(d => d.Id)];

    [Fact]
    public void Episodes_without_DEC_name_the_column_and_the_looked_after_and_adoption_indicators_not_available()
    {
        var d = MissingColumn("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE\nC1,01/05/2019,S,C2,N1,U1\n");

        Assert.Equal(("DEC", 1), (d.Column, d.Line));
        var ids = NotAvailable(d);
        Assert.Equal(Family(IndicatorFamily.LookedAfter, IndicatorFamily.Adoption), ids);
        Assert.Contains("cla-rate", ids);
        Assert.Contains("cla-3plus-placements", ids);
        Assert.DoesNotContain("care-leavers-in-touch", ids);
    }

    [Fact]
    public void Episodes_without_DECOM_name_the_same_indicators()
    {
        var d = MissingColumn("episodes.csv", "CHILD,RNE,LS,CIN,PLACE,DEC\nC1,S,C2,N1,U1,\n");

        Assert.Equal("DECOM", d.Column);
        Assert.Equal(Family(IndicatorFamily.LookedAfter, IndicatorFamily.Adoption), NotAvailable(d));
    }

    [Fact]
    public void Care_leavers_without_CHILD_name_the_care_leaver_indicators()
    {
        var d = MissingColumn("oc3.csv", "DOB,IN_TOUCH,ACTIV,ACCOM\n01/01/2001,YES,F1,B1\n");

        Assert.Equal("CHILD", d.Column);
        var ids = NotAvailable(d);
        Assert.Equal(Family(IndicatorFamily.CareLeavers), ids);
        Assert.Contains("care-leavers-in-touch", ids);
    }

    [Fact]
    public void A_table_no_indicator_is_computed_from_says_so()
    {
        var d = MissingColumn("missing.csv", "CHILD,MISSING,MIS_END\nC1,M,01/06/2019\n");

        Assert.Equal("MIS_START", d.Column);
        Assert.EndsWith("No indicator of the catalogue is computed from this table.", d.Message, StringComparison.Ordinal);
    }
}
