using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.CinCensus;

// The CIN census fixtures (Fixtures/SOURCES.md); several are deliberately faulty.
public class CinCensusFixtureTests
{
    private static ReadResult Read(string folder, string file) => CinCensusXml.Read(Fixture.Path(folder, file));

    private static List<(string Code, string? Column, string? Value)> Findings(ReadResult r) =>
        r.Diagnostics.Select(d => (d.Code, d.Column, d.Value)).ToList();

    [Fact]
    public void The_fake_census_reads_332_children_and_402_episodes()
    {
        var r = Read("csc-validator-be-cin", "fake_CIN_data.xml");

        var records = Assert.Single(r.Returns);
        Assert.Equal(2022, records.CollectionYear);
        Assert.Equal((332, 402), (records.Children.Count, records.CinEpisodes.Count));
        Assert.Empty(records.Assessments);
        Assert.Equal(0, r.Rejected);

        // The first child: RND000215205141, born 2019-12-06, GenderCurrent 1, WIRT; referral 2020-07-13 from
        // source 4, need N6, closed 2021-06-11 RC2, ICPC 2020-09-29, ReferralNFA true.
        Assert.Equal(new Child("RND000215205141", new DateOnly(2019, 12, 6), "1") { Ethnicity = "WIRT", Upn = "A850728973744" }, records.Children[0]);
        Assert.Equal(
            new CinEpisode("RND000215205141", new DateOnly(2020, 7, 13), new DateOnly(2021, 6, 11), "RC2", true)
            {
                ReferralSource = "4",
                PrimaryNeed = "N6",
                DateOfInitialCpc = new DateOnly(2020, 9, 29),
            },
            records.CinEpisodes[0]);
        Reconcile.Check(r);
    }

    [Fact]
    public void The_fake_census_header_date_is_not_31_March_and_does_not_match_its_year()
    {
        var r = Read("csc-validator-be-cin", "fake_CIN_data.xml");

        // Year 2022 with ReferenceDate 2022-07-21 (the reporting year ending 31 March 2023).
        Assert.Contains((DiagnosticCodes.CinReferenceDateUnexpected, "ReferenceDate", "2022-07-21"), Findings(r));
        Assert.Contains((DiagnosticCodes.CinCollectionYearMismatch, "Year", "2022"), Findings(r));
    }

    [Fact]
    public void CIN_Census_2021_has_a_1066_expected_birth_a_1965_birth_and_stray_text()
    {
        var r = Read("csc-validator-be-cin", "CIN_Census_2021.xml");

        Assert.Equal(
            [
                (DiagnosticCodes.XmlUnexpectedText, null, "PersonBirthDate"),
                (DiagnosticCodes.DateImplausible, "ExpectedPersonBirthDate", "1066-04-13"),
                (DiagnosticCodes.CinAgeImplausible, "PersonBirthDate", "1965-03-27"),
            ],
            Findings(r));
        Assert.Equal("/Message/Children/Child[1]/ChildIdentifiers", r.Diagnostics[0].Element);

        // The header says Year 2023 (the file name says 2021): the header wins.
        var records = Assert.Single(r.Returns);
        Assert.Equal(2023, records.CollectionYear);
        Assert.Equal(new DateOnly(1066, 4, 13), records.Children[0].ExpectedDateOfBirth);
        Assert.Equal(["HAND", "HEAR"], records.Children[0].Disabilities);
        Reconcile.Check(r);
    }

    [Fact]
    public void CIN_Census_2021_exercises_every_module_with_links_to_its_episode()
    {
        var records = Read("csc-validator-be-cin", "CIN_Census_2021.xml").Returns[0];

        var referral = new DateOnly(1970, 10, 6);
        var assessment = Assert.Single(records.Assessments);
        Assert.Equal(
            new Assessment("DfEX0000001", new DateOnly(1970, 6, 3), new DateOnly(1971, 7, 18))
            {
                ReferralDate = referral,
                InternalReviewDate = new DateOnly(1970, 6, 22),
                Factors = ["2A", "2B"],
            },
            assessment);
        Assert.Equal(new CinPlan("DfEX0000001", new DateOnly(1971, 1, 24), new DateOnly(1971, 1, 26)) { ReferralDate = referral }, Assert.Single(records.CinPlans));
        Assert.Equal(
            new Section47Enquiry("DfEX0000001", new DateOnly(1970, 6, 2), new DateOnly(1970, 6, 17), false)
            {
                InitialConferenceTarget = new DateOnly(1970, 6, 23),
                ReferralDate = referral,
            },
            Assert.Single(records.Section47Enquiries));
        Assert.Equal(
            new ChildProtectionPlan("DfEX0000001", new DateOnly(1970, 2, 17), new DateOnly(1971, 3, 14))
            {
                InitialCategory = "PHY",
                LatestCategory = "PHY",
                NumberOfPreviousPlans = 10,
                ReferralDate = referral,
                ReviewDates = [new DateOnly(1971, 2, 15)],
            },
            Assert.Single(records.ChildProtectionPlans));
    }

    [Fact]
    public void CIN_Census_2026_reports_its_stray_text_the_factor_RB_and_the_2028_assessment()
    {
        var r = Read("csc-validator-be-cin", "CIN_Census_2026.xml");

        var findings = Findings(r);
        Assert.Contains((DiagnosticCodes.XmlUnexpectedText, null, "PersonBirthDate"), findings);
        Assert.Contains((DiagnosticCodes.CodeUnknown, "AssessmentFactors", "RB"), findings);
        Assert.Contains((DiagnosticCodes.CinDateAfterReference, "AssessmentActualStartDate", "2028-04-28"), findings);
        Assert.Contains((DiagnosticCodes.CinEndBeforeStart, "AssessmentAuthorisationDate", "2020-09-19"), findings);

        // The rest: the header's Year 2023 disagrees with its ReferenceDate 2024-03-31; the 2026 module
        // PreProceedingsandFGDM is not read; Sex M is not a 2023 code (GenderCurrent 0/1/2/9); the second child's
        // referral and closure (2024-10) are after the reference date.
        Assert.Equal(
            [
                (DiagnosticCodes.CinCollectionYearMismatch, "Year", "2023"),
                (DiagnosticCodes.XmlUnexpectedText, null, "PersonBirthDate"),
                (DiagnosticCodes.XmlElementIgnored, "PreProceedingsandFGDM", null),
                (DiagnosticCodes.CinDateAfterReference, "AssessmentActualStartDate", "2028-04-28"),
                (DiagnosticCodes.CodeUnknown, "AssessmentFactors", "RB"),
                (DiagnosticCodes.CinEndBeforeStart, "AssessmentAuthorisationDate", "2020-09-19"),
                (DiagnosticCodes.CodeUnknown, "Sex", "M"),
                (DiagnosticCodes.CinDateAfterReference, "CINreferralDate", "2024-10-24"),
                (DiagnosticCodes.CinDateAfterReference, "CINclosureDate", "2024-10-29"),
            ],
            findings);

        // The unknown factor is kept as data.
        Assert.Equal(["1C", "RB", "6B"], r.Returns[0].Assessments[0].Factors);
        Reconcile.Check(r);
    }

    [Fact]
    public void CIN_Census_2024_reads_the_Sex_element_and_checks_its_codes_against_the_year()
    {
        var r = Read("csc-validator-be-cin", "CIN_Census_2024.xml");

        var records = Assert.Single(r.Returns);
        Assert.Equal(["1", "M"], records.Children.Select(c => c.Sex.Code));
        Assert.Contains((DiagnosticCodes.CodeUnknown, "Sex", "M"), Findings(r));

        // Given as a 2025 census, M is a valid code and 1 is not.
        var as2025 = CinCensusXml.Read(Fixture.Path("csc-validator-be-cin", "CIN_Census_2024.xml"), new ReadOptions { CollectionYear = 2025 });
        Assert.Contains((DiagnosticCodes.CodeUnknown, "Sex", "1"), Findings(as2025));
        Assert.DoesNotContain((DiagnosticCodes.CodeUnknown, "Sex", "M"), Findings(as2025));
    }

    [Fact]
    public void CIN_header_issues_100_has_a_reference_date_that_is_not_31_March()
    {
        var r = Read("csc-validator-be-cin", "CIN_header_issues_100.xml");

        Assert.Contains((DiagnosticCodes.CinReferenceDateUnexpected, "ReferenceDate", "2023-03-28"), Findings(r));
        Assert.Equal(2023, r.Returns[0].CollectionYear);
    }

    [Fact]
    public void CIN_la_issues_2887Q_is_read_like_CIN_Census_2021_which_it_repeats()
    {
        // SOURCES.md says its ReferenceDate is 2024-03-31, but the copied file is byte for byte CIN_Census_2021.xml.
        Assert.Equal(
            File.ReadAllBytes(Fixture.Path("csc-validator-be-cin", "CIN_Census_2021.xml")),
            File.ReadAllBytes(Fixture.Path("csc-validator-be-cin", "CIN_la_issues_2887Q.xml")));
        var r = Read("csc-validator-be-cin", "CIN_la_issues_2887Q.xml");
        Assert.Equal(Findings(Read("csc-validator-be-cin", "CIN_Census_2021.xml")), Findings(r));
    }

    [Fact]
    public void CIN2rows_keeps_both_of_its_identical_child_protection_plans()
    {
        var r = Read("csc-validator-be-cin", "CIN2rows.xml");

        // Specification 1.5: records within one return are never merged.
        Assert.Equal(2, r.Returns[0].ChildProtectionPlans.Count);
        Assert.Equal(new DateOnly(2015, 3, 27), r.Returns[0].Children[0].DateOfBirth);
        Reconcile.Check(r);
    }

    [Fact]
    public void The_liia_tools_sample_reads_one_fully_populated_child()
    {
        var r = Read("liia-tools-pipeline", "BAR_cin_2022.xml");

        var records = Assert.Single(r.Returns);
        Assert.Equal(2022, records.CollectionYear);
        Assert.Equal(6, records.Count);
        Assert.Equal([(DiagnosticCodes.CinAgeImplausible, "PersonBirthDate", "1966-03-24")], Findings(r));
    }

    [Fact]
    public void Readers_on_several_threads_find_the_same_things()
    {
        var expected = Findings(Read("csc-validator-be-cin", "CIN_Census_2026.xml"));

        var results = new List<(string, string?, string?)>[16];
        Parallel.For(0, results.Length, i => results[i] = Findings(Read("csc-validator-be-cin", "CIN_Census_2026.xml")));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void The_CSV_flattening_of_the_fake_census_is_not_a_return_format_and_is_rejected_whole()
    {
        // The D2I notebook CSVs flatten fake_CIN_data.xml into ChildIdentifiers, ChildCharacteristics and CINdetails
        // tables. No statutory return is laid out like that: the SSDA903 reader names them unknown tables and counts
        // every row (332, 332 and 101) as rejected.
        var files = Directory.GetFiles(Fixture.Path("D2I-Jupyter-Notebook-Tools"), "*.csv");

        var r = Ssda903Csv.ReadFiles(files);

        Assert.Equal(
            new[] { ("CINdetails.csv", 101), ("ChildCharacteristics.csv", 332), ("ChildIdentifiers.csv", 332) },
            r.Tables.Select(t => (Path.GetFileName(t.Source), t.Rejected)).OrderBy(t => t.Item1, StringComparer.Ordinal));
        Assert.All(r.Tables, t => Assert.Equal(("unknown", 0), (t.Table, t.Accepted)));
        Assert.Equal(3, r.Diagnostics.Count(d => d.Code == DiagnosticCodes.Ssda903TableUnknown));
        Reconcile.Check(r);
    }
}
