using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A period of care: a maximal chain of SSDA903 episodes where each ends with REC X1 and the next starts the same day.
/// </summary>
/// <param name="ChildId">The child.</param>
/// <param name="Start">The DECOM of its first episode.</param>
/// <param name="End">The DEC of its last episode; <c>null</c> while the child is still looked after.</param>
/// <param name="Episodes">Its episodes in order (short breaks excluded).</param>
/// <param name="EndedInAdoption">Whether the last episode ended with adoption (REC E11 or E12).</param>
public sealed record PeriodOfCare(string ChildId, DateOnly Start, DateOnly? End, IReadOnlyList<LookedAfterEpisode> Episodes, bool EndedInAdoption)
{
    private readonly IReadOnlyList<LookedAfterEpisode> _episodes = ValueList<LookedAfterEpisode>.From(Episodes);

    /// <summary>Its episodes in order (short breaks excluded), compared by content.</summary>
    public IReadOnlyList<LookedAfterEpisode> Episodes { get => _episodes; init => _episodes = ValueList<LookedAfterEpisode>.From(value); }
}
