namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A looked-after review (SSDA903 <c>Reviews</c> table).</summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>.</param>
/// <param name="ReviewDate"><c>REVIEW</c>.</param>
/// <param name="ParticipationCode"><c>REVIEW_CODE</c> (PN0-PN7): how the child took part.</param>
public sealed record Review(string ChildId, DateOnly? DateOfBirth, DateOnly ReviewDate, string? ParticipationCode = null);
