using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Damaged;

// Files a council really has: damaged, truncated, binary, too long. For each, no exception escapes, every row is a
// record or reported, and the finding says where to look. Large files are generated streams, never held in memory.
public class DamagedCsvTests
{
    private const string Header = "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\n";

    private static readonly ReadOptions s_2020 = new() { CollectionYear = 2020 };

    private static string Row(int i) => $"C{i},01/05/2019,S,C2,N1,U1,\n";

    private static string Rows(int from, int count) => string.Concat(Enumerable.Range(from, count).Select(Row));

    private static ReadResult Read(string text, string name = "episodes.csv", ReadOptions? options = null) =>
        Ssda903Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, options ?? s_2020);

    private static ReadResult Read(Stream stream, string name = "episodes.csv", ReadOptions? options = null) =>
        Ssda903Csv.Read(stream, name, options ?? s_2020);

    // Rows read = accepted + rejected, and (blank lines aside) one row per line after the header.
    private static void Reconciles(ReadResult r, int rows)
    {
        var t = Assert.Single(r.Tables);
        Assert.Equal(t.Read, t.Accepted + t.Rejected);
        Assert.Equal(rows, t.Read);
    }

    [Fact]
    public void A_field_longer_than_Seps_limit_is_a_finding_and_reading_goes_on_at_the_next_row()
    {
        // 20 Mi characters: past Sep's 16 Mi buffer, which used to end the read with NotSupportedException.
        using var stream = new GeneratedStream(Header + Row(1) + "C2,01/05/2019,S,C2,N1,", GeneratedStream.Part.Repeat('x', 20 << 20), "\n" + Row(3));

        var r = Read(stream);

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvRowTooLong);
        Assert.Equal((DiagnosticSeverity.Error, 3L, "PLACE"), (d.Severity, d.Line, d.Column));
        Assert.Contains("20,971,542 characters", d.Message, StringComparison.Ordinal);
        Assert.Equal(["C1", "C3"], r.Returns[0].Episodes.Select(e => e.ChildId));
        Reconciles(r, 3);
        Assert.True(r.AllRead);
    }

    [Fact]
    public void The_row_limit_is_an_option_that_validates_when_set()
    {
        Assert.Equal(1 << 20, ReadOptions.Default.MaxCsvRowCharacters);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadOptions.Default with { MaxCsvRowCharacters = 10 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadOptions.Default with { MaxCsvRowCharacters = 1 << 24 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadOptions.Default with { MaxCsvColumns = 1 });

        var r = Read(Header + Row(1) + "C2,01/05/2019,S,C2,N1,U1," + new string('9', 2000) + "\n" + Row(3), options: s_2020 with { MaxCsvRowCharacters = 1024 });

        Assert.Equal(3L, Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvRowTooLong).Line);
        Reconciles(r, 3);
    }

    [Fact]
    public void A_one_line_file_of_64_MB_is_a_finding_for_its_header_not_a_crash()
    {
        using var stream = new GeneratedStream(GeneratedStream.Part.Repeat('A', 64 << 20));

        var r = Read(stream);

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.CsvRowTooLong, 1L), (d.Code, d.Line));
        Assert.Equal(["episodes.csv"], r.Unread);
        Assert.False(r.AllRead);
    }

    [Fact]
    public void A_sparse_2_GB_file_is_binary_and_not_read()
    {
        using var folder = new TempFolder();
        var path = folder.File("episodes.csv");
        using (var file = File.Create(path))
        {
            file.SetLength(2L << 30);
        }

        var r = Ssda903Csv.ReadFiles([path]);

        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticCodes.CsvBinary, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Equal([path], r.Unread);
    }

    [Fact]
    public void An_unterminated_quote_on_line_4_loses_only_its_own_row_and_is_an_error()
    {
        // The bug: the quote swallowed the thousand rows after it into one value, with one row-width warning.
        var text = Header + Rows(1, 2) + "C3,\"01/05/2019,S,C2,N1,U1,\n" + Rows(4, 1000);

        var r = Read(text);

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvQuoteUnterminated);
        Assert.Equal((DiagnosticSeverity.Error, 4L, "DECOM"), (d.Severity, d.Line, d.Column));
        Assert.Contains("lines 5-1004", d.Message, StringComparison.Ordinal);
        Assert.Equal(1002, r.Returns[0].Episodes.Count);
        Assert.DoesNotContain(r.Returns[0].Episodes, e => e.ChildId == "C3");
        Reconciles(r, 1003);
    }

    [Fact]
    public void A_stray_quote_closed_by_another_is_read_as_data_and_no_row_is_swallowed()
    {
        var text = Header + Row(1) + "C2,01/05/2019,S,C2,N1,U1,\"\n" + Row(3) + "C4\",01/05/2019,S,C2,N1,U1,\n" + Row(5);

        var r = Read(text);

        var stray = r.Diagnostics.Where(x => x.Code == DiagnosticCodes.CsvQuoteStray).ToList();
        Assert.Equal([(3L, "DEC"), (5L, "CHILD")], stray.Select(x => (x.Line!.Value, x.Column!)));
        Assert.All(stray, x => Assert.Equal(DiagnosticSeverity.Warning, x.Severity));
        Assert.Contains("lines 4-5", stray[0].Message, StringComparison.Ordinal);
        Assert.Equal(["C1", "C2", "C3", "C4", "C5"], r.Returns[0].Episodes.Select(e => e.ChildId));
        Reconciles(r, 5);
    }

    [Fact]
    public void A_quoted_value_that_spans_lines_in_a_row_as_wide_as_the_header_is_kept()
    {
        var r = Read("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,URN\n" + "C1,01/05/2019,S,C2,N1,U1,,\"12\n34\"\nC2,01/05/2019,S,C2,N1,U1,,5\n");

        Assert.DoesNotContain(r.Diagnostics, x => x.Severity != DiagnosticSeverity.Information);
        Assert.Equal(["12\n34", "5"], r.Returns[0].Episodes.Select(e => e.Urn));
        Reconciles(r, 2);
    }

    [Fact]
    public void A_file_that_ends_inside_a_quoted_value_is_an_error()
    {
        var r = Read(Header + Row(1) + "C2,01/05/2019,S,C2,N1,\"U1");

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.CsvQuoteUnterminated, 3L, "PLACE"), (d.Code, d.Line, d.Column));
        Reconciles(r, 2);
        Assert.Equal(1, r.Accepted);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Line_numbers_after_a_long_row_hold_whatever_the_line_ends(string eol)
    {
        var text = (Header + Row(1) + "C2,01/05/2019,S,C2," + new string('x', 3000) + "\n" + Row(3) + "C4,31/02/2019,S,C2,N1,U1,\n").Replace("\n", eol, StringComparison.Ordinal);

        var r = Read(text, options: s_2020 with { MaxCsvRowCharacters = 1024 });

        Assert.Equal(3L, Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvRowTooLong).Line);
        Assert.Equal(5L, Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.DateUnparseable).Line);
        Reconciles(r, 4);
    }

    [Fact]
    public void A_binary_file_given_as_episodes_is_an_error_that_says_so()
    {
        var bytes = new byte[10_000];
        new Random(12).NextBytes(bytes);
        bytes[100] = 0;

        var r = Read(new MemoryStream(bytes));

        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticCodes.CsvBinary, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Contains("not text", d.Message, StringComparison.Ordinal);
        Assert.Equal(["episodes.csv"], r.Unread);
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_binary_and_with_one_is_read()
    {
        var text = Header + Row(1);

        Assert.Equal(DiagnosticCodes.CsvBinary, Assert.Single(Read(new MemoryStream(new UnicodeEncoding(false, false).GetBytes(text))).Diagnostics).Code);
        Assert.Equal(1, Read(new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)])).Accepted);
    }

    [Theory]
    [InlineData(';', "semicolons")]
    [InlineData('\t', "tabs")]
    public void A_file_separated_by_another_delimiter_is_an_error_that_says_so(char delimiter, string name)
    {
        var r = Read((Header + Rows(1, 3)).Replace(',', delimiter));

        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticCodes.CsvDelimiter, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Contains(name, d.Message, StringComparison.Ordinal);
        Reconciles(r, 3);
        Assert.Equal(0, r.Accepted);
        Assert.False(r.AllRead);
    }

    [Fact]
    public void A_header_of_a_million_columns_is_one_finding()
    {
        var columns = string.Join(',', Enumerable.Range(0, 1_000_000).Select(i => "X"));

        var r = Read(Header.TrimEnd('\n') + "," + columns + "\n" + Row(1), options: s_2020 with { MaxCsvRowCharacters = 1 << 23 });

        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticCodes.CsvHeaderTooWide, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Reconciles(r, 1);
    }

    [Fact]
    public void Ignored_columns_are_counted_not_listed_one_by_one()
    {
        var columns = string.Join(',', Enumerable.Range(0, 1000).Select(i => "X" + i));

        var r = Read(Header.TrimEnd('\n') + "," + columns + "\n" + Row(1));

        var ignored = r.Diagnostics.Where(x => x.Code == DiagnosticCodes.CsvColumnIgnored).ToList();
        Assert.Equal(ReadOptions.Default.MaxRepeatedFindings, ignored.Count);
        var suppressed = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.Suppressed && x.Message.Contains(DiagnosticCodes.CsvColumnIgnored, StringComparison.Ordinal));
        Assert.Contains("(1000 in all)", suppressed.Message, StringComparison.Ordinal);
        Assert.Equal(1, r.Accepted);
    }
}
