namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// An episode of need (CIN census <c>CINdetails</c>): one referral to children's social care and, when it has
/// closed, its closure.
/// </summary>
/// <param name="ChildId">The authority's child id.</param>
/// <param name="ReferralDate"><c>CINreferralDate</c> (N00100).</param>
/// <param name="ClosureDate"><c>CINclosureDate</c>; <c>null</c> while the episode is open.</param>
/// <param name="ReasonForClosure"><c>ReasonForClosure</c> (N00103), RC1-RC9.</param>
/// <param name="ReferralNfa"><c>ReferralNFA</c> (N00112): the referral resulted in no further action.</param>
public sealed record CinEpisode(
    string ChildId,
    DateOnly ReferralDate,
    DateOnly? ClosureDate = null,
    ReasonForClosure ReasonForClosure = default,
    bool? ReferralNfa = null)
{
    /// <summary><c>CINdetailsID</c>, when the return carries one.</summary>
    public string? Id { get; init; }

    /// <summary><c>ReferralSource</c> (1A-10).</summary>
    public string? ReferralSource { get; init; }

    /// <summary><c>PrimaryNeedCode</c> (N0-N9).</summary>
    public CategoryOfNeed PrimaryNeed { get; init; }

    /// <summary><c>DateOfInitialCPC</c> recorded on the episode (N00110).</summary>
    public DateOnly? DateOfInitialCpc { get; init; }
}
