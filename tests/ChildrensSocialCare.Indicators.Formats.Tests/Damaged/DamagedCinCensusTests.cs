using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Damaged;

public class DamagedCinCensusTests
{
    [Fact]
    public void A_50_MB_child_id_is_a_finding_not_accepted_as_is()
    {
        var id = new string('x', 50 << 20);
        var xml = $"""
            <Message>
              <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
              <Children>
                <Child>
                  <ChildIdentifiers><LAchildID>{id}</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>2015-05-01</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
                  <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>
                </Child>
              </Children>
            </Message>
            """;

        var r = CinCensusXml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "census.xml");

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.ValueTooLong);
        Assert.Equal((DiagnosticSeverity.Error, "LAchildID"), (d.Severity, d.Column));
        Assert.Contains("52,428,800 characters", d.Message, StringComparison.Ordinal);
        Assert.True(d.Value!.Length <= 100);
        Assert.Empty(r.Returns.SelectMany(x => x.Children));
    }

    [Fact]
    public void A_document_with_the_wrong_root_is_unread()
    {
        var r = CinCensusXml.Read(new MemoryStream(Encoding.UTF8.GetBytes("<EXPSSDA903><CHILD/></EXPSSDA903>")), "census.xml");

        Assert.Contains(r.Diagnostics, x => x.Code == DiagnosticCodes.XmlRootUnexpected);
        Assert.Equal(["census.xml"], r.Unread);
        Assert.False(r.AllRead);
    }
}
