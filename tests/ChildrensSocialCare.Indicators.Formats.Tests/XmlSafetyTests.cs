using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// Hostile and broken XML: refused or read up to the fault, always with a diagnostic and never an exception.
public class XmlSafetyTests
{
    private const string Xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE Message [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child></Children></Message>
        """;

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE EXPSSDA903 [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <EXPSSDA903><CHILD><HEADER><CHILDID>&lol9;</CHILDID></HEADER></CHILD></EXPSSDA903>
        """;

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_external_entity_payload_is_refused_with_a_diagnostic()
    {
        var r = CinCensusXml.Read(Utf8(Xxe), "xxe.xml");

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.XmlDtdProhibited, d.Code);
        Assert.Equal(0, Assert.Single(r.Returns).Count);
        Assert.Equal(0, r.Accepted);
    }

    [Fact]
    public void A_billion_laughs_payload_is_refused_with_a_diagnostic()
    {
        var r = Ssda903Xml.Read(Utf8(BillionLaughs), "laughs.xml");

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.XmlDtdProhibited, d.Code);
        Assert.Equal(0, Assert.Single(r.Returns).Count);
    }

    [Fact]
    public void An_undeclared_entity_without_a_DTD_is_malformed_XML()
    {
        var r = CinCensusXml.Read(Utf8("<Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child></Children></Message>"), "entity.xml");

        Assert.Equal(DiagnosticCodes.XmlMalformed, Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error).Code);
        Reconcile.Check(r);
    }

    [Fact]
    public void A_truncated_census_keeps_the_children_read_before_the_fault_and_rejects_the_one_being_read()
    {
        var text = File.ReadAllText(Fixture.Path("csc-validator-be-cin", "fake_CIN_data.xml"));
        var cut = text.IndexOf("<LAchildID>RND000750143123", StringComparison.Ordinal); // inside the third child

        var r = CinCensusXml.Read(Utf8(text[..cut]), "truncated.xml");

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.XmlMalformed, d.Code);
        Assert.Equal("/Message/Children/Child[3]", d.Element);
        Assert.Equal(["RND000215205141", "RND000824303014"], r.Returns[0].Children.Select(c => c.Id));
        Assert.Equal(new TableCount("truncated.xml", "Child", 3, 2, 1), r.Tables.Single(t => t.Table == "Child"));
        Reconcile.Check(r);
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_reported_and_not_read_further()
    {
        var options = new ReadOptions { MaxXmlCharacters = 2_000 };

        var r = CinCensusXml.Read(Fixture.Path("csc-validator-be-cin", "fake_CIN_data.xml"), options);

        Assert.Equal(DiagnosticCodes.XmlTooLarge, Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error).Code);
        Assert.True(r.Returns[0].Children.Count < 10);
        Reconcile.Check(r);
    }

    [Fact]
    public void A_document_of_the_other_format_is_reported_as_the_wrong_root()
    {
        var r = Ssda903Xml.Read(Fixture.Path("csc-validator-be-cin", "CIN_Census_2021.xml"));

        Assert.Equal(DiagnosticCodes.XmlRootUnexpected, Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error).Code);
        Assert.Equal(0, r.Returns[0].Count);
    }

    [Fact]
    public void A_child_without_an_id_is_rejected_with_everything_in_it()
    {
        const string Xml = """
            <Message><Children>
              <Child><ChildIdentifiers><LAchildID> </LAchildID></ChildIdentifiers>
                <CINdetails><CINreferralDate>2023-01-01</CINreferralDate><Assessments><AssessmentActualStartDate>2023-01-02</AssessmentActualStartDate></Assessments></CINdetails>
              </Child>
            </Children></Message>
            """;

        var r = CinCensusXml.Read(Utf8(Xml), "noid.xml", new ReadOptions { CollectionYear = 2023 });

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.ValueMissing, "LAchildID"), (d.Code, d.Column));
        Assert.Equal(3, r.Rejected);
        Assert.Equal(0, r.Returns[0].Count);
        Reconcile.Check(r);
    }

    [Fact]
    public void Elements_nested_a_hundred_thousand_deep_are_malformed_and_do_not_overflow_the_stack()
    {
        var depth = 100_000;
        var xml = "<EXPSSDA903><CHILD><HEADER><CHILDID>A</CHILDID></HEADER>" + string.Concat(Enumerable.Repeat("<x>", depth))
            + string.Concat(Enumerable.Repeat("</x>", depth)) + "</CHILD></EXPSSDA903>";

        var r = Ssda903Xml.Read(Utf8(xml), "deep.xml", new ReadOptions { CollectionYear = 2020 });

        Assert.Equal(DiagnosticCodes.XmlMalformed, Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error).Code);
        Assert.Equal(0, r.Accepted);
        Reconcile.Check(r);
    }
}
