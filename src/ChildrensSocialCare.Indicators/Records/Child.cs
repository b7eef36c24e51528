namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// A child known to the authority: the SSDA903 header row or the CIN census <c>ChildIdentifiers</c> and
/// <c>ChildCharacteristics</c> modules.
/// </summary>
/// <param name="Id">The authority's child id (SSDA903 <c>CHILD</c>, CIN census <c>LAchildID</c>): case-sensitive,
/// trimmed of surrounding white space.</param>
/// <param name="DateOfBirth">SSDA903 <c>DOB</c>, CIN census <c>PersonBirthDate</c>; <c>null</c> when missing or unparseable.</param>
/// <param name="Sex">SSDA903 <c>SEX</c>, CIN census <c>GenderCurrent</c> (to 2024) or <c>Sex</c> (from 2025).</param>
public sealed record Child(string Id, DateOnly? DateOfBirth = null, Sex Sex = default)
{
    private readonly IReadOnlyList<string> _disabilities = ValueList<string>.Empty;

    /// <summary>SSDA903 <c>ETHNIC</c>, CIN census <c>Ethnicity</c>.</summary>
    public string? Ethnicity { get; init; }

    /// <summary>The unique pupil number (SSDA903 <c>UPN</c>, CIN census <c>UPN</c>).</summary>
    public string? Upn { get; init; }

    /// <summary>CIN census <c>FormerUPN</c>.</summary>
    public string? FormerUpn { get; init; }

    /// <summary>CIN census <c>UPNunknown</c>: why there is no UPN (UN1-UN10).</summary>
    public string? UpnUnknown { get; init; }

    /// <summary>CIN census <c>ExpectedPersonBirthDate</c>, for an unborn child.</summary>
    public DateOnly? ExpectedDateOfBirth { get; init; }

    /// <summary>CIN census <c>PersonDeathDate</c>.</summary>
    public DateOnly? DateOfDeath { get; init; }

    /// <summary>CIN census <c>Disability</c> codes, in the order supplied (compared by content).</summary>
    public IReadOnlyList<string> Disabilities { get => _disabilities; init => _disabilities = ValueList<string>.From(value); }

    /// <summary>SSDA903 <c>MOTHER</c>: whether the child is a mother (1), is not (0), or not recorded.</summary>
    public bool? IsMother { get; init; }

    /// <summary>SSDA903 <c>MC_DOB</c>: the date of birth of the mother's child.</summary>
    public DateOnly? MotherChildDateOfBirth { get; init; }
}
