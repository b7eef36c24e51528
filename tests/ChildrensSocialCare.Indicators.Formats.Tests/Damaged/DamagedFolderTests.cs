using System.Diagnostics;
using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Damaged;

// Folders as councils send them: a table file twice, a folder or a pipe named like a table, a column missing,
// implausible values.
public class DamagedFolderTests
{
    private const string Episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\nC1,01/05/2019,S,C2,N1,U1,\nC2,01/06/2019,S,C2,N1,U1,01/01/2020\n";

    private static readonly ReadOptions s_2020 = new() { CollectionYear = 2020 };

    [Fact]
    public void The_same_file_under_two_names_is_read_once_with_an_error()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("episodes.csv"), Episodes);
        File.WriteAllText(folder.File("episodes copy.csv"), Episodes);

        var r = Ssda903Csv.ReadFolder(folder.Path, s_2020);

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvFileDuplicate);
        Assert.Equal((DiagnosticSeverity.Error, folder.File("episodes.csv")), (d.Severity, d.Source));
        Assert.Contains("episodes copy.csv", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(r.Returns).Episodes.Count);
    }

    [Fact]
    public void The_same_file_given_twice_is_read_once_with_an_error()
    {
        using var folder = new TempFolder();
        var path = folder.File("episodes.csv");
        File.WriteAllText(path, Episodes);

        var r = Ssda903Csv.ReadFiles([path, Path.Combine(folder.Path, ".", "episodes.csv")], s_2020);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvFileDuplicate).Severity);
        Assert.Equal(2, Assert.Single(r.Returns).Episodes.Count);
        Assert.True(r.AllRead);
    }

    [Fact]
    public void A_folder_named_like_a_table_file_is_reported()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("episodes.csv"), Episodes);
        Directory.CreateDirectory(folder.File("header.csv"));

        var r = Ssda903Csv.ReadFolder(folder.Path, s_2020);

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvNotAFile);
        Assert.Equal(folder.File("header.csv"), d.Source);
    }

    [Fact]
    public async Task A_named_pipe_named_like_a_table_is_skipped_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        File.WriteAllText(folder.File("episodes.csv"), Episodes);
        using (var mkfifo = Process.Start("mkfifo", [folder.File("header.csv")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var r = await Task.Run(() => Ssda903Csv.ReadFolder(folder.Path, s_2020)).WaitAsync(TimeSpan.FromSeconds(30));

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvEmpty);
        Assert.Equal(folder.File("header.csv"), d.Source);
        Assert.Equal(2, r.Accepted);
    }

    [Fact]
    public void Episodes_without_their_DEC_column_are_an_error_not_figures_as_if_every_episode_were_open()
    {
        var r = Ssda903Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes("CHILD,DECOM,RNE,LS,CIN,PLACE\nC1,01/05/2019,S,C2,N1,U1\n")), "episodes.csv", s_2020);

        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.CsvColumnMissing && x.Column == "DEC");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("not available", d.Message, StringComparison.Ordinal);
        Assert.Equal((1, 0, 1), (r.Tables[0].Read, r.Accepted, r.Rejected));
        Assert.Equal(["episodes.csv"], r.Unread);
    }

    [Fact]
    public void A_child_born_after_entering_care_or_after_the_year_gets_a_finding()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("episodes.csv"), Episodes);
        File.WriteAllText(folder.File("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN\nC1,1,01/07/2019,WBRI,A123456789012\nC2,1,01/01/2010,WBRI,A123456789013\nC3,1,01/01/2031,WBRI,A123456789014\n");

        var r = Ssda903Csv.ReadFolder(folder.Path, s_2020);

        var births = r.Diagnostics.Where(x => x.Code == DiagnosticCodes.Ssda903BirthImplausible).ToList();
        Assert.Equal([("C1", 2L), ("C3", 4L)], births.Select(x => (x.ChildId!, x.Line!.Value)));
        Assert.All(births, x => Assert.Equal((DiagnosticSeverity.Warning, "DOB"), (x.Severity, x.Column)));
        Assert.Equal(3, r.Returns[0].Children.Count);
    }

    [Fact]
    public void An_absurdly_long_child_id_rejects_the_row_and_is_cut_short_in_the_finding()
    {
        var id = new string('7', 100_000);
        var r = Ssda903Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes($"CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\n{id},01/05/2019,S,C2,N1,U1,\n")), "episodes.csv", s_2020);

        var d = Assert.Single(r.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal((DiagnosticCodes.ValueTooLong, "CHILD"), (d.Code, d.Column));
        Assert.True(d.Value!.Length <= 100);
        Assert.Equal(1, r.Rejected);
    }
}
