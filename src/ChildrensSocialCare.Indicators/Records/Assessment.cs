namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A single assessment (CIN census <c>Assessments</c>, from 2013-14).</summary>
/// <param name="ChildId">The authority's child id.</param>
/// <param name="StartDate"><c>AssessmentActualStartDate</c> (N00159).</param>
/// <param name="AuthorisationDate"><c>AssessmentAuthorisationDate</c> (N00160): the date the assessment was
/// completed; <c>null</c> while it is open.</param>
public sealed record Assessment(string ChildId, DateOnly StartDate, DateOnly? AuthorisationDate = null)
{
    private readonly IReadOnlyList<string> _factors = ValueList<string>.Empty;

    /// <summary><c>AssessmentID</c>, when the return carries one.</summary>
    public string? Id { get; init; }

    /// <summary>The <c>CINreferralDate</c> of the episode the assessment belongs to (used by
    /// <c>MeasureFrom = Referral</c>).</summary>
    public DateOnly? ReferralDate { get; init; }

    /// <summary>The <c>CINdetailsID</c> of the episode the assessment belongs to, when the return carries one.</summary>
    public string? EpisodeId { get; init; }

    /// <summary><c>AssessmentInternalReviewDate</c>.</summary>
    public DateOnly? InternalReviewDate { get; init; }

    /// <summary><c>AssessmentFactors</c> codes, in the order supplied (compared by content).</summary>
    public IReadOnlyList<string> Factors { get => _factors; init => _factors = ValueList<string>.From(value); }
}
