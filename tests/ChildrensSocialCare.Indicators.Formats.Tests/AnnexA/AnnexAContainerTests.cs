using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// The xlsx container read defensively (specification 9.1): what is not an xlsx, what is damaged, what would expand
// without bound and what carries a DTD is a finding, never an exception, and what was read before it is kept.
public class AnnexAContainerTests
{
    private static readonly object?[] s_headers = [.. AnnexASamples.Headers(1)];

    private static byte[] FixtureBytes => File.ReadAllBytes(Fixture.Path("liia-tools-pipeline", "Annex_A_2024_Jan.xlsx"));

    private static AnnexAReadResult Read(byte[] bytes, AnnexAReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return AnnexAWorkbook.Read(stream, "book.xlsx", options);
    }

    private static Diagnostic Only(AnnexAReadResult r, string code)
    {
        var d = Assert.Single(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, d.Code);
        return d;
    }

    [Fact]
    public void An_xls_workbook_is_reported_not_parsed()
    {
        // An OLE compound file: the signature D0 CF 11 E0 A1 B1 1A E1, then sectors.
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]];

        var r = Read(ole);

        Assert.Contains(".xls", Only(r, DiagnosticCodes.AnnexAXls).Message, StringComparison.Ordinal);
        Assert.Equal(0, r.Lists.Count);
        Assert.Empty(r.Tables);
    }

    [Fact]
    public void A_csv_named_xlsx_is_not_an_xlsx()
    {
        var r = Read(Encoding.UTF8.GetBytes("Child Unique ID,Gender\n1,a) Male\n"));

        Assert.Equal("book.xlsx", Only(r, DiagnosticCodes.AnnexANotXlsx).Source);
    }

    [Fact]
    public void A_truncated_workbook_is_damaged()
    {
        var bytes = FixtureBytes;

        var r = Read(bytes[..(bytes.Length / 2)]);

        Only(r, DiagnosticCodes.AnnexAZipDamaged);
        Assert.Equal(0, r.Lists.Count);
    }

    [Fact]
    public void Damaged_bytes_anywhere_are_findings_never_exceptions()
    {
        var original = FixtureBytes;
        for (var at = 100; at < original.Length; at += original.Length / 97)
        {
            var bytes = (byte[])original.Clone();
            bytes[at] ^= 0x5A;
            bytes[at + 1] ^= 0xA5;

            var r = Read(bytes);

            AnnexAReconcile.Check(r);
        }
    }

    [Fact]
    public void A_workbook_cut_short_anywhere_is_a_finding_never_an_exception()
    {
        var original = FixtureBytes;
        for (var length = 0; length < original.Length; length += original.Length / 53)
        {
            var r = Read(original[..length]);

            Assert.True(r.HasErrors, $"cut at {length}");
            AnnexAReconcile.Check(r);
        }
    }

    [Fact]
    public void A_damaged_compression_method_is_a_damaged_zip()
    {
        // The sheet's central directory record (46 bytes before its name) holds the compression method at byte 10;
        // 99 (AES encryption) is one ZipArchive cannot read.
        var bytes = new XlsxBuilder().Sheet("List 1", s_headers, AnnexASamples.Row(1)).ToBytes();
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        var record = bytes.AsSpan().LastIndexOf(name) - 46;
        bytes[record + 10] = 99;
        bytes[record + 11] = 0;

        var r = Read(bytes);

        Assert.Equal("book.xlsx [List 1]", Only(r, DiagnosticCodes.AnnexAZipDamaged).Source);
        AnnexAReconcile.Check(r);
    }

    [Fact]
    public void A_strict_open_xml_workbook_is_reported()
    {
        var book = new XlsxBuilder().Sheet("List 1", s_headers, AnnexASamples.Row(1));
        book.Parts["xl/workbook.xml"] = """<?xml version="1.0"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="List 1" sheetId="1" r:id="rId1"/></sheets></workbook>""";

        Only(book.Read(), DiagnosticCodes.AnnexAStrictOoxml);
    }

    [Fact]
    public void A_dtd_in_the_workbook_is_refused_and_nothing_is_read()
    {
        var book = new XlsxBuilder().Sheet("List 1", s_headers, AnnexASamples.Row(1));
        book.Parts["xl/workbook.xml"] = """<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="&lol2;" sheetId="1" r:id="rId1"/></sheets></workbook>""";

        var r = book.Read();

        Only(r, DiagnosticCodes.XmlDtdProhibited);
        Assert.Equal(0, r.Lists.Count);
    }

    [Fact]
    public void A_dtd_in_one_sheet_loses_that_sheet_only()
    {
        var book = new XlsxBuilder().Sheet("List 1", s_headers, AnnexASamples.Row(1)).Sheet("List 3", [.. AnnexASamples.Headers(3)], AnnexASamples.Row(3));
        book.Parts["xl/worksheets/sheet1.xml"] = """<?xml version="1.0"?><!DOCTYPE worksheet SYSTEM "http://example.invalid/x.dtd"><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""";

        var r = book.Read();

        Assert.Equal("test.xlsx [List 1]", Only(r, DiagnosticCodes.XmlDtdProhibited).Source);
        Assert.Single(r.Lists.Referrals);
    }

    [Fact]
    public void A_part_that_expands_too_far_is_a_zip_bomb()
    {
        // Four megabytes of spaces compress about a thousand times, past the default ratio of 200.
        var book = new XlsxBuilder().Sheet("List 1", s_headers, AnnexASamples.Row(1));
        book.Parts["xl/worksheets/sheet1.xml"] = """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" + new string(' ', 4 << 20) + "<sheetData/></worksheet>";

        var r = book.Read();

        Assert.Contains("MaxCompressionRatio", Only(r, DiagnosticCodes.AnnexAZipBomb).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_and_entry_limits_are_options()
    {
        var bytes = new XlsxBuilder().Sheet("List 1", s_headers, AnnexASamples.Row(1)).ToBytes();

        Assert.Contains("MaxUncompressedBytes", Only(Read(bytes, new AnnexAReadOptions { MaxUncompressedBytes = 1000 }), DiagnosticCodes.AnnexAZipBomb).Message, StringComparison.Ordinal);
        Assert.Contains("MaxZipEntries", Only(Read(bytes, new AnnexAReadOptions { MaxZipEntries = 3 }), DiagnosticCodes.AnnexAZipBomb).Message, StringComparison.Ordinal);
        Assert.Single(Read(bytes).Lists.Contacts);
    }

    [Fact]
    public void The_bytes_a_part_produces_are_counted_whatever_the_zip_declares()
    {
        // A zip's declared sizes can lie; the budget counts what decompression actually yields. Ten bytes through
        // a budget of five stop at the sixth, whatever the entry claimed.
        using var part = new XlsxLimitedStream(new MemoryStream(new byte[10]), new XlsxBudget(5, 200), "xl/worksheets/sheet1.xml", 10);

        var fault = Assert.Throws<XlsxFault>(() => part.CopyTo(Stream.Null, 4));

        Assert.Equal(DiagnosticCodes.AnnexAZipBomb, fault.Code);
    }

    [Fact]
    public void A_sheet_whose_part_is_missing_is_reported_and_the_others_read()
    {
        var book = new XlsxBuilder().Sheet("List 1", s_headers, AnnexASamples.Row(1)).Sheet("List 3", [.. AnnexASamples.Headers(3)], AnnexASamples.Row(3));
        book.Parts["xl/_rels/workbook.xml.rels"] = """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/gone.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""";

        var r = book.Read();

        Assert.Equal("test.xlsx [List 1]", Only(r, DiagnosticCodes.AnnexAPartMissing).Source);
        Assert.Single(r.Lists.Referrals);
        Assert.Empty(r.Lists.Contacts);
    }

    [Fact]
    public void A_stream_that_cannot_seek_reads_the_same()
    {
        using var stream = new ForwardOnlyStream(FixtureBytes);

        var r = AnnexAWorkbook.Read(stream, "Annex_A_2024_Jan.xlsx");

        Assert.Equal(AnnexAWorkbook.Read(Fixture.Path("liia-tools-pipeline", "Annex_A_2024_Jan.xlsx")).Lists, r.Lists);
    }

    [Fact]
    public void Options_validate_when_set()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnnexAReadOptions { MaxZipEntries = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnnexAReadOptions { MaxUncompressedBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnexAReadOptions.Default with { MaxCompressionRatio = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnnexAReadOptions { MaxRepeatedFindings = -1 });
        Assert.Equal((10_000, 1L << 30, 200, 100), (AnnexAReadOptions.Default.MaxZipEntries, AnnexAReadOptions.Default.MaxUncompressedBytes, AnnexAReadOptions.Default.MaxCompressionRatio, AnnexAReadOptions.Default.MaxRepeatedFindings));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
