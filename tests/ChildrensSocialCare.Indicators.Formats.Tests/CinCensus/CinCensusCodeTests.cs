using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.CinCensus;

// Every CIN census code is checked against its own item's list, whichever codes came before it in the file.
public class CinCensusCodeTests
{
    [Fact]
    public void A_code_valid_for_one_item_is_still_checked_against_another_items_list()
    {
        // "4" is a ReferralSource (the list 1A ... 10) but not a 2024 GenderCurrent (0 1 2 9); "2" is the reverse.
        // The first child's referral source is read before the second child's sex, and the other way round.
        var xml = $"""
            <Message>
              <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
              <Children>
                {Child("A1", sex: "1", source: "4")}
                {Child("A2", sex: "4", source: "2")}
              </Children>
            </Message>
            """;

        var r = CinCensusXml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "census.xml");

        var unknown = r.Diagnostics.Where(d => d.Code == DiagnosticCodes.CodeUnknown).Select(d => (d.Column, d.Value)).ToList();
        Assert.Equal([("GenderCurrent", "4"), ("ReferralSource", "2")], unknown);
    }

    private static string Child(string id, string sex, string source) => $"""
        <Child>
          <ChildIdentifiers><LAchildID>{id}</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>2015-05-01</PersonBirthDate><GenderCurrent>{sex}</GenderCurrent></ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
          <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>{source}</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>
        </Child>
        """;
}
