namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 6: a child in need at the extract or in the window (one row per child, the most recent
/// episode).</summary>
/// <param name="Child">The child's common columns.</param>
public sealed record AnnexAChildInNeed(AnnexAChild Child) : AnnexARow
{
    /// <summary><c>Does the Child have a Disability</c>.</summary>
    public bool? Disability { get; init; }

    /// <summary><c>CIN Start Date</c> (the referral date for an open assessment).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary><c>Primary Need Code</c> (N0-N9).</summary>
    public CategoryOfNeed PrimaryNeed { get; init; }

    /// <summary><c>Date Child Was Last Seen</c> by a social worker.</summary>
    public DateOnly? LastSeen { get; init; }

    /// <summary><c>CIN Closure Date</c>; <c>null</c> while open.</summary>
    public DateOnly? ClosureDate { get; init; }

    /// <summary><c>Reason for Closure</c> (RC1-RC9).</summary>
    public ReasonForClosure ReasonForClosure { get; init; }

    /// <summary><c>Case Status</c>: Ofsted's label without its letter (<c>Looked after child</c>, <c>Child Protection
    /// plan</c>, <c>Child in need plan</c>, <c>Open assessment</c>, <c>Closed episode</c>); another value kept as
    /// data.</summary>
    public string? CaseStatus { get; init; }

    /// <summary><c>Allocated Team</c>.</summary>
    public string? Team { get; init; }

    /// <summary><c>Allocated Worker</c>.</summary>
    public string? Worker { get; init; }
}
