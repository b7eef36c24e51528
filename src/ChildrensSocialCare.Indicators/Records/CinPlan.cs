namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A child in need plan (CIN census <c>CINPlanDates</c>, from 2022).</summary>
/// <param name="ChildId">The authority's child id.</param>
/// <param name="StartDate"><c>CINPlanStartDate</c>.</param>
/// <param name="EndDate"><c>CINPlanEndDate</c>; <c>null</c> while open.</param>
public sealed record CinPlan(string ChildId, DateOnly StartDate, DateOnly? EndDate = null)
{
    /// <summary>The <c>CINreferralDate</c> of the episode the plan belongs to.</summary>
    public DateOnly? ReferralDate { get; init; }

    /// <summary>The <c>CINdetailsID</c> of the episode the plan belongs to, when the return carries one.</summary>
    public string? EpisodeId { get; init; }
}
