using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Ssda903;

public class Ssda903XmlFixtureTests
{
    private static ReadResult Fake(ReadOptions? options = null) =>
        Ssda903Xml.Read(Fixture.Path("csc-validator-be-903", "fake_903.xml"), options);

    [Fact]
    public void The_fake_XML_return_reads_every_child_and_the_records_in_its_header()
    {
        var r = Fake();

        // Element counts by grep -o: CHILD 253, EPISODE 459, AREVIEW 1206, AMISSING 6, AD_PLACED 3, PERMANENCE 253,
        // OC2 253, <UASC>1</UASC> 12, IN_TOUCH 6, DATE_INT 3.
        var counts = r.Tables.ToDictionary(t => t.Table, t => (t.Read, t.Accepted));
        Assert.Equal((253, 253), counts["header"]);
        Assert.Equal((459, 459), counts["episodes"]);
        Assert.Equal((1206, 1206), counts["reviews"]);
        Assert.Equal((6, 6), counts["missing"]);
        Assert.Equal((3, 3), counts["placed_for_adoption"]);
        Assert.Equal((253, 253), counts["previous_permanence"]);
        Assert.Equal((253, 253), counts["oc2"]);
        Assert.Equal((12, 12), counts["uasc"]);
        Assert.Equal((6, 6), counts["oc3"]);
        Assert.Equal((3, 3), counts["ad1"]);
        Assert.Equal(0, r.Rejected);
        Reconcile.Check(r);
    }

    [Fact]
    public void The_first_child_of_the_fake_XML_return_maps_to_header_and_episode_records()
    {
        var records = Assert.Single(Fake().Returns);

        // <CHILD><HEADER><CHILDID>907440</CHILDID><UPN>O013219285333</UPN><SEX>2</SEX><DOB>28/07/2010</DOB>
        // <ETHNIC>BAFR</ETHNIC>... <EPISODE><DECOM>06/01/2017</DECOM><RNE>T</RNE><LS>J3</LS><CIN>N4</CIN><PL>R5</PL>
        // <PL_POST>E7 5YR</PL_POST><HOME_POST>B15 8PZ</HOME_POST><URN>1465167</URN><PLACE_PROVIDER>PR2</PLACE_PROVIDER>
        // <DEC>06/10/2017</DEC><REC>X1</REC><REASON_PLACE_CHANGE>CUSTOD</REASON_PLACE_CHANGE></EPISODE>
        var child = records.Children[0];
        Assert.Equal(new Child("907440", new DateOnly(2010, 7, 28), "2") { Ethnicity = "BAFR", Upn = "O013219285333" }, child);
        var episode = records.Episodes[0];
        Assert.Equal(
            new LookedAfterEpisode("907440", new DateOnly(2017, 1, 6), "T", "J3", "R5", new DateOnly(2017, 10, 6), "X1")
            {
                CategoryOfNeed = "N4",
                PlacementProvider = "PR2",
                ReasonPlaceChange = "CUSTOD",
                HomePostcode = "B15 8PZ",
                PlacementPostcode = "E7 5YR",
                Urn = "1465167",
            },
            episode);
        Assert.Equal(
            [new Review("907440", new DateOnly(2010, 7, 28), new DateOnly(2015, 9, 27), "PN0"), new Review("907440", new DateOnly(2010, 7, 28), new DateOnly(2016, 7, 14), "PN1")],
            records.Reviews.Take(2));
    }

    [Fact]
    public void The_fake_XML_return_takes_its_year_from_the_latest_DECOM_and_reports_the_2019_codes()
    {
        var r = Fake();

        Assert.Equal(2018, r.Returns[0].CollectionYear);
        Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCodes.Ssda903CollectionYearInferred);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.CodeUnknown && d.Value == "CUSTOD"
            && d.Element == "/EXPSSDA903/CHILD[1]/EPISODE[1]/REASON_PLACE_CHANGE");
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.CodeUnknown && d.Column == "REASON_PLACED_CEASED" && d.Value == "XXX");
        Assert.DoesNotContain(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
