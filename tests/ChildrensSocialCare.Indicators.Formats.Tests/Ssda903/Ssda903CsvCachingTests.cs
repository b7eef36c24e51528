using System.Text;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Ssda903;

// The reader remembers, per column, what it has already checked (a code's list membership for a year, a postcode's
// shape, the code converted) and where each episode came from. These tests show that the remembered results are the
// row-by-row results: every row is still checked, reported and kept as if read on its own.
public class Ssda903CsvCachingTests
{
    private static ReadResult Read(string name, string text, ReadOptions? options = null) =>
        Ssda903Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, options ?? new ReadOptions { CollectionYear = 2020 });

    [Fact]
    public void A_code_is_checked_against_the_list_of_each_rows_collection_year()
    {
        // PLACE K3 is in the list from 2025 (SSDA903_schema_2025.diff.yml), so only the 2024 rows are findings.
        var r = Read("episodes.csv",
            "CHILD,DECOM,RNE,LS,CIN,PLACE,LA,YEAR,DEC\n" +
            "A,2023-06-01,S,C2,N1,K3,Town,2024,\n" +
            "B,2024-06-01,S,C2,N1,K3,Town,2025,\n" +
            "C,2023-07-01,S,C2,N1,K3,Town,2024,\n",
            ReadOptions.Default);

        var unknown = r.Diagnostics.Where(d => d.Code == DiagnosticCodes.CodeUnknown).ToList();
        Assert.Equal([2L, 4L], unknown.Select(d => d.Line!.Value));
        Assert.All(unknown, d => Assert.Equal(("PLACE", "K3"), (d.Column, d.Value)));
        Assert.All(r.Returns.SelectMany(x => x.Episodes), e => Assert.Equal(new PlacementType("K3"), e.Placement));
    }

    [Fact]
    public void Every_unknown_code_is_reported_however_many_distinct_codes_a_column_has()
    {
        // 600 distinct unknown legal statuses between rows of C2 (known): far more values than the column remembers, so
        // remembered values are replaced again and again, C2's among them.
        var rows = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\n");
        for (var i = 0; i < 600; i++)
        {
            rows.Append(Child(i)).Append(",01/05/2019,S,C2,N1,U1,\n");
            rows.Append(Child(i)).Append(",01/06/2019,P,Q").Append(i).Append(",N1,U1,\n");
        }

        var r = Read("episodes.csv", rows.ToString(), new ReadOptions { CollectionYear = 2020, MaxRepeatedFindings = 10_000 });

        var unknown = r.Diagnostics.Where(d => d.Code == DiagnosticCodes.CodeUnknown).ToList();
        Assert.Equal(600, unknown.Count);
        Assert.All(unknown, d => Assert.Equal("LS", d.Column));
        Assert.Equal(Enumerable.Range(0, 600).Select(i => "Q" + i), unknown.Select(d => d.Value));
        var episodes = r.Returns[0].Episodes;
        Assert.Equal(1200, episodes.Count);
        Assert.Equal(Enumerable.Range(0, 600).SelectMany(i => new[] { "C2", "Q" + i }), episodes.Select(e => e.LegalStatus.Code));

        static string Child(int i) => "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Short_long_and_non_ASCII_values_of_one_column_are_each_kept_and_checked()
    {
        // The reader finds values of up to eight ASCII characters by number and others by text; mixed in one column,
        // each row still gets its own value and its own finding. Only C2 is a legal status.
        string[] statuses = ["C2", "Ç2", "C2C2C2C2C", "C2C2C2C2", "C2", "Ç2", "C2C2C2C2C", "c2"];
        string[] urns = ["SC123456", "SC1234567", "SÇ12", "SC123456", "SC1234567", "SC12345", "SÇ12", "SC123456"];
        var rows = string.Concat(statuses.Select((ls, i) => $"A{i},01/05/2019,S,{ls},N1,U1,{urns[i]},\n"));

        var r = Read("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,URN,DEC\n" + rows);

        var unknown = r.Diagnostics.Where(d => d.Code == DiagnosticCodes.CodeUnknown).ToList();
        Assert.Equal([3L, 4L, 5L, 7L, 8L], unknown.Select(d => d.Line!.Value));
        Assert.Equal(["Ç2", "C2C2C2C2C", "C2C2C2C2", "Ç2", "C2C2C2C2C"], unknown.Select(d => d.Value));
        var episodes = r.Returns[0].Episodes;
        Assert.Equal(statuses.Select(s => s.ToUpperInvariant()), episodes.Select(e => e.LegalStatus.Code));
        Assert.Equal(urns, episodes.Select(e => e.Urn));
    }

    [Fact]
    public void A_repeated_malformed_postcode_is_reported_on_every_row_and_kept()
    {
        var r = Read("episodes.csv",
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PL_POST,DEC\n" +
            "A,01/05/2019,S,C2,N1,U1,2TR,\n" +
            "A,01/06/2019,P,C2,N1,U1,2TR,\n" +
            "B,01/06/2019,S,C2,N1,U1,B1 1AA,\n" +
            "B,01/07/2019,P,C2,N1,U1,2TR,\n");

        var bad = r.Diagnostics.Where(d => d.Code == DiagnosticCodes.PostcodeFormat).ToList();
        Assert.Equal([2L, 3L, 5L], bad.Select(d => d.Line!.Value));
        Assert.Equal(["2TR", "2TR", "B1 1AA", "2TR"], r.Returns[0].Episodes.Select(e => e.PlacementPostcode));
    }

    [Fact]
    public void An_episode_whose_child_is_not_in_the_header_is_located_in_the_file_it_came_from()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("2020_header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN\nA,1,01/01/2010,WBRI,A12345678901B\n");
        File.WriteAllText(folder.File("2020_episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\nA,01/01/2020,S,C2,N1,U1,\nB,01/02/2020,S,C2,N1,U1,\n");
        File.WriteAllText(folder.File("2020_episodes_late.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\nA,01/03/2020,P,C2,N1,U2,\nA,01/03/2020,P,C2,N1,U2,\nC,01/03/2020,S,C2,N1,U1,\n");

        var r = Ssda903Csv.ReadFolder(folder.Path);

        // Both files are one return's episodes (reported as a repeated table); B is on line 3 of the first, C on line 4
        // of the second.
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.Ssda903TableRepeated);
        var notInHeader = r.Diagnostics.Where(d => d.Code == DiagnosticCodes.Ssda903ChildNotInHeader)
            .Select(d => (d.ChildId, d.Line, Path.GetFileName(d.Source)));
        Assert.Equal([("B", 3L, "2020_episodes.csv"), ("C", 4L, "2020_episodes_late.csv")], notInHeader);
        Assert.Equal(5, Assert.Single(r.Returns).Episodes.Count);
    }
}
