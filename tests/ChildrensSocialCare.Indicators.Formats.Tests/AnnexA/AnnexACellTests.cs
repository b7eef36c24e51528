using static ChildrensSocialCare.Indicators.Formats.Tests.AnnexA.XlsxBuilder;

namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// Cells are typed by their column (specification 9.1), whatever the XML holds: shared or inline strings, serials in
// either date system, text dates, formula results, booleans, error cells and cells that are absent.
public class AnnexACellTests
{
    private static readonly object?[] s_contactHeaders = [.. AnnexASamples.Headers(1)];

    private static AnnexAReadResult Contacts(bool date1904 = false, params IReadOnlyList<object?>[] rows) =>
        new XlsxBuilder { Date1904 = date1904 }.Sheet("List 1", [s_contactHeaders, .. rows]).Read(new AnnexAReadOptions { ReferenceDate = new DateOnly(2024, 3, 31) });

    // The findings about the sheet: the lists a one-list workbook lacks are left out.
    private static List<Diagnostic> Of(AnnexAReadResult r) => [.. r.Diagnostics.Where(d => d.Code != DiagnosticCodes.AnnexAListMissing)];

    private static IReadOnlyList<object?> Contact(string id, object? date, object? source = null) =>
        AnnexASamples.Row(1, id, ("Date of Contact", date), ("Contact Source", source ?? "q) 6: Police"));

    [Theory]
    [InlineData("16/09/2020")]
    [InlineData("16/9/2020")]
    [InlineData("2020-09-16")]
    [InlineData(" 16/09/2020 ")]
    [InlineData("2020-09-16T00:00:00")]
    public void Text_dates_read_in_every_form_the_template_and_exports_use(string text)
    {
        var r = Contacts(rows: Contact("C1", new Inline(text)));

        Assert.Equal(new DateOnly(2020, 9, 16), Assert.Single(r.Lists.Contacts).Date);
        Assert.Empty(Of(r));
    }

    [Fact]
    public void Serials_follow_the_workbooks_date_system()
    {
        // The same date, 16 September 2020, is serial 44090 in the 1900 system and 42628 in the 1904 system.
        var r1900 = Contacts(rows: Contact("C1", 44090));
        var r1904 = Contacts(date1904: true, Contact("C1", 42628));

        Assert.Equal(new DateOnly(2020, 9, 16), Assert.Single(r1900.Lists.Contacts).Date);
        Assert.Equal(new DateOnly(2020, 9, 16), Assert.Single(r1904.Lists.Contacts).Date);
    }

    [Theory]
    [InlineData(1, 1900, 1, 1)]
    [InlineData(59, 1900, 2, 28)]
    [InlineData(61, 1900, 3, 1)]
    [InlineData(44090.75, 2020, 9, 16)]
    public void Serials_count_Excels_29_February_1900_and_ignore_the_time(double serial, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Assert.Single(Contacts(rows: Contact("C1", serial)).Lists.Contacts).Date);
    }

    [Fact]
    public void Serial_60_is_the_day_that_never_was_and_rejects_the_row()
    {
        var r = Contacts(rows: Contact("C1", 60));

        Assert.Empty(r.Lists.Contacts);
        var d = Assert.Single(Of(r));
        Assert.Equal((DiagnosticCodes.DateUnparseable, DiagnosticSeverity.Error, 2L, "F Date of Contact"), (d.Code, d.Severity, d.Line, d.Column));
    }

    [Fact]
    public void A_formula_cell_is_its_cached_value()
    {
        var r = Contacts(rows: AnnexASamples.Row(1, "C1", ("Date of Contact", new Formula("D2+5", new DateOnly(2020, 9, 16))), ("Contact Source", new Formula("VLOOKUP(A2,X,2)", "q) 6: Police"))));

        var contact = Assert.Single(r.Lists.Contacts);
        Assert.Equal((new DateOnly(2020, 9, 16), "6"), (contact.Date, contact.Source));
    }

    [Fact]
    public void Inline_and_shared_strings_read_alike()
    {
        var r = Contacts(rows: [Contact("C1", 44090, new Inline("b) 1B: Individual")), Contact("C2", 44090, "b) 1B: Individual")]);

        Assert.Equal(["1B", "1B"], r.Lists.Contacts.Select(c => c.Source));
    }

    [Fact]
    public void A_numeric_id_reads_as_its_digits()
    {
        var r = Contacts(rows: AnnexASamples.Row(1, "x", ("Child Unique ID", 6537810), ("Date of Contact", 44090)));

        Assert.Equal("6537810", Assert.Single(r.Lists.Contacts).Child.ChildId);
    }

    [Fact]
    public void Absent_cells_are_blank_and_cells_are_placed_by_their_reference()
    {
        // Row 2 has no B, C, D, E cells: the builder writes none, so the date in F is still F.
        var r = Contacts(rows: ["C1", null, null, null, null, 44090, "q) 6: Police"]);

        var contact = Assert.Single(r.Lists.Contacts);
        Assert.Equal((new DateOnly(2020, 9, 16), null, null), (contact.Date, contact.Child.DateOfBirth, contact.Child.Age));
        Assert.Equal([DiagnosticCodes.ValueMissing, DiagnosticCodes.ValueMissing], Of(r).Select(d => d.Code));
        Assert.Equal(["B Gender", "C Ethnicity"], Of(r).Select(d => d.Column));
    }

    [Fact]
    public void An_error_cell_in_the_id_rejects_the_row_and_the_counts_reconcile()
    {
        var r = Contacts(rows: [Contact("C1", 44090), AnnexASamples.Row(1, "x", ("Child Unique ID", new Error("#N/A"))), Contact("", 44090), Contact("C4", new Inline("31/02/2020"))]);

        Assert.Equal(["C1"], r.Lists.Contacts.Select(c => c.Child.ChildId));
        var table = Assert.Single(r.Tables);
        Assert.Equal((4, 1, 3), (table.Read, table.Accepted, table.Rejected));
        Assert.Equal(
            [(DiagnosticCodes.AnnexACellError, 3L, "A Child Unique ID"), (DiagnosticCodes.ValueMissing, 4L, "A Child Unique ID"), (DiagnosticCodes.DateUnparseable, 5L, "F Date of Contact")],
            Of(r).Select(d => (d.Code, d.Line ?? 0, d.Column)));
        Assert.All(Of(r), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        AnnexAReconcile.Check(r);
    }

    [Fact]
    public void Blank_rows_are_not_rows()
    {
        var r = Contacts(rows: [Contact("C1", 44090), [], ["", " "], Contact("C2", 44090)]);

        Assert.Equal((2, 2), (r.Tables[0].Read, r.Tables[0].Accepted));
        Assert.Empty(Of(r));
    }

    [Fact]
    public void A_boolean_cell_in_a_yes_no_column_is_yes_or_no()
    {
        var r = new XlsxBuilder()
            .Sheet("List 3", [.. AnnexASamples.Headers(3)], AnnexASamples.Row(3, "C1", ("Referral NFA?", true)), AnnexASamples.Row(3, "C2", ("Referral NFA?", false)))
            .Read();

        Assert.Equal([true, false], r.Lists.Referrals.Select(x => x.NoFurtherAction));
    }

    [Theory]
    [InlineData("a) Yes", true)]
    [InlineData("Yes", true)]
    [InlineData("Y", true)]
    [InlineData("b) No", false)]
    [InlineData("no", false)]
    [InlineData("c) Unknown", null)]
    public void Yes_no_columns_read_with_or_without_the_prefix(string value, bool? expected)
    {
        var r = new XlsxBuilder().Sheet("L", [.. AnnexASamples.Headers(3)], AnnexASamples.Row(3, "C1", ("Referral NFA?", value))).Read();

        Assert.Equal(expected, Assert.Single(r.Lists.Referrals).NoFurtherAction);
        Assert.DoesNotContain(Of(r), d => d.Code == DiagnosticCodes.CodeUnknown);
    }

    [Fact]
    public void A_negative_or_fractional_count_is_invalid_and_treated_as_missing()
    {
        var r = new XlsxBuilder().Sheet("L", [.. AnnexASamples.Headers(3)],
            AnnexASamples.Row(3, "C1", ("Number of Referrals in Last 12 Months", -1)),
            AnnexASamples.Row(3, "C2", ("Number of Referrals in Last 12 Months", 1.5)),
            AnnexASamples.Row(3, "C3", ("Number of Referrals in Last 12 Months", new Inline("2"))))
            .Read();

        Assert.Equal([null, null, 2], r.Lists.Referrals.Select(x => x.ReferralsInLast12Months));
        Assert.Equal(2, Of(r).Count(d => d.Code == DiagnosticCodes.ValueInvalid));
    }

    [Fact]
    public void An_unborn_childs_age_is_minus_one()
    {
        var r = Contacts(rows: AnnexASamples.Row(1, "C1", ("Age", -1), ("Date of Contact", 44090)));

        Assert.Equal(-1, Assert.Single(r.Lists.Contacts).Child.Age);
        Assert.Empty(Of(r));
    }

    [Fact]
    public void Extra_columns_are_kept_and_a_repeated_header_is_a_warning()
    {
        var headers = s_contactHeaders.Append("Locality").Append("Date of Contact").ToArray();
        var row = Contact("C1", 44090).Append("North").Append(44091).ToArray();
        var r = new XlsxBuilder().Sheet("Contacts", headers, row).Read();

        var contact = Assert.Single(r.Lists.Contacts);
        Assert.Equal(new DateOnly(2020, 9, 16), contact.Date);
        Assert.Equal([new("Locality", "North"), new("Date of Contact", "44091")], contact.Extra);
        Assert.Equal(
            [(DiagnosticCodes.AnnexAColumnDuplicate, "I Date of Contact"), (DiagnosticCodes.AnnexAColumnExtra, "H Locality")],
            Of(r).Where(d => d.Code != DiagnosticCodes.AnnexAListMissing && d.Code != DiagnosticCodes.AnnexAReferenceDateInferred).Select(d => (d.Code, d.Column)));
    }

    [Fact]
    public void Columns_are_found_by_header_in_any_order_and_any_sheet_name()
    {
        var headers = s_contactHeaders.Reverse().ToArray();
        var row = Contact("C1", 44090).Reverse().ToArray();
        var r = new XlsxBuilder().Sheet("Sheet1", headers, row).Read();

        Assert.Equal(("C1", "6"), (Assert.Single(r.Lists.Contacts).Child.ChildId, r.Lists.Contacts[0].Source));
    }

    [Fact]
    public void Two_sheets_of_one_list_are_both_read_with_a_warning()
    {
        var r = new XlsxBuilder().Sheet("List 1", s_contactHeaders, Contact("C1", 44090)).Sheet("List 1 (2)", s_contactHeaders, Contact("C2", 44090)).Read();

        Assert.Equal(["C1", "C2"], r.Lists.Contacts.Select(c => c.Child.ChildId));
        Assert.Contains(Of(r), d => d.Code == DiagnosticCodes.AnnexAListRepeated && d.Source == "test.xlsx [List 1 (2)]");
    }

    [Fact]
    public void Lists_the_workbook_lacks_are_empty_and_reported()
    {
        var r = Contacts(rows: Contact("C1", 44090));
        var none = new XlsxBuilder().Sheet("List 1", s_contactHeaders, Contact("C1", 44090)).Read();

        Assert.Empty(r.Lists.Adopters);
        Assert.Equal(10, none.Diagnostics.Count(d => d.Code == DiagnosticCodes.AnnexAListMissing));
    }

    [Fact]
    public void Repeated_findings_are_counted_not_listed_past_the_limit()
    {
        var rows = Enumerable.Range(0, 5).Select(i => Contact($"C{i}", 44090, "zz) Carrier pigeon")).ToArray();
        var r = new XlsxBuilder().Sheet("List 1", [s_contactHeaders, .. rows]).Read(new AnnexAReadOptions { MaxRepeatedFindings = 2, ReferenceDate = new DateOnly(2024, 1, 1) });

        Assert.Equal(2, Of(r).Count(d => d.Code == DiagnosticCodes.CodeUnknown));
        Assert.Contains(Of(r), d => d.Code == DiagnosticCodes.Suppressed && d.Message.StartsWith("3 more", StringComparison.Ordinal));
        Assert.Equal(["CARRIER PIGEON"], r.Lists.Contacts.Select(c => c.Source!.ToUpperInvariant()).Distinct());
    }
}
