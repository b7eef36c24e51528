namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A spell with one allocated social worker (SSDA903 <c>SWEpisodes</c> table, from 2023-24).</summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>.</param>
/// <param name="SocialWorkerId"><c>SW_ID</c>.</param>
/// <param name="Start"><c>SW_DECOM</c>.</param>
/// <param name="End"><c>SW_DEC</c>; <c>null</c> while allocated.</param>
/// <param name="Reason"><c>SW_REASON</c>: why the spell ended.</param>
public sealed record SocialWorkerEpisode(
    string ChildId,
    DateOnly? DateOfBirth,
    string? SocialWorkerId,
    DateOnly Start,
    DateOnly? End = null,
    string? Reason = null);
