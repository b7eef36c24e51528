namespace ChildrensSocialCare.Indicators.Records;

/// <summary>An adoption (SSDA903 <c>AD1</c> table).</summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>.</param>
/// <param name="DateShouldBePlaced"><c>DATE_INT</c>: the date of the decision that the child should be placed for adoption.</param>
/// <param name="DateMatched"><c>DATE_MATCH</c>: the date the child was matched with the adopters.</param>
public sealed record Adoption(string ChildId, DateOnly? DateOfBirth, DateOnly? DateShouldBePlaced, DateOnly? DateMatched)
{
    /// <summary><c>FOSTER_CARE</c>: whether the child was adopted by their foster carer.</summary>
    public bool? ByFosterCarer { get; init; }

    /// <summary><c>NB_ADOPTR</c>: the number of adopters.</summary>
    public int? NumberOfAdopters { get; init; }

    /// <summary><c>SEX_ADOPTR</c> (M1, F1, MM, FF, MF).</summary>
    public string? SexOfAdopters { get; init; }

    /// <summary><c>LS_ADOPTR</c> (L0, L11, L12, L2, L3, L4).</summary>
    public string? LegalStatusOfAdopters { get; init; }
}
