namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 11: an individual (prospective) adopter in contact with the agency in the 12 months.</summary>
/// <param name="AdopterId"><c>Individual adopter identifier</c>.</param>
public sealed record AnnexAAdopter(string AdopterId) : AnnexARow
{
    /// <summary><c>Family identifier</c>, as in List 10.</summary>
    public string? FamilyId { get; init; }

    /// <summary><c>Gender</c> (<c>M</c>, <c>F</c>, <c>U</c>).</summary>
    public Sex Gender { get; init; }

    /// <summary><c>Ethnicity</c> (the DfE code).</summary>
    public string? Ethnicity { get; init; }

    /// <summary><c>Disability</c>.</summary>
    public bool? Disability { get; init; }

    /// <summary><c>Is the (prospective) adopter fostering for adoption?</c></summary>
    public bool? FosteringForAdoption { get; init; }

    /// <summary><c>Date enquiry received</c>.</summary>
    public DateOnly? EnquiryReceived { get; init; }

    /// <summary><c>Date Stage 1 started</c>.</summary>
    public DateOnly? Stage1Started { get; init; }

    /// <summary><c>Date Stage 1 ended</c>.</summary>
    public DateOnly? Stage1Ended { get; init; }

    /// <summary><c>Date Stage 2 started</c>.</summary>
    public DateOnly? Stage2Started { get; init; }

    /// <summary><c>Date Stage 2 ended</c>.</summary>
    public DateOnly? Stage2Ended { get; init; }

    /// <summary><c>Date application submitted</c>.</summary>
    public DateOnly? ApplicationSubmitted { get; init; }

    /// <summary><c>Date application approved</c>.</summary>
    public DateOnly? ApplicationApproved { get; init; }

    /// <summary><c>Date adopter matched with child(ren)</c>.</summary>
    public DateOnly? Matched { get; init; }

    /// <summary><c>Date child/children placed with adopter(s)</c>.</summary>
    public DateOnly? ChildrenPlaced { get; init; }

    /// <summary><c>No. of children placed</c>.</summary>
    public int? NumberOfChildrenPlaced { get; init; }

    /// <summary><c>Date of Adoption Order</c>.</summary>
    public DateOnly? AdoptionOrder { get; init; }

    /// <summary><c>Date of leaving adoption process</c>.</summary>
    public DateOnly? LeftProcess { get; init; }

    /// <summary><c>Reason for leaving adoption process</c>: <c>1</c> withdrew, <c>2</c> on hold, <c>3</c> refused.</summary>
    public string? ReasonLeft { get; init; }
}
