namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// Codes with or without Ofsted's letter and label (specification 9.1), and headers compared as the specification says.
public class AnnexACodesTests
{
    [Theory]
    [InlineData(nameof(AnnexACodeKind.PlacementType), "f) U6: Foster placement - not FFA", "U6")]
    [InlineData(nameof(AnnexACodeKind.PlacementType), "U6", "U6")]
    [InlineData(nameof(AnnexACodeKind.PlacementType), "u6", "U6")]
    [InlineData(nameof(AnnexACodeKind.PlacementProvider), "e) PR4 - Private provision", "PR4")]
    [InlineData(nameof(AnnexACodeKind.Source), "p1) 5D: LA services", "5D")]
    [InlineData(nameof(AnnexACodeKind.Source), "u) 10: Unknown", "10")]
    [InlineData(nameof(AnnexACodeKind.ReasonCeased), "u) X1:CodeError", "X1")]
    [InlineData(nameof(AnnexACodeKind.ReasonCeased), "a) E11: Adopted - application unopposed", "E11")]
    [InlineData(nameof(AnnexACodeKind.Gender), "b) Female", "F")]
    [InlineData(nameof(AnnexACodeKind.Gender), "Female", "F")]
    [InlineData(nameof(AnnexACodeKind.Gender), "c) Not stated/recorded", "U")]
    [InlineData(nameof(AnnexACodeKind.Gender), "d) Neither", "U")]
    [InlineData(nameof(AnnexACodeKind.YesNo), "a) Yes", "Y")]
    [InlineData(nameof(AnnexACodeKind.YesNo), "Y", "Y")]
    [InlineData(nameof(AnnexACodeKind.CategoryOfAbuse), "e) Multiple/not recommended", "MUL")]
    [InlineData(nameof(AnnexACodeKind.CategoryOfNeed), "N1 - Abuse or neglect", "N1")]
    [InlineData(nameof(AnnexACodeKind.CategoryOfNeed), "Abuse or neglect", "N1")]
    [InlineData(nameof(AnnexACodeKind.InTouch), "f) Rhom", "RHOM")]
    [InlineData(nameof(AnnexACodeKind.Activity), "F1: Full time in higher education", "F1")]
    [InlineData(nameof(AnnexACodeKind.CaseStatus), "b) child protection plan", "Child Protection plan")]
    [InlineData(nameof(AnnexACodeKind.Ethnicity), "s)\u00A0NOBT", "NOBT")]
    [InlineData(nameof(AnnexACodeKind.ReasonLeft), "3 - Application refused", "3")]
    public void A_value_maps_to_its_code_with_or_without_prefix_and_label(string kind, string value, string code)
    {
        Assert.Equal((code, true), AnnexACodes.Lookup(Enum.Parse<AnnexACodeKind>(kind), value));
    }

    [Theory]
    [InlineData(nameof(AnnexACodeKind.YesNo), "CS Assessment Updated", "CS Assessment Updated")]
    [InlineData(nameof(AnnexACodeKind.CategoryOfNeed), "PSRMEM - Support with memory and cognition", "PSRMEM - Support with memory and cognition")]
    [InlineData(nameof(AnnexACodeKind.PlacementType), "zz) Z9: Somewhere new", "Z9: Somewhere new")]
    public void An_unknown_value_is_kept_without_its_letter(string kind, string value, string kept)
    {
        Assert.Equal((kept, false), AnnexACodes.Lookup(Enum.Parse<AnnexACodeKind>(kind), value));
    }

    [Theory]
    [InlineData("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))", "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)")]
    [InlineData("Number of Episodes the Child has been \u2018Missing\u2019 from their Placement", "Number of Episodes the Child has been 'Missing' from their Placement")]
    [InlineData("  LA In Touch ", "LA in Touch")]
    [InlineData("Was the child assessed as requiring LA children\u2019s social care support", "Was the child assessed as requiring LA children's social care support?")]
    [InlineData("Date\u00A0of  Contact", "Date of Contact")]
    public void Headers_compare_as_the_specification_says(string header, string canonical)
    {
        Assert.Equal(AnnexAHeaders.Normalize(canonical), AnnexAHeaders.Normalize(header));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(33, "AH")]
    [InlineData(16383, "XFD")]
    public void Column_letters_round_trip(int column, string letters)
    {
        Assert.Equal(letters, XlsxCellReference.Letters(column));
        Assert.Equal(column, XlsxCellReference.Column(letters + "12"));
    }
}
