using System.Text;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Damaged;

// A folder of SSDA903 files named without a year (as many exports are) takes its year from the bulk of its dates,
// not from the latest one.
public class CollectionYearTests
{
    private const string Header = "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\n";

    // A 2023-24 return: episodes that start and end in the year, and episodes open at its end.
    private static string Return2024(string extra) =>
        Header + string.Concat(Enumerable.Range(1, 30).Select(i => i % 3 == 0
            ? $"C{i},{1 + (i % 28):00}/05/2023,S,C2,N1,U1,\n"
            : $"C{i},{1 + (i % 28):00}/04/2023,S,C2,N1,U1,{1 + (i % 28):00}/02/2024\n")) + extra;

    private static ReadResult ReadFolder(string episodes, string name = "episodes.csv")
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File(name), episodes);
        File.WriteAllText(folder.File("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN\nC1,1,01/01/2010,WBRI,A123456789012\n");
        return Ssda903Csv.ReadFolder(folder.Path);
    }

    [Fact]
    public void One_DECOM_after_the_period_does_not_move_the_year_and_is_a_warning()
    {
        var r = ReadFolder(Return2024("C99,15/06/2024,S,C2,N1,U1,\n"));

        Assert.Equal(2024, Assert.Single(r.Returns).CollectionYear);
        var d = Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.Ssda903CollectionYearInferred);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("2024 is inferred", d.Message, StringComparison.Ordinal);
        Assert.Contains("ReadOptions.CollectionYear", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_after_the_period_the_inferred_year_is_information()
    {
        var r = ReadFolder(Return2024(""));

        Assert.Equal(2024, Assert.Single(r.Returns).CollectionYear);
        Assert.Equal(DiagnosticSeverity.Information, Assert.Single(r.Diagnostics, x => x.Code == DiagnosticCodes.Ssda903CollectionYearInferred).Severity);
    }

    [Fact]
    public void A_DECOM_of_31_12_9999_does_not_crash_and_does_not_vote()
    {
        var r = ReadFolder(Return2024("C99,31/12/9999,S,C2,N1,U1,\n"));

        Assert.Equal(2024, Assert.Single(r.Returns).CollectionYear);
        Assert.Contains(r.Diagnostics, x => x.Code == DiagnosticCodes.DateImplausible && x.Value == "31/12/9999");
    }

    [Fact]
    public void A_DECOM_of_31_12_9999_in_a_named_return_does_not_crash()
    {
        var r = ReadFolder(Return2024("C99,31/12/9999,S,C2,N1,U1,\n"), "SSDA903_2024_episodes.csv");

        Assert.Equal(2024, r.Returns.Single(x => x.Episodes.Count > 0).CollectionYear);
        Assert.Equal(31, r.Accepted - 1);
    }

    [Fact]
    public void A_stream_read_once_takes_the_year_of_most_dates_too()
    {
        using var stream = new NonSeekable(Encoding.UTF8.GetBytes(Return2024("C99,15/06/2024,S,C2,N1,U1,\n")));

        var r = Ssda903Csv.Read(stream, "episodes.csv");

        Assert.Equal(2024, Assert.Single(r.Returns).CollectionYear);
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
