using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// The liia-tools-pipeline sample workbook Annex_A_2024_Jan.xlsx (Fixtures/SOURCES.md): the 2024 layout, 5-7 synthetic
// rows per list, deliberately dirty. Every finding the reader makes on it is accounted for here.
public class AnnexAFixtureTests
{
    private static readonly AnnexAReadResult s_result =
        AnnexAWorkbook.Read(Fixture.Path("liia-tools-pipeline", "Annex_A_2024_Jan.xlsx"), new AnnexAReadOptions { ReferenceDate = new DateOnly(2021, 3, 31) });

    private static AnnexALists Lists => s_result.Lists;

    private static string Source(int list) => $"Annex_A_2024_Jan.xlsx [List {list}]";

    [Fact]
    public void Every_list_is_found_by_its_headers_and_every_row_is_accepted()
    {
        Assert.Equal(
            [(1, 5), (2, 5), (3, 6), (4, 5), (5, 5), (6, 5), (7, 7), (8, 5), (9, 6), (10, 5), (11, 5)],
            s_result.Tables.Select(t => (int.Parse(t.Table[5..], System.Globalization.CultureInfo.InvariantCulture), t.Accepted)));
        AnnexAReconcile.Check(s_result);
        Assert.False(s_result.HasErrors);
        Assert.Equal(s_result.Tables.Sum(t => t.Accepted), Lists.Count);
        Assert.Equal(new DateOnly(2021, 3, 31), s_result.ReferenceDate);
    }

    [Fact]
    public void Every_finding_is_explained()
    {
        var findings = s_result.Diagnostics
            .GroupBy(d => (d.Source, d.Code, d.Column))
            .Select(g => (g.Key.Source, g.Key.Code, g.Key.Column, Rows: string.Join(",", g.Select(d => d.Line))))
            .ToList();

        (string?, string, string?, string)[] expected =
        [
            // Ages are computed years (6.1382614647501708), not the age at the last birthday: every row of lists 1-9.
            (Source(1), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6"),
            (Source(2), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6"),
            (Source(3), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6,7"),
            (Source(4), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6"),

            // "CS Assessment Updated" answers a yes/no question with a case-system label.
            (Source(4), DiagnosticCodes.CodeUnknown, "J Was the child assessed as requiring LA children's social care support?", "2,3,4,5,6"),
            (Source(5), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6"),
            (Source(6), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6"),

            // A SEN need (PSRMEM) in the CIN primary need column.
            (Source(6), DiagnosticCodes.CodeUnknown, "H Primary Need Code", "2"),

            // #N/A error cells: a lookup that failed in the authority's export.
            (Source(6), DiagnosticCodes.AnnexACellError, "M Allocated Team", "2,3,4,5,6"),
            (Source(6), DiagnosticCodes.AnnexACellError, "N Allocated Worker", "2,3,4,5,6"),
            (Source(7), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6,7,8"),
            (Source(8), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6"),

            // Placement Location (In/Out) is left blank on every row although the list requires it.
            (Source(8), DiagnosticCodes.ValueMissing, "AA Placement Location", "2,3,4,5,6"),

            // The postcode "nope"; a blank postcode on row 5; an empty-string ethnicity on row 4.
            (Source(8), DiagnosticCodes.PostcodeFormat, "Y Placement postcode", "3"),
            (Source(8), DiagnosticCodes.ValueMissing, "C Ethnicity", "4"),
            (Source(8), DiagnosticCodes.ValueMissing, "Y Placement postcode", "5"),
            (Source(9), DiagnosticCodes.AnnexAAgeFractional, "E Age", "2,3,4,5,6,7"),

            // The four columns the 2023 List 9 added are blank on every row; two of them are required.
            (Source(9), DiagnosticCodes.ValueMissing, "F Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", "2,3,4,5,6,7"),
            (Source(9), DiagnosticCodes.ValueMissing, "J Allocated Personal Advisor", "2,3,4,5,6,7"),
        ];

        Assert.Equal(expected.OrderBy(e => e.ToString(), StringComparer.Ordinal).ToList(), findings.OrderBy(e => e.ToString(), StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Findings_say_where_what_and_why()
    {
        var d = Assert.Single(s_result.Diagnostics, d => d.Code == DiagnosticCodes.PostcodeFormat);

        Assert.Equal((Source(8), 3L, "Y Placement postcode", "nope", "1373595"), (d.Source, d.Line, d.Column, d.Value, d.ChildId));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void Bare_labels_read_as_the_prefixed_ones()
    {
        // List 1 row 2: "Female" where row 3 has "b) Female"; List 5 row 2: "No" and "Yes" bare; List 7 row 2:
        // "Physical abuse" without its "b)".
        Assert.Equal([new Sex("F"), new Sex("F")], Lists.Contacts.Take(2).Select(c => c.Child.Gender));
        Assert.Equal((false, true), (Lists.Section47Enquiries[0].ConferenceNotRequired, Lists.Section47Enquiries[0].ConferenceResultedInPlan));
        Assert.Equal(("PHY", "PHY"), (Lists.ChildProtectionPlans[0].InitialCategory.Code, Lists.ChildProtectionPlans[0].LatestCategory.Code));
        Assert.True(Lists.Assessments[0].ChildSeen);
        Assert.False(Lists.Referrals[0].NoFurtherAction);
    }

    [Fact]
    public void Prefixed_codes_with_labels_map_to_the_code_lists()
    {
        var first = Lists.ChildrenInCare[0];

        // "f) U6: Foster placement - not FFA", "e) PR4 - Private provision" (a hyphen where Ofsted has a colon),
        // "E1: Placement order", "N1 - Abuse or Neglect", "s) NOBT".
        Assert.Equal(("U6", "PR4", "E1", "N1", "NOBT"), (first.Placement.Code, first.PlacementProvider.Code, first.LegalStatus.Code, first.CategoryOfNeed.Code, first.Child.Ethnicity));
        Assert.True(first.Placement.IsKnown && first.PlacementProvider.IsKnown && first.LegalStatus.IsKnown);

        // "k) E47: Special Guardianship Orders - relative/friend"; "q) 6: Police"; "j) 3D: Health services".
        Assert.Equal("E47", Lists.ChildrenInCare[4].ReasonCeased.Code);
        Assert.Equal("6", Lists.Contacts[0].Source);
        Assert.Equal("3D", Lists.Referrals[1].Source);
    }

    [Fact]
    public void The_unknown_need_code_is_kept_as_data()
    {
        var need = Lists.ChildrenInNeed[0].PrimaryNeed;

        Assert.False(need.IsKnown);
        Assert.StartsWith("PSRMEM", need.Code, StringComparison.Ordinal);
        Assert.Equal("N1", Lists.ChildrenInNeed[1].PrimaryNeed.Code);
        Assert.Equal("Child in need plan", Lists.ChildrenInNeed[0].CaseStatus);
    }

    [Fact]
    public void Error_cells_are_blank()
    {
        Assert.All(Lists.ChildrenInNeed, c => Assert.Equal((null, null), (c.Team, c.Worker)));
    }

    [Fact]
    public void Excel_serial_dates_are_dates()
    {
        // F2 of List 1 is 44090: 43831 is 1 January 2020 (1899-12-30 + 43831 days), and 259 days later is 16 September.
        Assert.Equal(new DateOnly(2020, 9, 16), Lists.Contacts[0].Date);
        Assert.Equal(new DateOnly(2015, 1, 25), Lists.Contacts[0].Child.DateOfBirth);
        Assert.Null(Lists.Contacts[1].Child.DateOfBirth);
    }

    [Fact]
    public void Formula_dates_are_their_cached_values()
    {
        // List 10 I2 is =H2+5 over H2 = 40031 (6 August 2009): cached 40036. List 11 R5 is a formula, cached 40343.
        var adoption = Lists.Adoptions[0];
        Assert.Equal((new DateOnly(2009, 8, 6), new DateOnly(2009, 8, 11)), (adoption.EnteredCare, adoption.DecisionToPlace));
        Assert.Equal(new DateOnly(2010, 6, 14), Lists.Adopters[3].LeftProcess);
    }

    [Fact]
    public void Fractional_ages_are_the_age_at_the_last_birthday()
    {
        // 6.1382614647501708 years; 0.19438740588637921 (a baby of ten weeks).
        Assert.Equal(6, Lists.Contacts[0].Child.Age);
        Assert.Equal(0, Lists.ChildProtectionPlans[0].Child.Age);
    }

    [Fact]
    public void Non_breaking_spaces_in_names_are_spaces()
    {
        // K2 of List 3 is "Dustin\u00A0Hazlett".
        Assert.Equal("Dustin Hazlett", Lists.Referrals[0].Worker);
    }

    [Fact]
    public void Bare_codes_and_numbers_in_code_columns_are_read()
    {
        // List 10 O4 "RD2"; List 11 S5 is the number 1 ("Adopter withdrew from process").
        Assert.Equal("RD2", Lists.Adoptions[2].ReasonReversed);
        Assert.Equal("1", Lists.Adopters[3].ReasonLeft);
        Assert.Equal("14159183", Lists.Adoptions[0].FamilyId);
    }

    [Fact]
    public void Care_leavers_combine_accommodation_and_suitability_as_the_903_code()
    {
        // "Y: Other accommodation" + "a) Suitable" = Y1; "F1: Full time in higher education"; "a) Yes" in touch.
        var leaver = Lists.CareLeavers[0];
        Assert.Equal(("Y1", true, "F1", "YES", "Former relevant child"), (leaver.Accommodation.Code, leaver.Accommodation.IsKnown, leaver.Activity.Code, leaver.InTouch.Code, leaver.Eligibility));

        // Row 5 has empty strings for the three.
        Assert.True(Lists.CareLeavers[3].Accommodation.IsEmpty && Lists.CareLeavers[3].Activity.IsEmpty);
    }

    [Fact]
    public void Free_text_authorities_and_unknown_providers_are_kept()
    {
        // "Home Town" and "Other Town 1" are not authority codes; LA of Placement is free text.
        Assert.Equal(["Home Town", "Home Town", "Other Town 1", "Home Town", "Home Town"], Lists.ChildrenInCare.Select(c => c.PlacementAuthority));
        Assert.Equal(["PR4", "PR1", "PR5", "PR4", "PR4"], Lists.ChildrenInCare.Select(c => c.PlacementProvider.Code));
    }

    [Fact]
    public void Without_a_reference_date_the_latest_date_is_used_with_a_warning()
    {
        var r = AnnexAWorkbook.Read(Fixture.Path("liia-tools-pipeline", "Annex_A_2024_Jan.xlsx"));

        // The latest date in the workbook: List 6 I6, the date the child was last seen, 44270 = 15 March 2021.
        Assert.Equal(new DateOnly(2021, 3, 15), r.ReferenceDate);
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCodes.AnnexAReferenceDateInferred && d.Severity == DiagnosticSeverity.Warning);
    }
}
