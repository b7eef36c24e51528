namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 2: an early help assessment (started in the window, or a current intervention).</summary>
/// <param name="Child">The child's common columns.</param>
/// <param name="StartDate"><c>Assessment start date</c>.</param>
public sealed record AnnexAEarlyHelpAssessment(AnnexAChild Child, DateOnly StartDate) : AnnexARow
{
    /// <summary><c>Assessment completion date</c>; <c>null</c> while it continues.</summary>
    public DateOnly? CompletionDate { get; init; }

    /// <summary><c>Organisation completing assessment</c> (free text).</summary>
    public string? Organisation { get; init; }
}
