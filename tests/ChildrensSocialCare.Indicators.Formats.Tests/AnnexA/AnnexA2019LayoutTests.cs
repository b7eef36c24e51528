using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// Ofsted's 2019 template (reference/annex-a.md 1.1 and 1.5): guidance sheets first, sheets named List_1 ... List_11,
// a title in row 1 and the headers in row 2, the 2019 spellings of some headers, and the 13-column List 9.
public class AnnexA2019LayoutTests
{
    private static readonly string[] s_titles =
    [
        "List 1: Contacts", "List 2: Early Help", "List 3: Referral", "List 4: Assessments",
        "List 5: Section 47 enquiries and Initial Child Protection Conferences", "List 6: Children in Need",
        "List 7: Child protection", "List 8: Children in care", "List 9: Care leavers", "List 10: Adoption", "List 11: Adopters",
    ];

    // The 2019 spellings (1.5): "Age of Child (Years)" in lists 1-9, lower-case words, a curly apostrophe and no
    // question mark, one closing bracket, trailing spaces.
    private static string Header2019(string header) => header switch
    {
        "Age" => "Age of Child (Years)",
        "Date of Referral" => "Date of referral",
        "Was the child assessed as requiring LA children's social care support?" => "Was the child assessed as requiring LA children\u2019s social care support",
        "Case Status" => "Case status",
        "Date Ceased to be Looked After" => "Date Ceased to be Looked After ",
        "Date of Adoption Order" => "Date of Adoption Order ",
        "LA in Touch" => "LA In Touch ",
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months" => "Number of Episodes the Child has been \u2018Missing\u2019 from their Placement in the last 12 months",
        _ => header,
    };

    // The columns the 2019 List 9 lacks (F, J, L, N of the 2024 list).
    private static readonly string[] s_notIn2019List9 =
    [
        "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", "Allocated Personal Advisor",
        "Latest Pathway Plan Review Date", "Latest Date of Contact",
    ];

    private static AnnexAReadResult Read2019()
    {
        var book = new XlsxBuilder();
        foreach (var guidance in new[] { "Front_Sheet", "FAQ_and_changes", "Guidance", "Codes_used" })
        {
            book.Sheet(guidance, ["Annex A"], ["Update: August 2019"], ["Please complete every list", "in a DD/MM/YYYY format", "codes"]);
        }

        for (var list = 1; list <= 11; list++)
        {
            var columns = AnnexAList.All[list - 1].Columns.Where(c => list != 9 || !s_notIn2019List9.Contains(c.Header)).ToList();
            var row = AnnexASamples.Row(list, $"C{list}");
            var all = AnnexAList.All[list - 1].Columns.ToList();
            book.Sheet(
                $"List_{list}",
                new object?[] { s_titles[list - 1] },
                columns.Select(c => (object?)Header2019(c.Header)).ToArray(),
                columns.Select(c => row[all.IndexOf(c)]).ToArray());
        }

        return book.Read(new AnnexAReadOptions { ReferenceDate = new DateOnly(2024, 1, 31) });
    }

    [Fact]
    public void Every_list_of_the_2019_template_reads_below_its_title_row()
    {
        var r = Read2019();

        Assert.Equal([.. Enumerable.Range(1, 11).Select(n => $"List {n}")], r.Tables.Select(t => t.Table));
        Assert.All(r.Tables, t => Assert.Equal((1, 1, 0), (t.Read, t.Accepted, t.Rejected)));
        Assert.Equal([.. Enumerable.Range(1, 11).Select(n => $"test.xlsx [List_{n}]")], r.Tables.Select(t => t.Source));
        AnnexAReconcile.Check(r);
    }

    [Fact]
    public void The_only_findings_are_the_guidance_sheets_and_the_four_columns_the_2019_List_9_lacks()
    {
        var r = Read2019();

        Assert.Equal(
            [
                (DiagnosticCodes.AnnexASheetUnidentified, "test.xlsx [Front_Sheet]", null),
                (DiagnosticCodes.AnnexASheetUnidentified, "test.xlsx [FAQ_and_changes]", null),
                (DiagnosticCodes.AnnexASheetUnidentified, "test.xlsx [Guidance]", null),
                (DiagnosticCodes.AnnexASheetUnidentified, "test.xlsx [Codes_used]", null),
                .. s_notIn2019List9.Select(h => (DiagnosticCodes.AnnexAColumnMissing, "test.xlsx [List_9]", (string?)h)),
            ],
            r.Diagnostics.Select(d => (d.Code, d.Source, d.Column)));
        Assert.All(r.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Information, d.Severity));
    }

    [Fact]
    public void The_13_column_care_leavers_list_reads_with_the_later_columns_not_available()
    {
        var leaver = Assert.Single(Read2019().Lists.CareLeavers);

        Assert.Equal(("C9", "Relevant child", "YES", "U1", "F1"), (leaver.Child.ChildId, leaver.Eligibility, leaver.InTouch.Code, leaver.Accommodation.Code, leaver.Activity.Code));
        Assert.Equal((null, null, null, null), (leaver.Uasc, leaver.PersonalAdvisor, leaver.LatestPathwayPlanReview, leaver.LatestContact));
        Assert.Equal(5, leaver.Child.Age);
    }

    [Fact]
    public void The_lists_say_which_columns_the_sheets_lack_so_the_pathway_plan_measure_is_not_available()
    {
        var r = Read2019();

        // The four columns the 13-column List 9 lacks, and no other list's.
        Assert.Equal([.. s_notIn2019List9.Select(h => new AnnexAAbsentColumn(9, h))], r.Lists.AbsentColumns);
        Assert.False(r.Lists.HasColumn(9, "Latest Pathway Plan Review Date"));
        Assert.True(r.Lists.HasColumn(8, "Date of Last Social Work Visit"));

        var result = AnnexADataSet.Create(r.Lists, r.ReferenceDate).Evaluate(Catalogue.Get("care-leavers-pathway-plan-in-time"));
        Assert.False(result.IsAvailable);
        Assert.Contains("13-column List 9", result.NotAvailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_spelt_the_2019_way_are_the_same_columns()
    {
        var r = Read2019();

        Assert.True(Assert.Single(r.Lists.Assessments).RequiresSupport);
        Assert.Equal("Looked after child", Assert.Single(r.Lists.ChildrenInNeed).CaseStatus);
        Assert.Equal(new DateOnly(2024, 1, 15), Assert.Single(r.Lists.ChildrenInCare).PeriodEnd);
        Assert.Equal(1, Assert.Single(r.Lists.ChildrenInCare).MissingEpisodesInLast12Months);
        Assert.Equal(new DateOnly(2024, 1, 15), Assert.Single(r.Lists.Adoptions).AdoptionOrder);
        Assert.Equal(new DateOnly(2024, 1, 15), Assert.Single(r.Lists.Referrals).Date);
    }
}
