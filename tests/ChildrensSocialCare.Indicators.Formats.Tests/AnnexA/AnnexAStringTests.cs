namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// Shared and inline strings as Excel writes them: plain, rich text in runs, phonetic guides that are not text, and
// a damaged index; and the header row searched for in the first ten rows only.
public class AnnexAStringTests
{
    private const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static string Sheet(string rows) =>
        $"""<?xml version="1.0"?><worksheet xmlns="{Ns}"><sheetData>{rows}</sheetData></worksheet>""";

    // List 1's headers as inline strings in row 1.
    private static string Headers() =>
        "<row r=\"1\">" + string.Concat(AnnexASamples.Headers(1).Select((h, i) =>
            $"<c r=\"{XlsxCellReference.Letters(i)}1\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(h)}</t></is></c>")) + "</row>";

    private static AnnexAReadResult Read(string sheet, string sharedStrings)
    {
        var book = new XlsxBuilder().Sheet("List 1");
        book.Parts["xl/worksheets/sheet1.xml"] = sheet;
        book.Parts["xl/sharedStrings.xml"] = $"""<?xml version="1.0"?><sst xmlns="{Ns}">{sharedStrings}</sst>""";
        return book.Read(new AnnexAReadOptions { ReferenceDate = new DateOnly(2024, 1, 1) });
    }

    [Fact]
    public void Rich_text_is_its_runs_joined_and_phonetic_runs_are_left_out()
    {
        // Shared string 0 is "C" + "42" in two runs, with a phonetic guide; the source is inline rich text.
        var row = """<row r="2"><c r="A2" t="s"><v>0</v></c><c r="F2"><v>44090</v></c><c r="G2" t="inlineStr"><is><r><t>q) 6: </t></r><r><rPr><b/></rPr><t>Police</t></r><rPh sb="0" eb="1"><t>ポ</t></rPh></is></c></row>""";

        var r = Read(Sheet(Headers() + row), """<si><r><t>C</t></r><r><t>42</t></r><rPh sb="0" eb="1"><t>シ</t></rPh></si>""");

        var contact = Assert.Single(r.Lists.Contacts);
        Assert.Equal(("C42", "6"), (contact.Child.ChildId, contact.Source));
    }

    [Fact]
    public void A_shared_string_index_past_the_table_is_an_error_cell()
    {
        var row = """<row r="2"><c r="A2" t="s"><v>7</v></c><c r="F2"><v>44090</v></c></row>""";

        var r = Read(Sheet(Headers() + row), "<si><t>only one</t></si>");

        Assert.Empty(r.Lists.Contacts);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.AnnexACellError && d.Severity == DiagnosticSeverity.Error && d.Value!.Contains("shared string 7", StringComparison.Ordinal));
    }

    [Fact]
    public void Cells_without_a_reference_follow_the_one_before()
    {
        var row = """<row><c t="inlineStr"><is><t>C1</t></is></c><c r="F2"><v>44090</v></c><c t="inlineStr"><is><t>6</t></is></c></row>""";

        var r = Read(Sheet(Headers().Replace("<row r=\"1\">", "<row>", StringComparison.Ordinal) + row), "");

        var contact = Assert.Single(r.Lists.Contacts);
        Assert.Equal(("C1", "6", 2), (contact.Child.ChildId, contact.Source, contact.Row));
    }

    [Fact]
    public void Headers_below_the_tenth_row_are_not_looked_for()
    {
        var notes = string.Concat(Enumerable.Range(1, 10).Select(i => $"<row r=\"{i}\"><c r=\"A{i}\" t=\"inlineStr\"><is><t>note {i}</t></is></c></row>"));
        var headers = Headers().Replace("r=\"1\"", "r=\"11\"", StringComparison.Ordinal).Replace("1\" t=", "11\" t=", StringComparison.Ordinal);

        var r = Read(Sheet(notes + headers), "");

        Assert.Empty(r.Tables);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.AnnexASheetUnidentified);
    }
}
