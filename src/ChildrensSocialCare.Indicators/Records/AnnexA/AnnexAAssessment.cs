namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 4: a continuous (single) assessment, completed in the window or open.</summary>
/// <param name="Child">The child's common columns.</param>
/// <param name="StartDate"><c>Continuous Assessment Start Date</c>.</param>
public sealed record AnnexAAssessment(AnnexAChild Child, DateOnly StartDate) : AnnexARow
{
    /// <summary><c>Does the Child have a Disability</c> (<c>null</c>: unknown or blank).</summary>
    public bool? Disability { get; init; }

    /// <summary><c>Child Seen During Continuous Assessment</c>.</summary>
    public bool? ChildSeen { get; init; }

    /// <summary><c>Continuous Assessment Date of Authorisation</c>; <c>null</c> while open.</summary>
    public DateOnly? AuthorisationDate { get; init; }

    /// <summary><c>Was the child assessed as requiring LA children's social care support?</c>; <c>null</c> while
    /// open.</summary>
    public bool? RequiresSupport { get; init; }

    /// <summary><c>Allocated Team</c>.</summary>
    public string? Team { get; init; }

    /// <summary><c>Allocated Worker</c>.</summary>
    public string? Worker { get; init; }
}
