namespace ChildrensSocialCare.Indicators;

/// <summary>One record, or one child, behind a number.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="Kind">What was counted: <c>referral</c>, <c>assessment</c>, <c>plan</c>, <c>child</c>, ...</param>
/// <param name="Dates">The key dates that decided it, in order.</param>
/// <param name="Record">The underlying record (a <see cref="Records.CinEpisode"/>, <see cref="Records.LookedAfterEpisode"/>, ...), when there is one.</param>
public sealed record ExplanationEntry(string ChildId, string Kind, IReadOnlyList<KeyDate> Dates, object? Record = null)
{
    /// <summary>The child and the key dates on one line.</summary>
    public override string ToString() =>
        $"{ChildId} {Kind}: " + string.Join(", ", Dates.Select(d => d.ToString()));
}
