namespace ChildrensSocialCare.Indicators;

/// <summary>A record left out of an indicator, and why.</summary>
/// <param name="Entry">The record.</param>
/// <param name="Rule">The rule that left it out, in plain words.</param>
public sealed record Exclusion(ExplanationEntry Entry, string Rule)
{
    /// <summary>The rule's stable code (a constant of <see cref="ExclusionCodes"/>, such as
    /// <c>assessment.authorised-before-start</c>), for a program to count or filter by; empty when made by hand.</summary>
    public string Code { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() => $"{Entry}: {Rule}";
}
