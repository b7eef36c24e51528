using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Damaged;

// Both XML readers given a document damaged in the second child: nested deeper than the documented limit
// (XmlSubtreeReader.MaxDepth, 64), a huge text node, cut short, or holding a character XML forbids. Each is a finding
// naming the element path and the line, never an exception or a hang; the first child is kept and the counts reconcile.
public class DamagedXmlTests
{
    private const string Cin = """
        <Message>
          <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
          <Children>
            <Child>
              <ChildIdentifiers><LAchildID>C1</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>2015-05-01</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
              <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>
            </Child>
            <Child>
              <ChildIdentifiers><LAchildID>C2</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>2016-05-01</PersonBirthDate><GenderCurrent>2</GenderCurrent></ChildIdentifiers>
              <CINdetails><CINreferralDate>2023-07-01</CINreferralDate><ReferralSource>@@</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>
            </Child>
          </Children>
        </Message>
        """;

    private const string Ssda903 = """
        <EXPSSDA903>
          <CHILD>
            <HEADER><CHILDID>A1</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
            <EPISODE><DECOM>01/05/2019</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><DEC /><REC /></EPISODE>
          </CHILD>
          <CHILD>
            <HEADER><CHILDID>A2</CHILDID><SEX>2</SEX><DOB>01/01/2011</DOB><ETHNIC>@@</ETHNIC></HEADER>
            <EPISODE><DECOM>01/06/2019</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><DEC /><REC /></EPISODE>
          </CHILD>
        </EXPSSDA903>
        """;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "cin", "ssda903" })
        {
            foreach (var damage in new[] { "deep", "huge-text", "truncated", "invalid-character" })
            {
                data.Add(format, damage);
            }
        }

        return data;
    }

    // The second child's text at the code "@@" (line 10 of the census, 7 of the SSDA903 return), damaged.
    private static string Damaged(string document, string damage)
    {
        var at = document.IndexOf("@@", StringComparison.Ordinal);
        return damage switch
        {
            "deep" => document[..at] + string.Concat(Enumerable.Repeat("<x>", 100)) + string.Concat(Enumerable.Repeat("</x>", 100)) + document[(at + 2)..],
            "huge-text" => document[..at] + new string('Z', 4 << 20) + document[(at + 2)..],
            "truncated" => document[..at],
            "invalid-character" => document[..at] + "A\u0001B" + document[(at + 2)..],
            _ => throw new ArgumentOutOfRangeException(nameof(damage), damage, null),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_damaged_second_child_is_a_finding_with_its_element_path_and_line_and_the_first_child_is_kept(string format, string damage)
    {
        var (document, child, line, year) = format == "cin"
            ? (Cin, "/Message/Children/Child[2]", 10, 2024)
            : (Ssda903, "/EXPSSDA903/CHILD[2]", 7, 2020);
        var bytes = new MemoryStream(Encoding.UTF8.GetBytes(Damaged(document, damage)));
        var options = new ReadOptions { CollectionYear = year };

        // A hang is a TimeoutException, not a test run that never ends.
        var r = await Task.Run(() => format == "cin" ? CinCensusXml.Read(bytes, "damaged.xml", options) : Ssda903Xml.Read(bytes, "damaged.xml", options))
            .WaitAsync(TimeSpan.FromSeconds(30));

        // The damaged element's finding (the documents leave UPN and ethnicity out: value.missing warnings of their own).
        var finding = Assert.Single(r.Diagnostics, d => d.Severity != DiagnosticSeverity.Information && d.Code != DiagnosticCodes.ValueMissing && d.Line == line);
        Assert.Equal("damaged.xml", finding.Source);
        Assert.StartsWith(child, finding.Element, StringComparison.Ordinal);
        Assert.True(finding.Message.Length < 2_000, $"a message of {finding.Message.Length} characters");
        Assert.True(finding.Value is null || finding.Value.Length <= 100);
        var ids = format == "cin" ? r.Returns.SelectMany(x => x.Children).Select(c => c.Id) : r.Returns.SelectMany(x => x.Episodes).Select(e => e.ChildId);
        Assert.Contains(format == "cin" ? "C1" : "A1", ids);
        Reconcile.Check(r);
    }
}
