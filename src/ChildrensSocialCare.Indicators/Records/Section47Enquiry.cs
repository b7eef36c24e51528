namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A section 47 enquiry (CIN census <c>Section47</c>).</summary>
/// <param name="ChildId">The authority's child id.</param>
/// <param name="StartDate"><c>S47ActualStartDate</c> (N00148).</param>
/// <param name="InitialConferenceDate"><c>DateOfInitialCPC</c> recorded on the <c>Section47</c> element (N00110).</param>
/// <param name="ConferenceNotRequired"><c>ICPCnotRequired</c> (N00111).</param>
public sealed record Section47Enquiry(
    string ChildId,
    DateOnly StartDate,
    DateOnly? InitialConferenceDate = null,
    bool ConferenceNotRequired = false)
{
    /// <summary><c>InitialCPCtarget</c>: the target date for the initial conference.</summary>
    public DateOnly? InitialConferenceTarget { get; init; }

    /// <summary>The <c>CINreferralDate</c> of the episode the enquiry belongs to.</summary>
    public DateOnly? ReferralDate { get; init; }

    /// <summary>The <c>CINdetailsID</c> of the episode the enquiry belongs to, when the return carries one.</summary>
    public string? EpisodeId { get; init; }
}
