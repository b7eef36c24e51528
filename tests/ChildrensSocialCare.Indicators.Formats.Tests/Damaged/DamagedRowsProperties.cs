using System.Text;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Damaged;

public class DamagedRowsProperties
{
    private static readonly ReadOptions s_options = new() { CollectionYear = 2020, MaxCsvRowCharacters = 1024 };

    // Law: for any episodes file, damaging k rows (a date that does not parse, a row past the row limit, a blank
    // child id, a quote left open at the end of the file) loses exactly those k rows, each reported on its own line,
    // and every other row is read unchanged.
    [Property(MaxTest = 60)]
    public void Damaging_k_rows_loses_exactly_those_rows(byte size, int seed)
    {
        var n = 1 + (size % 60);
        var random = new Random(seed);
        var text = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC\n");
        var kept = new List<string>();
        var damagedLines = new List<long>();
        for (var i = 1; i <= n; i++)
        {
            var damage = random.Next(8);
            text.Append(damage switch
            {
                0 => $"C{i},32/13/2019,S,C2,N1,U1,\n",
                1 => $"C{i},01/05/2019,S,C2,N1,{new string('U', 1500)},\n",
                2 => $" ,01/05/2019,S,C2,N1,U1,\n",
                3 when i == n => $"C{i},\"01/05/2019,S,C2,N1,U1,\n",
                _ => $"C{i},01/05/2019,S,C2,N1,U1,\n",
            });
            if (damage is 0 or 1 or 2 || (damage == 3 && i == n))
            {
                damagedLines.Add(i + 1);
            }
            else
            {
                kept.Add($"C{i}");
            }
        }

        var r = Ssda903Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "episodes.csv", s_options);

        Assert.Equal(kept, r.Returns.SelectMany(x => x.Episodes).Select(e => e.ChildId));
        Assert.Equal(damagedLines, r.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Line!.Value).Distinct());
        Assert.Equal(new TableCount("episodes.csv", "episodes", n, kept.Count, damagedLines.Count), Assert.Single(r.Tables));
    }
}
