namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// The columns every child list of Annex A starts with (lists 1-10: <c>Child Unique ID</c>, <c>Gender</c>,
/// <c>Ethnicity</c>, <c>Date of Birth</c>, <c>Age</c>).
/// </summary>
/// <param name="ChildId"><c>Child Unique ID</c>: the authority's own id, the same in every list.</param>
public sealed record AnnexAChild(string ChildId)
{
    /// <summary><c>Gender</c>: <c>M</c> (<c>a) Male</c>), <c>F</c> (<c>b) Female</c>) or <c>U</c> (not stated or
    /// recorded, neither); any other value kept as data.</summary>
    public Sex Gender { get; init; }

    /// <summary><c>Ethnicity</c>: the DfE code (<c>WBRI</c> ... <c>NOBT</c>) without Ofsted's letter prefix.</summary>
    public string? Ethnicity { get; init; }

    /// <summary><c>Date of Birth</c> (the expected date for an unborn child).</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary><c>Age</c> (<c>Age of Child (Years)</c>): age at the last birthday as supplied, <c>-1</c> for an
    /// unborn child; a fractional age is truncated.</summary>
    public int? Age { get; init; }
}
