using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// Law (specification 9.1): read(write(x)) = x for what the lists hold.
public class AnnexARoundTripTests
{
    [Property(MaxTest = 60)]
    public Property A_written_workbook_reads_back_the_lists() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<int>().ToArbitrary(), seed =>
        {
            var lists = AnnexAGenerator.Lists(seed);
            using var stream = new MemoryStream();

            var written = AnnexAWorkbook.Write(lists, stream);
            stream.Position = 0;
            var read = AnnexAWorkbook.Read(stream, "written.xlsx", new AnnexAReadOptions { ReferenceDate = new DateOnly(2030, 1, 1) });

            Assert.Empty(written.Diagnostics);
            Assert.DoesNotContain(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(11, read.Tables.Count);
            Assert.Equal(lists, read.Lists);
            AnnexAReconcile.Check(read);
        });

    [Fact]
    public void The_fixture_written_and_read_again_is_the_same()
    {
        var first = AnnexAWorkbook.Read(Fixture.Path("liia-tools-pipeline", "Annex_A_2024_Jan.xlsx"));
        using var folder = new TempFolder();
        var path = folder.File("annex-a.xlsx");

        var written = AnnexAWorkbook.Write(first.Lists, path);
        var second = AnnexAWorkbook.Read(path);

        Assert.Equal([path], written.Files);
        Assert.Equal(first.Lists, second.Lists);
        Assert.Equal(first.ReferenceDate, second.ReferenceDate);
    }

    [Fact]
    public void Dates_before_March_1900_survive_Excels_phantom_leap_day()
    {
        var lists = new Records.AnnexALists
        {
            Contacts = [new Records.AnnexAContact(new Records.AnnexAChild("C1"), new DateOnly(1900, 2, 28)) { Row = 2 }, new Records.AnnexAContact(new Records.AnnexAChild("C2"), new DateOnly(1900, 3, 1)) { Row = 3 }],
        };
        using var stream = new MemoryStream();
        AnnexAWorkbook.Write(lists, stream);
        stream.Position = 0;

        Assert.Equal(lists.Contacts, AnnexAWorkbook.Read(stream, "x.xlsx").Lists.Contacts);
    }

    [Fact]
    public void The_generator_fills_every_list_and_the_extra_column()
    {
        var lists = Enumerable.Range(0, 30).Select(AnnexAGenerator.Lists).ToList();

        Assert.All(new Func<Records.AnnexALists, int>[] { l => l.Contacts.Count, l => l.ChildrenInCare.Count, l => l.CareLeavers.Count, l => l.Adopters.Count }, count => Assert.True(lists.Sum(count) > 10));
        Assert.Contains(lists, l => l.Referrals.Any(r => r.Extra.Count > 0));
    }
}
