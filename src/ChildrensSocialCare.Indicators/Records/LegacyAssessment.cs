namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// A legacy initial or core assessment (before the single assessment of 2013-14), as held in a council's own system.
/// </summary>
/// <param name="ChildId">The authority's child id.</param>
/// <param name="Kind">Initial (10 working days) or core (35 working days).</param>
/// <param name="StartDate">The start: the referral date for an initial assessment.</param>
/// <param name="CompletionDate">The date the assessment was completed; <c>null</c> while open.</param>
/// <param name="ChildSeen">Whether the child was seen during the assessment; <c>null</c> if not recorded.</param>
/// <param name="ChildSeenAlone">Whether the child was seen alone; <c>null</c> if not recorded.</param>
public sealed record LegacyAssessment(
    string ChildId,
    AssessmentKind Kind,
    DateOnly StartDate,
    DateOnly? CompletionDate = null,
    bool? ChildSeen = null,
    bool? ChildSeenAlone = null);
