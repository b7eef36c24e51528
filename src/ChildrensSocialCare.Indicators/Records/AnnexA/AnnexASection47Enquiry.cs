namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 5: a section 47 enquiry and its initial child protection conference (one row per
/// enquiry).</summary>
/// <param name="Child">The child's common columns.</param>
/// <param name="StrategyDiscussionDate"><c>Strategy discussion initiating Section 47 Enquiry Start Date</c>.</param>
public sealed record AnnexASection47Enquiry(AnnexAChild Child, DateOnly StrategyDiscussionDate) : AnnexARow
{
    /// <summary><c>Does the Child have a Disability</c>.</summary>
    public bool? Disability { get; init; }

    /// <summary><c>Was an Initial Child Protection Conference deemed unnecessary?</c>; <c>null</c> while undecided.</summary>
    public bool? ConferenceNotRequired { get; init; }

    /// <summary><c>Date of Initial Child Protection Conference</c>.</summary>
    public DateOnly? ConferenceDate { get; init; }

    /// <summary><c>Did the Initial Child Protection Conference Result in a Child Protection Plan</c>.</summary>
    public bool? ConferenceResultedInPlan { get; init; }

    /// <summary><c>Number of Section 47 Enquiries in the last 12 months</c>.</summary>
    public int? EnquiriesInLast12Months { get; init; }

    /// <summary><c>Number of ICPCs in the last 12 months</c>.</summary>
    public int? ConferencesInLast12Months { get; init; }

    /// <summary><c>Allocated Team</c>.</summary>
    public string? Team { get; init; }

    /// <summary><c>Allocated Worker</c>.</summary>
    public string? Worker { get; init; }
}
