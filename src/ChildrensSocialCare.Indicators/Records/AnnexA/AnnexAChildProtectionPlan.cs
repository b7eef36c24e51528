namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 7: a child's latest child protection plan (open at the extract or ended in the window).</summary>
/// <param name="Child">The child's common columns.</param>
/// <param name="StartDate"><c>Child Protection Plan Start Date</c>.</param>
public sealed record AnnexAChildProtectionPlan(AnnexAChild Child, DateOnly StartDate) : AnnexARow
{
    /// <summary><c>Does the Child have a Disability</c>.</summary>
    public bool? Disability { get; init; }

    /// <summary><c>Initial Category of Abuse</c> (NEG, PHY, SAB, EMO, MUL).</summary>
    public CategoryOfAbuse InitialCategory { get; init; }

    /// <summary><c>Latest Category of Abuse</c>.</summary>
    public CategoryOfAbuse LatestCategory { get; init; }

    /// <summary><c>Date of the Last Statutory Visit</c>.</summary>
    public DateOnly? LastStatutoryVisit { get; init; }

    /// <summary><c>Was the Child Seen Alone?</c></summary>
    public bool? SeenAlone { get; init; }

    /// <summary><c>Date of latest review conference</c>.</summary>
    public DateOnly? LatestReviewConference { get; init; }

    /// <summary><c>Child Protection Plan End Date</c>; <c>null</c> while open.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary><c>Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)</c>.</summary>
    public bool? EmergencyProtection { get; init; }

    /// <summary><c>Number of Previous Child Protection Plans</c> (in the same authority).</summary>
    public int? PreviousPlans { get; init; }

    /// <summary><c>Allocated Team</c>.</summary>
    public string? Team { get; init; }

    /// <summary><c>Allocated Worker</c>.</summary>
    public string? Worker { get; init; }
}
