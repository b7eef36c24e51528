using System.Text;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Ssda903;

// The rules of the CSV reader, each on a small hand-written table.
public class Ssda903CsvReaderTests
{
    private static ReadResult Read(string name, string text, ReadOptions? options = null) =>
        Ssda903Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, options ?? new ReadOptions { CollectionYear = 2020 });

    private static ReadResult ReadFiles(params (string Name, string Text)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(folder.File(name), text);
        }

        return Ssda903Csv.ReadFolder(folder.Path);
    }

    [Fact]
    public void Columns_are_matched_by_name_in_any_order_and_case()
    {
        var r = Read("episodes.csv", "urn,Dec,decom,child,rne,ls,cin,place\n1234567,01/02/2020,01/01/2020,A1,s,c2,n1,u1\n");

        var episode = Assert.Single(r.Returns[0].Episodes);
        Assert.Equal(new LookedAfterEpisode("A1", new DateOnly(2020, 1, 1), "S", "C2", "U1", new DateOnly(2020, 2, 1)) { CategoryOfNeed = "N1", Urn = "1234567" }, episode);
    }

    [Fact]
    public void An_extra_column_is_reported_once_per_file_as_information()
    {
        var r = Read("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,NOTES\nA,1,01/01/2010,WBRI,A12345678901B,x\nB,2,01/01/2011,WBRI,A12345678901C,y\n");

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvColumnIgnored);
        Assert.Equal((DiagnosticSeverity.Information, "NOTES", 1L), (d.Severity, d.Column, d.Line));
        Assert.Equal(2, r.Accepted);
    }

    [Fact]
    public void An_unparseable_DECOM_rejects_the_row_and_an_unparseable_DEC_is_kept_as_missing()
    {
        var r = Read("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\nA,31/02/2020,S,C2,N1,U1,\nB,01/01/2020,S,C2,N1,U1,2020-13-01\n");

        var rejected = Assert.Single(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.DateUnparseable, 2L, "DECOM", "31/02/2020", "A"), (rejected.Code, rejected.Line, rejected.Column, rejected.Value, rejected.ChildId));
        var kept = Assert.Single(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal((DiagnosticCodes.DateUnparseable, 3L, "DEC"), (kept.Code, kept.Line, kept.Column));
        var episode = Assert.Single(r.Returns[0].Episodes);
        Assert.Equal(("B", null), (episode.ChildId, episode.End));
        Assert.Equal(new TableCount("episodes.csv", "episodes", 2, 1, 1), Assert.Single(r.Tables));
    }

    [Fact]
    public void A_blank_child_id_rejects_the_row()
    {
        var r = Read("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n  ,01/01/2010,01/06/2019,PN1\n");

        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((DiagnosticCodes.ValueMissing, DiagnosticSeverity.Error, "CHILD"), (d.Code, d.Severity, d.Column));
        Assert.Equal(1, r.Rejected);
    }

    [Fact]
    public void An_episode_that_ceases_before_it_starts_is_kept_with_a_warning()
    {
        var r = Read("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\nA,01/03/2020,S,C2,N1,U1,01/02/2020,E11\n");

        // (Information findings say which optional columns the file lacks.)
        var d = Assert.Single(r.Diagnostics, x => x.Severity != DiagnosticSeverity.Information);
        Assert.Equal((DiagnosticCodes.Ssda903DecomAfterDec, DiagnosticSeverity.Warning, "DEC", "01/02/2020"), (d.Code, d.Severity, d.Column, d.Value));
        Assert.Single(r.Returns[0].Episodes);
    }

    [Fact]
    public void An_episode_whose_child_is_not_in_the_header_is_reported_once_per_child()
    {
        var r = ReadFiles(
            ("2020_header.csv", "CHILD,SEX,DOB,ETHNIC,UPN\nA,1,01/01/2010,WBRI,A12345678901B\n"),
            ("2020_episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\nA,01/01/2020,S,C2,N1,U1,\nB,01/02/2020,S,C2,N1,U1,\nB,01/03/2020,P,C2,N1,U2,\n"));

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.Ssda903ChildNotInHeader);
        Assert.Equal(("B", 3L, "2020_episodes.csv"), (d.ChildId, d.Line, Path.GetFileName(d.Source)));
        Assert.Equal(3, r.Returns[0].Episodes.Count);
    }

    [Fact]
    public void A_file_whose_name_and_columns_name_no_table_is_rejected_whole()
    {
        var r = Read("notes.csv", "A,B\n1,2\n3,4\n");

        Assert.Equal(DiagnosticCodes.Ssda903TableUnknown, Assert.Single(r.Diagnostics).Code);
        Assert.Equal(new TableCount("notes.csv", "unknown", 2, 0, 2), Assert.Single(r.Tables));
    }

    [Fact]
    public void A_table_is_recognised_by_its_columns_when_its_name_says_nothing()
    {
        var r = Read("export_7.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,01/01/2001,YES,F1,B1\n");

        Assert.Equal("oc3", Assert.Single(r.Tables).Table);
        Assert.Equal(new CareLeaverOutcome("A", new DateOnly(2001, 1, 1), "YES", "F1", "B1") { CollectionYear = 2020 }, Assert.Single(r.Returns[0].CareLeaverOutcomes));
    }

    [Fact]
    public void Without_the_column_that_identifies_its_records_every_row_is_rejected()
    {
        var r = Read("episodes.csv", "CHILD,RNE,LS,CIN,PLACE,DEC\nA,S,C2,N1,U1,\n");

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.CsvColumnMissing, "DECOM"), (d.Code, d.Column));
        Assert.Equal(1, r.Rejected);
    }

    [Fact]
    public void A_short_row_is_read_with_blank_cells_and_reported()
    {
        var r = Read("uasc.csv", "CHILD,SEX,DOB,DUC\nA,1\n");

        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.CsvRowWidth && d.Line == 2);
        Assert.Equal(new UnaccompaniedAsylumSeeker("A", "1", null), Assert.Single(r.Returns[0].UnaccompaniedAsylumSeekers));
    }

    [Fact]
    public void Blank_lines_are_not_rows_and_an_empty_file_is_reported()
    {
        Assert.Equal(1, Read("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\n\n,,,,\nA,01/01/2010,M,01/05/2019,\n\n").Accepted);
        Assert.Equal(DiagnosticCodes.CsvEmpty, Assert.Single(Read("missing.csv", "").Diagnostics).Code);
    }

    [Fact]
    public void Quoted_cells_keep_their_commas_and_quotes()
    {
        var r = Read("previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n\"A,1\",01/01/2010,Z1,\"say \"\"hi\"\"\",\n");

        Assert.Equal(new PreviousPermanence("A,1", new DateOnly(2010, 1, 1), "Z1", "say \"hi\""), Assert.Single(r.Returns[0].PreviousPermanence));
    }

    [Fact]
    public void A_pooled_row_with_a_year_that_is_not_a_year_is_rejected()
    {
        var r = Read("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,LA,YEAR,DEC\nA,2020-01-01,S,C2,N1,U1,Town,2020,\nB,2020-01-01,S,C2,N1,U1,Town,20x0,\n", ReadOptions.Default);

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.ValueInvalid, "YEAR", "20x0", 3L), (d.Code, d.Column, d.Value, d.Line));
        Assert.Equal(2020, Assert.Single(r.Returns).CollectionYear);
        Assert.Equal("Town", r.AuthorityOf(r.Returns[0]));
    }

    [Fact]
    public void Repeated_warnings_are_listed_up_to_the_limit_and_then_counted()
    {
        var rows = string.Concat(Enumerable.Range(0, 10).Select(i => $"C{i},01/01/2010,01/06/2019,ZZ\n"));

        var r = Read("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n" + rows, new ReadOptions { CollectionYear = 2020, MaxRepeatedFindings = 3 });

        Assert.Equal(3, r.Diagnostics.Count(d => d.Code == DiagnosticCodes.CodeUnknown));
        var summary = Assert.Single(r.Diagnostics, d => d.Code == DiagnosticCodes.Suppressed);
        Assert.Equal("REVIEW_CODE", summary.Column);
        Assert.StartsWith("7 more", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_in_one_pass()
    {
        var bytes = Encoding.UTF8.GetBytes("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\nA,01/01/2020,S,C2,N1,U1,\n");
        using var stream = new OneWayStream(bytes);

        var r = Ssda903Csv.Read(stream, "episodes.csv");

        // No year in the name and no second pass: the year is inferred after reading.
        Assert.Single(r.Returns[0].Episodes);
        Assert.Equal(2020, r.Returns[0].CollectionYear);
    }

    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
