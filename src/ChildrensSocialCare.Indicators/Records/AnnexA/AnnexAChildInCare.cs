namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 8: a child looked after at the extract or who ceased in the window (one row per child, the
/// current or latest period of care).</summary>
/// <param name="Child">The child's common columns.</param>
/// <param name="PeriodStart"><c>Date Started to be Looked After</c> (the current period).</param>
public sealed record AnnexAChildInCare(AnnexAChild Child, DateOnly PeriodStart) : AnnexARow
{
    /// <summary><c>Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)</c>.</summary>
    public bool? Uasc { get; init; }

    /// <summary><c>Does the Child have a Disability</c>.</summary>
    public bool? Disability { get; init; }

    /// <summary><c>Child's Category of Need</c> (N1-N8).</summary>
    public CategoryOfNeed CategoryOfNeed { get; init; }

    /// <summary><c>Is this a second or subsequent period of being a Looked After Child within the last 12 months
    /// (Y/N)</c>.</summary>
    public bool? SubsequentPeriod { get; init; }

    /// <summary><c>Start date of current legal status</c>.</summary>
    public DateOnly? LegalStatusStart { get; init; }

    /// <summary><c>Child's Legal Status</c>.</summary>
    public LegalStatus LegalStatus { get; init; }

    /// <summary><c>Date of Latest Statutory Review</c>.</summary>
    public DateOnly? LatestReview { get; init; }

    /// <summary><c>Date of Last Social Work Visit</c>.</summary>
    public DateOnly? LastSocialWorkVisit { get; init; }

    /// <summary><c>What is the permanence plan for this child?</c>: Ofsted's label without its letter (<c>Return to
    /// family</c>, <c>Adoption</c>, <c>SGO/CAO</c>, <c>Supported living in the community</c>, <c>Long-term
    /// residential placement</c>, <c>Long-term fostering</c>, <c>Other</c>).</summary>
    public string? PermanencePlan { get; init; }

    /// <summary><c>Date of Last IRO Visit / Contact to the Child</c>.</summary>
    public DateOnly? LastIroContact { get; init; }

    /// <summary><c>Date of Last Health Assessment</c>.</summary>
    public DateOnly? LastHealthAssessment { get; init; }

    /// <summary><c>Date of Last Dental Check</c>.</summary>
    public DateOnly? LastDentalCheck { get; init; }

    /// <summary><c>Number of Placements in the Last 12 months</c>.</summary>
    public int? PlacementsInLast12Months { get; init; }

    /// <summary><c>Date Ceased to be Looked After</c>; <c>null</c> while looked after.</summary>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary><c>Reason Ceased to be Looked After</c> (the SSDA903 <c>REC</c> code).</summary>
    public ReasonEpisodeCeased ReasonCeased { get; init; }

    /// <summary><c>Start Date of Most Recent Placement</c>.</summary>
    public DateOnly? PlacementStart { get; init; }

    /// <summary><c>Placement Type</c> (the SSDA903 <c>PLACE</c> code).</summary>
    public PlacementType Placement { get; init; }

    /// <summary><c>Placement Provider</c> (PR0-PR5).</summary>
    public PlacementProvider PlacementProvider { get; init; }

    /// <summary><c>Placement postcode</c>, as supplied.</summary>
    public string? PlacementPostcode { get; init; }

    /// <summary><c>URN of Placement</c>.</summary>
    public string? Urn { get; init; }

    /// <summary><c>Placement Location</c>: <c>In</c> or <c>Out</c> of the authority.</summary>
    public string? PlacementLocation { get; init; }

    /// <summary><c>LA of Placement</c> (a name, or <c>NIR</c>, <c>WAL</c>, <c>SCO</c>, <c>NUK</c>, <c>CON</c>).</summary>
    public string? PlacementAuthority { get; init; }

    /// <summary><c>Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months</c>.</summary>
    public int? MissingEpisodesInLast12Months { get; init; }

    /// <summary><c>Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months</c>.</summary>
    public int? AbsenceEpisodesInLast12Months { get; init; }

    /// <summary><c>Was the child offered a Return Interview after their last missing episode (Y/N)?</c></summary>
    public bool? ReturnInterviewOffered { get; init; }

    /// <summary><c>Did the child accept a Return Interview after their last missing episode (Y/N)?</c></summary>
    public bool? ReturnInterviewAccepted { get; init; }

    /// <summary><c>Allocated Team</c>.</summary>
    public string? Team { get; init; }

    /// <summary><c>Allocated Worker</c>.</summary>
    public string? Worker { get; init; }
}
