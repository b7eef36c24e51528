using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A placement: a spell with one carer within a period of care, covering the half-open span <c>[Start, End)</c>.
/// </summary>
/// <param name="ChildId">The child.</param>
/// <param name="Start">The DECOM of the episode that started it.</param>
/// <param name="End">The DECOM of the episode that started the next placement, or the end of the period of care;
/// <c>null</c> while current.</param>
/// <param name="Episodes">Its episodes in order, including temporary placements within it.</param>
public sealed record Placement(string ChildId, DateOnly Start, DateOnly? End, IReadOnlyList<LookedAfterEpisode> Episodes)
{
    private readonly IReadOnlyList<LookedAfterEpisode> _episodes = ValueList<LookedAfterEpisode>.From(Episodes);

    /// <summary>Its episodes in order, including temporary placements within it, compared by content.</summary>
    public IReadOnlyList<LookedAfterEpisode> Episodes { get => _episodes; init => _episodes = ValueList<LookedAfterEpisode>.From(value); }
}
