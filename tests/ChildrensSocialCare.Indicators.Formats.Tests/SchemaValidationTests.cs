using System.Xml;
using System.Xml.Schema;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests;

// Written XML is accepted by the published schemas (XmlSchemaSet), as well as by the readers.
public class SchemaValidationTests
{
    private static List<string> Validate(Stream xml, string schema)
    {
        var errors = new List<string>();
        var schemas = new XmlSchemaSet();
        schemas.Add(null, schema);
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(xml, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static MemoryStream Written(Func<Stream, WriteResult> write)
    {
        var stream = new MemoryStream();
        var result = write(stream);
        Assert.Empty(result.Diagnostics);
        stream.Position = 0;
        return stream;
    }

    private static string Cla => Fixture.Path("csc-data-synthesizer", "CLA.xsd");

    private static string CinSchema(int year) => Fixture.Path("liia-tools-pipeline", $"CIN_schema_{year}.xsd");

    [Fact]
    public void The_fake_SSDA903_return_written_again_as_XML_is_valid_against_CLA_xsd()
    {
        var records = Ssda903Xml.Read(Fixture.Path("csc-validator-be-903", "fake_903.xml")).Returns[0];

        using var xml = Written(s => Ssda903Xml.Write(records, s));

        Assert.Empty(Validate(xml, Cla));
        xml.Position = 0;
        Same.Records(records, Ssda903Xml.Read(xml, "again.xml", new ReadOptions { CollectionYear = 2018 }).Returns[0]);
    }

    [Fact]
    public void The_schema_check_catches_a_placement_type_too_long_for_CLA_xsd()
    {
        // CLA.xsd (2021) allows two-character PL; the 2026 codes Z11-Z14 do not fit it.
        var records = new RecordSet { CollectionYear = 2026 };
        records.Children.Add(new Child("A1", new DateOnly(2012, 5, 1), "M") { Ethnicity = "WBRI", Upn = "A12345678901B" });
        records.Episodes.Add(new LookedAfterEpisode("A1", new DateOnly(2025, 6, 1), "S", "C2", "Z11") { CategoryOfNeed = "N1" });

        using var xml = Written(s => Ssda903Xml.Write(records, s));

        Assert.Contains(Validate(xml, Cla), e => e.Contains("'PL'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fake_census_written_again_is_valid_against_its_years_schema()
    {
        // The original is not: its ReferralNFA values are true/false, where the schema has 0/1.
        Assert.Equal(402, Validate(File.OpenRead(Fixture.Path("csc-validator-be-cin", "fake_CIN_data.xml")), CinSchema(2022)).Count);
        var records = CinCensusXml.Read(Fixture.Path("csc-validator-be-cin", "fake_CIN_data.xml")).Returns[0];

        using var xml = Written(s => CinCensusXml.Write(records, s, "975"));

        Assert.Empty(Validate(xml, CinSchema(2022)));
    }

    public static TheoryData<int> Years => new(Enumerable.Range(2017, 10));

    [Theory]
    [MemberData(nameof(Years))]
    public void A_complete_census_written_for_each_year_is_valid_against_that_years_schema(int year)
    {
        // The fully populated sample child, with the sex code of the year's list (GenderCurrent 1 to 2024, Sex M from
        // 2025) and dates moved into the year.
        var sample = CinCensusXml.Read(Fixture.Path("liia-tools-pipeline", "BAR_cin_2022.xml")).Returns[0];
        var shift = year - 1971;
        DateOnly Move(DateOnly d) => d.AddYears(shift);
        var records = new RecordSet { CollectionYear = year };
        records.Children.AddRange(sample.Children.Select(c => c with
        {
            Sex = year >= 2025 ? "M" : "1",
            DateOfBirth = new DateOnly(year - 10, 3, 24),
            ExpectedDateOfBirth = null,
            DateOfDeath = null,
        }));
        records.CinEpisodes.AddRange(sample.CinEpisodes.Select(e => e with { ReferralDate = Move(e.ReferralDate), ClosureDate = e.ClosureDate is { } c ? Move(c) : null, DateOfInitialCpc = null }));
        records.Assessments.AddRange(sample.Assessments.Select(a => a with { StartDate = Move(a.StartDate), AuthorisationDate = null, InternalReviewDate = null, ReferralDate = Move(a.ReferralDate!.Value) }));
        records.CinPlans.AddRange(sample.CinPlans.Select(p => p with { StartDate = Move(p.StartDate), EndDate = null, ReferralDate = Move(p.ReferralDate!.Value) }));
        records.Section47Enquiries.AddRange(sample.Section47Enquiries.Select(s => s with { StartDate = Move(s.StartDate), ReferralDate = Move(s.ReferralDate!.Value) }));
        records.ChildProtectionPlans.AddRange(sample.ChildProtectionPlans.Select(p => p with { StartDate = Move(p.StartDate), EndDate = null, ReviewDates = [], ReferralDate = Move(p.ReferralDate!.Value) }));
        if (year < 2022)
        {
            records.CinPlans.Clear(); // CINPlanDates is in the schemas from 2022
        }

        using var xml = Written(s => CinCensusXml.Write(records, s, "201"));

        Assert.Empty(Validate(xml, CinSchema(year)));
        xml.Position = 0;
        var read = CinCensusXml.Read(xml, "census.xml");
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == DiagnosticCodes.CodeUnknown);
        Same.Records(records, read.Returns[0]);
    }

    [Fact]
    public void The_sex_element_follows_the_collection_year()
    {
        var records = new RecordSet { CollectionYear = 2025 };
        records.Children.Add(new Child("A1", null, "F") { Ethnicity = "WBRI" });
        records.CinEpisodes.Add(new CinEpisode("A1", new DateOnly(2024, 5, 1), ReferralNfa: false) { ReferralSource = "1A" });

        using var xml = Written(s => CinCensusXml.Write(records, s));
        var text = new StreamReader(xml).ReadToEnd();

        Assert.Contains("<Sex>F</Sex>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GenderCurrent", text, StringComparison.Ordinal);
    }
}
