namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 1: a contact received about a child (one row per contact).</summary>
/// <param name="Child">The child's common columns.</param>
/// <param name="Date"><c>Date of Contact</c>.</param>
public sealed record AnnexAContact(AnnexAChild Child, DateOnly Date) : AnnexARow
{
    /// <summary><c>Contact Source</c>: the CIN census referral source code (<c>1A</c> ... <c>10</c>).</summary>
    public string? Source { get; init; }
}
