namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A child protection plan (CIN census <c>ChildProtectionPlans</c>).</summary>
/// <param name="ChildId">The authority's child id.</param>
/// <param name="StartDate"><c>CPPstartDate</c>.</param>
/// <param name="EndDate"><c>CPPendDate</c>; <c>null</c> while the plan is open.</param>
public sealed record ChildProtectionPlan(string ChildId, DateOnly StartDate, DateOnly? EndDate = null)
{
    private readonly IReadOnlyList<DateOnly> _reviewDates = ValueList<DateOnly>.Empty;

    /// <summary><c>CPPID</c>, when the return carries one.</summary>
    public string? Id { get; init; }

    /// <summary><c>InitialCategoryOfAbuse</c>.</summary>
    public CategoryOfAbuse InitialCategory { get; init; }

    /// <summary><c>LatestCategoryOfAbuse</c>.</summary>
    public CategoryOfAbuse LatestCategory { get; init; }

    /// <summary><c>NumberOfPreviousCPP</c>: plans the child had before this one, as the authority recorded it.</summary>
    public int? NumberOfPreviousPlans { get; init; }

    /// <summary>The <c>CINreferralDate</c> of the episode the plan belongs to.</summary>
    public DateOnly? ReferralDate { get; init; }

    /// <summary>The <c>CINdetailsID</c> of the episode the plan belongs to, when the return carries one.</summary>
    public string? EpisodeId { get; init; }

    /// <summary><c>CPPreviewDate</c> values, in the order supplied (compared by content).</summary>
    public IReadOnlyList<DateOnly> ReviewDates { get => _reviewDates; init => _reviewDates = ValueList<DateOnly>.From(value); }
}
