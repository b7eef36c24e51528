namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A period missing from placement or away without authorisation (SSDA903 <c>Missing</c> table).</summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>.</param>
/// <param name="Kind"><c>MISSING</c>: M missing, A away without authorisation.</param>
/// <param name="Start"><c>MIS_START</c>.</param>
/// <param name="End"><c>MIS_END</c>; <c>null</c> while missing.</param>
public sealed record MissingEpisode(string ChildId, DateOnly? DateOfBirth, string? Kind, DateOnly Start, DateOnly? End = null);
