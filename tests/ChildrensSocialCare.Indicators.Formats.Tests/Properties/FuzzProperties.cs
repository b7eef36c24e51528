using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Properties;

// Random byte mutations and truncations of valid files: the readers never throw, and every row or element read is
// accounted for (Reconcile.Check).
public class FuzzProperties
{
    private static readonly byte[] Episodes = Encoding.UTF8.GetBytes(string.Join('\n',
        File.ReadLines(Fixture.Path("csc-validator-be-903", "episodes.csv")).Take(25)) + "\n");

    private static readonly byte[] Header = File.ReadAllBytes(Fixture.Path("liia-tools-pipeline", "SSDA903_2020_header.csv"));

    private static readonly byte[] SocialWorkers = File.ReadAllBytes(Fixture.Path("csc-validator-be-903", "sw_episodes.csv"));

    private static readonly byte[] Pooled = Encoding.UTF8.GetBytes(string.Join("\r\n",
        File.ReadLines(Fixture.Path("cs-demand-model-regional", "v1", "episodes.csv")).Take(20)) + "\r\n");

    private static readonly byte[] Ssda903Xml = FirstChildren(File.ReadAllText(Fixture.Path("csc-validator-be-903", "fake_903.xml")), 3);

    private static readonly byte[] Census = File.ReadAllBytes(Fixture.Path("csc-validator-be-cin", "CIN_Census_2026.xml"));

    // The document with only its first n CHILD elements.
    private static byte[] FirstChildren(string xml, int n)
    {
        var end = 0;
        for (var i = 0; i < n; i++)
        {
            end = xml.IndexOf("</CHILD>", end, StringComparison.Ordinal) + "</CHILD>".Length;
        }

        return Encoding.ASCII.GetBytes(xml[..end] + "</EXPSSDA903>");
    }

    // Replace, insert or delete bytes (favouring the bytes that carry structure), then maybe cut the file short.
    private static Gen<byte[]> Mutated(byte[] original) =>
        from edits in Gen.Choose(1, 8)
        from operations in Gen.Zip(Gen.Choose(0, 2), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements<byte>(
            (byte)',', (byte)'"', (byte)'\n', (byte)'\r', (byte)'<', (byte)'>', (byte)'/', (byte)'&', (byte)';', 0, 0xEF, 0xBB, 0xBF, 0xFF, (byte)'0', (byte)'a'))).ListOf(edits)
        from cut in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, original.Length)))
        select Apply(original, operations.ToList(), cut);

    private static byte[] Apply(byte[] original, List<(int Kind, (int Position, byte Value) At)> operations, int cut)
    {
        var bytes = original.ToList();
        foreach (var (kind, (position, value)) in operations)
        {
            var at = bytes.Count == 0 ? 0 : position % bytes.Count;
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = value;
                    break;
                case 1:
                    bytes.Insert(at, value);
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
            }
        }

        return cut >= 0 && cut < bytes.Count ? [.. bytes.Take(cut)] : [.. bytes];
    }

    private static Property Csv(byte[] original, string name) =>
        Prop.ForAll(Mutated(original).ToArbitrary(), bytes =>
            Reconcile.Check(Ssda903Csv.Read(new MemoryStream(bytes), name)));

    [Property(MaxTest = 150)]
    public Property Mutated_episodes_never_throw_and_reconcile() => Csv(Episodes, "episodes.csv");

    [Property(MaxTest = 100)]
    public Property Mutated_headers_never_throw_and_reconcile() => Csv(Header, "SSDA903_2020_header.csv");

    [Property(MaxTest = 100)]
    public Property Mutated_files_with_a_byte_order_mark_never_throw_and_reconcile() => Csv(SocialWorkers, "sw_episodes.csv");

    [Property(MaxTest = 100)]
    public Property Mutated_pooled_files_never_throw_and_reconcile() => Csv(Pooled, "pooled.csv");

    [Property(MaxTest = 150)]
    public Property Mutated_SSDA903_XML_never_throws_and_reconciles() =>
        Prop.ForAll(Mutated(Ssda903Xml).ToArbitrary(), bytes =>
            Reconcile.Check(Formats.Ssda903Xml.Read(new MemoryStream(bytes), "fake_903.xml")));

    [Property(MaxTest = 150)]
    public Property Mutated_CIN_census_XML_never_throws_and_reconciles() =>
        Prop.ForAll(Mutated(Census).ToArbitrary(), bytes =>
            Reconcile.Check(CinCensusXml.Read(new MemoryStream(bytes), "CIN_Census_2026.xml")));

    [Fact]
    public void Every_truncation_of_a_census_is_read_without_throwing()
    {
        for (var length = 0; length <= Census.Length; length += 7)
        {
            Reconcile.Check(CinCensusXml.Read(new MemoryStream(Census, 0, length), "cut.xml"));
        }
    }
}
