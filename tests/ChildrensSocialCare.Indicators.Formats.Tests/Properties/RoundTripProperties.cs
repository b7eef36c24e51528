using ChildrensSocialCare.Indicators.Records;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Formats.Tests.Properties;

// Law: records -> write -> read gives the same records, for every format.
public class RoundTripProperties
{
    private static void NoErrors(ReadResult r) =>
        Assert.DoesNotContain(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

    [Property(MaxTest = 100)]
    public Property SSDA903_CSV_tables_read_back_the_records_written() =>
        Prop.ForAll(Generators.Ssda903Return(xmlShape: false).ToArbitrary(), records =>
        {
            var read = InMemory.ReadCsv(InMemory.CsvTables(records));

            NoErrors(read);
            Same.Records(records, Assert.Single(read.Returns));
            Reconcile.Check(read);
        });

    [Property(MaxTest = 10)]
    public Property SSDA903_CSV_folders_read_back_the_records_written() =>
        Prop.ForAll(Generators.Ssda903Return(xmlShape: false).ToArbitrary(), records =>
        {
            using var folder = new TempFolder();
            var written = Ssda903Csv.WriteFolder(records, folder.Path);

            var read = Ssda903Csv.ReadFolder(folder.Path);

            Assert.Empty(written.Diagnostics);
            Assert.All(written.Files, f => Assert.StartsWith($"SSDA903_{records.CollectionYear}_", Path.GetFileName(f), StringComparison.Ordinal));
            NoErrors(read);
            Same.Records(records, Assert.Single(read.Returns));
        });

    [Property(MaxTest = 60)]
    public Property SSDA903_XML_reads_back_the_records_written() =>
        Prop.ForAll(Generators.Ssda903Return(xmlShape: true).ToArbitrary(), records =>
        {
            using var stream = new MemoryStream();
            var written = Ssda903Xml.Write(records, stream);
            stream.Position = 0;

            var read = Ssda903Xml.Read(stream, "return.xml", new ReadOptions { CollectionYear = records.CollectionYear });

            Assert.Empty(written.Diagnostics);
            NoErrors(read);
            Same.Records(records, Assert.Single(read.Returns));
            Reconcile.Check(read);
        });

    [Property(MaxTest = 60)]
    public Property CIN_census_XML_reads_back_the_records_written() =>
        Prop.ForAll(Generators.CinCensus().ToArbitrary(), records =>
        {
            using var stream = new MemoryStream();
            var written = CinCensusXml.Write(records, stream);
            stream.Position = 0;

            var read = CinCensusXml.Read(stream, "census.xml");

            Assert.Empty(written.Diagnostics);
            NoErrors(read);
            Same.Records(records, Assert.Single(read.Returns));
            Reconcile.Check(read);
        });

    [Property(MaxTest = 60)]
    public Property The_CSV_and_XML_forms_of_one_return_give_the_same_data_set() =>
        Prop.ForAll(Generators.Ssda903Return(xmlShape: true).ToArbitrary(), records =>
        {
            using var xml = new MemoryStream();
            Ssda903Xml.Write(records, xml);
            xml.Position = 0;

            var fromCsv = DataSet.Create(InMemory.ReadCsv(InMemory.CsvTables(records)).Returns);
            var fromXml = DataSet.Create(Ssda903Xml.Read(xml, "return.xml", new ReadOptions { CollectionYear = records.CollectionYear }).Returns);

            Same.Lists(fromCsv.Children, fromXml.Children);
            Same.Lists(fromCsv.Episodes, fromXml.Episodes);
            Same.Lists(fromCsv.Reviews, fromXml.Reviews);
            Same.Lists(fromCsv.UnaccompaniedAsylumSeekers, fromXml.UnaccompaniedAsylumSeekers);
            Same.Lists(fromCsv.HealthOutcomes, fromXml.HealthOutcomes);
            Same.Lists(fromCsv.CareLeaverOutcomes, fromXml.CareLeaverOutcomes);
            Same.Lists(fromCsv.Adoptions, fromXml.Adoptions);
            Same.Lists(fromCsv.PlacedForAdoption, fromXml.PlacedForAdoption);
            Same.Lists(fromCsv.PreviousPermanence, fromXml.PreviousPermanence);
            Same.Lists(fromCsv.MissingEpisodes, fromXml.MissingEpisodes);
            Assert.Equal(fromCsv.ChildIds, fromXml.ChildIds);
            foreach (var id in fromCsv.ChildIds)
            {
                // (PeriodOfCare and Placement hold their episodes in a list, compared here by content.)
                Assert.Equal(fromCsv.PeriodsOfCare(id).Select(p => (p.Start, p.End, p.EndedInAdoption, p.Episodes.Count)), fromXml.PeriodsOfCare(id).Select(p => (p.Start, p.End, p.EndedInAdoption, p.Episodes.Count)));
                Assert.Equal(fromCsv.Placements(id).Select(p => (p.Start, p.End, p.Episodes.Count)), fromXml.Placements(id).Select(p => (p.Start, p.End, p.Episodes.Count)));
            }
        });
}
