namespace ChildrensSocialCare.Indicators.Formats.Tests.AnnexA;

// Headers and one valid row for each list, from the reader's own column table, for workbooks written by the tests.
internal static class AnnexASamples
{
    public static IReadOnlyList<string> Headers(int list) => [.. AnnexAList.All[list - 1].Columns.Select(c => c.Header)];

    // A row a list accepts without a finding: Ofsted's prefixed codes, whole ages, dates as serials.
    public static IReadOnlyList<object?> Row(int list, string id = "C1") =>
        [.. AnnexAList.All[list - 1].Columns.Select(c => Value(c, id))];

    public static IReadOnlyList<object?> Row(int list, string id, params (string Header, object? Value)[] with)
    {
        var columns = AnnexAList.All[list - 1].Columns;
        var row = Row(list, id).ToArray();
        foreach (var (header, value) in with)
        {
            row[columns.ToList().FindIndex(c => c.Header == header)] = value;
        }

        return row;
    }

    private static object? Value(AnnexAColumn column, string id) => column.Kind switch
    {
        AnnexAColumnKind.Id => id,
        AnnexAColumnKind.Text => "Team A",
        AnnexAColumnKind.Date => new DateOnly(2024, 1, 15),
        AnnexAColumnKind.Integer => 1,
        AnnexAColumnKind.Age => 5,
        AnnexAColumnKind.Postcode => "AB1 2CD",
        _ => column.Code switch
        {
            AnnexACodeKind.Gender => "a) Male",
            AnnexACodeKind.Ethnicity => "a) WBRI",
            AnnexACodeKind.Source => "a) 1A: Individual",
            AnnexACodeKind.YesNo => "a) Yes",
            AnnexACodeKind.CategoryOfAbuse => "a) Neglect",
            AnnexACodeKind.CategoryOfNeed => "N1 - Abuse or neglect",
            AnnexACodeKind.ReasonForClosure => "RC1 - Adopted",
            AnnexACodeKind.CaseStatus => "a) Looked after child",
            AnnexACodeKind.LegalStatus => "C2: FCO",
            AnnexACodeKind.PlacementType => "a) U1: Foster placement - relatives - long term",
            AnnexACodeKind.PlacementProvider => "a) PR0: Parents/Parental responsibility",
            AnnexACodeKind.ReasonCeased => "a) E11: Adopted - application unopposed",
            AnnexACodeKind.PermanencePlan => "b) Adoption",
            AnnexACodeKind.PlacementLocation => "a) In",
            AnnexACodeKind.Eligibility => "a) Relevant child",
            AnnexACodeKind.InTouch => "a) Yes",
            AnnexACodeKind.AccommodationType => "U: Independent living",
            AnnexACodeKind.Suitability => "a) Suitable",
            AnnexACodeKind.Activity => "F1: Full time in higher education",
            AnnexACodeKind.ReasonReversed => "RD1 - The child's needs changed",
            AnnexACodeKind.ReasonLeft => "1 - Adopter withdrew from process",
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Code, null),
        },
    };
}
