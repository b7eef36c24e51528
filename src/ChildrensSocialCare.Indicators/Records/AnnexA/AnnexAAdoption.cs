namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 10: a child adopted, with a should-be-placed decision, or with that decision reversed, in the
/// 12 months.</summary>
/// <param name="Child">The child's common columns (<c>Age of Child (Years)</c> as the age).</param>
public sealed record AnnexAAdoption(AnnexAChild Child) : AnnexARow
{
    /// <summary><c>Family identifier</c>: the adoptive family, as in List 11.</summary>
    public string? FamilyId { get; init; }

    /// <summary><c>Does the Child have a Disability</c>.</summary>
    public bool? Disability { get; init; }

    /// <summary><c>Date the Child Entered Care</c>.</summary>
    public DateOnly? EnteredCare { get; init; }

    /// <summary><c>Date of Decision that Child Should be Placed for Adoption</c>.</summary>
    public DateOnly? DecisionToPlace { get; init; }

    /// <summary><c>Date of Placement Order</c>.</summary>
    public DateOnly? PlacementOrder { get; init; }

    /// <summary><c>Date of Matching Child and Prospective Adopters</c>.</summary>
    public DateOnly? Matched { get; init; }

    /// <summary><c>Date Placed for Adoption</c>.</summary>
    public DateOnly? PlacedForAdoption { get; init; }

    /// <summary><c>Date of Adoption Order</c>.</summary>
    public DateOnly? AdoptionOrder { get; init; }

    /// <summary><c>Date of Decision that Child Should No Longer be Placed for Adoption</c>.</summary>
    public DateOnly? DecisionReversed { get; init; }

    /// <summary><c>Reason Why Child No Longer Placed for Adoption</c> (RD1-RD4).</summary>
    public string? ReasonReversed { get; init; }

    /// <summary><c>Date the child was placed for fostering in FFA or concurrent planning placement</c>.</summary>
    public DateOnly? FosteringForAdoption { get; init; }
}
