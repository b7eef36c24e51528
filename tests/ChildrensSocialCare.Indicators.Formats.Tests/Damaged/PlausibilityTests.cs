using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Damaged;

// Values no real return holds: a child born long after its first referral or after the census, a child id or a code
// longer than any real one. Each is a finding with where it is; ids reject the record, the others keep it.
public class PlausibilityTests
{
    private static readonly ReadOptions s_2020 = new() { CollectionYear = 2020 };

    private static string Census(params string[] children) => $"""
        <Message>
          <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
          <Children>
        {string.Concat(children)}
          </Children>
        </Message>
        """;

    private static string CinChild(string id, string birth, string referral, string code = "1A") => $"""
            <Child>
              <ChildIdentifiers><LAchildID>{id}</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>{birth}</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
              <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
              <CINdetails><CINreferralDate>{referral}</CINreferralDate><ReferralSource>{code}</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>
            </Child>

        """;

    private static ReadResult ReadCensus(string xml) => CinCensusXml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "census.xml");

    [Fact]
    public void A_CIN_child_born_long_after_its_first_referral_or_after_the_census_is_a_warning_and_kept()
    {
        var r = ReadCensus(Census(
            CinChild("A1", "2015-05-01", "2023-06-01"),
            CinChild("B2", "2023-09-01", "2023-06-01"),
            CinChild("C3", "2023-12-01", "2022-01-10"),
            CinChild("D4", "2025-01-01", "2024-03-20")));

        var births = r.Diagnostics.Where(x => x.Code == DiagnosticCodes.CinBirthImplausible).ToList();
        Assert.Equal(["C3", "D4"], births.Select(x => x.ChildId!));
        Assert.All(births, x => Assert.Equal((DiagnosticSeverity.Warning, "PersonBirthDate"), (x.Severity, x.Column)));
        Assert.Equal("/Message/Children/Child[3]/ChildIdentifiers/PersonBirthDate", births[0].Element);
        Assert.NotNull(births[0].Line);
        Assert.Contains("2022-01-10", births[0].Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-31", births[1].Message, StringComparison.Ordinal);
        Assert.Equal("2025-01-01", births[1].Value);

        // A birth after the reference date is reported once, not also as a date after the reference date.
        Assert.DoesNotContain(r.Diagnostics, x => x is { Code: DiagnosticCodes.CinDateAfterReference, Column: "PersonBirthDate" });
        Assert.Equal(4, r.Returns[0].Children.Count);
    }

    [Fact]
    public void A_CIN_pre_birth_referral_is_no_finding()
    {
        var r = ReadCensus(Census(CinChild("B2", "2023-09-01", "2023-02-01")));

        Assert.DoesNotContain(r.Diagnostics, x => x.Code == DiagnosticCodes.CinBirthImplausible);
    }

    [Fact]
    public void An_absurdly_long_SSDA903_XML_child_id_rejects_the_CHILD_and_is_cut_short_in_the_finding()
    {
        var id = new string('7', 100_000);
        var xml = $"""
            <EXPSSDA903>
              <CHILD><HEADER><CHILDID>{id}</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
                <EPISODE><DECOM>01/05/2019</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL></EPISODE></CHILD>
              <CHILD><HEADER><CHILDID>C2</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
                <EPISODE><DECOM>01/05/2019</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL></EPISODE></CHILD>
            </EXPSSDA903>
            """;

        var r = Ssda903Xml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "ssda903.xml", s_2020);

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.ValueTooLong, "CHILD"), (d.Code, d.Column));
        Assert.Equal("/EXPSSDA903/CHILD[1]/HEADER/CHILDID", d.Element);
        Assert.Contains("100,000 characters", d.Message, StringComparison.Ordinal);
        Assert.True(d.Value!.Length <= 100);
        Assert.Equal(["C2"], r.Returns[0].Children.Select(c => c.Id));
        Assert.Equal(1, r.Tables.Single(t => t.Table == "episodes").Rejected);
    }

    [Fact]
    public void A_code_longer_than_any_real_one_is_a_warning_and_treated_as_missing_in_every_reader()
    {
        var code = new string('Z', 5_000);

        var csv = Ssda903Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes($"CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\nC1,01/05/2019,S,C2,N1,{code},\n")), "episodes.csv", s_2020);
        var xml = Ssda903Xml.Read(new MemoryStream(Encoding.UTF8.GetBytes($"""
            <EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>{code}</ETHNIC></HEADER></CHILD></EXPSSDA903>
            """)), "ssda903.xml", s_2020);
        var cin = ReadCensus(Census(CinChild("A1", "2015-05-01", "2023-06-01", code)));

        foreach (var (r, column) in new[] { (csv, "PLACE"), (xml, "ETHNIC"), (cin, "ReferralSource") })
        {
            var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.ValueTooLong);
            Assert.Equal((DiagnosticSeverity.Warning, column), (d.Severity, d.Column));
            Assert.Contains("5,000 characters", d.Message, StringComparison.Ordinal);
            Assert.True(d.Value!.Length <= 100);
            Assert.DoesNotContain(r.Diagnostics, x => x.Code == DiagnosticCodes.CodeUnknown && x.Column == column);
            Assert.Equal(0, r.Rejected);
        }

        Assert.Single(csv.Returns[0].Episodes);
        Assert.Null(Assert.Single(xml.Returns[0].Children).Ethnicity);
        Assert.Null(Assert.Single(cin.Returns[0].CinEpisodes).ReferralSource);
    }

    [Fact]
    public void No_code_of_any_list_is_longer_than_the_limit()
    {
        foreach (var statutoryReturn in new[] { StatutoryReturn.Ssda903, StatutoryReturn.CinCensus })
        {
            foreach (var item in CodeLists.Items(statutoryReturn))
            {
                for (var year = 2017; year <= 2026; year++)
                {
                    Assert.All(CodeLists.Get(statutoryReturn, item, year), c => Assert.True(c.Length <= FieldReader.MaxCodeLength, $"{item} {c}"));
                }
            }
        }
    }
}
