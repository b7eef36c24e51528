namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A decision that a child should be placed for adoption (SSDA903 <c>PlacedAdoption</c> table).</summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>.</param>
/// <param name="DatePlaced"><c>DATE_PLACED</c>: the date of the decision.</param>
/// <param name="DatePlacedCeased"><c>DATE_PLACED_CEASED</c>: when the decision ceased to apply.</param>
/// <param name="ReasonPlacedCeased"><c>REASON_PLACED_CEASED</c> (RD1-RD4).</param>
public sealed record PlacedForAdoption(
    string ChildId,
    DateOnly? DateOfBirth,
    DateOnly? DatePlaced,
    DateOnly? DatePlacedCeased = null,
    string? ReasonPlacedCeased = null);
