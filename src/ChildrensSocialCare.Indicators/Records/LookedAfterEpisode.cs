namespace ChildrensSocialCare.Indicators.Records;

/// <summary>An episode of care (SSDA903 <c>Episodes</c> table, <c>EPISODE</c> element in the XML return).</summary>
/// <param name="ChildId"><c>CHILD</c>: the authority's child id.</param>
/// <param name="Start"><c>DECOM</c>: the date the episode started.</param>
/// <param name="ReasonForNewEpisode"><c>RNE</c>.</param>
/// <param name="LegalStatus"><c>LS</c>.</param>
/// <param name="Placement"><c>PLACE</c>: the placement type.</param>
/// <param name="End"><c>DEC</c>: the date the episode ceased; <c>null</c> while open.</param>
/// <param name="ReasonEnded"><c>REC</c>: why the episode ceased; empty while open.</param>
/// <remarks>The episode covers the half-open span <c>[Start, End)</c>: the child is looked after on
/// <see cref="Start"/> and no longer on <see cref="End"/>.</remarks>
public sealed record LookedAfterEpisode(
    string ChildId,
    DateOnly Start,
    ReasonForNewEpisode ReasonForNewEpisode,
    LegalStatus LegalStatus,
    PlacementType Placement,
    DateOnly? End = null,
    ReasonEpisodeCeased ReasonEnded = default)
{
    /// <summary><c>CIN</c>: the category of need (N1-N8).</summary>
    public CategoryOfNeed CategoryOfNeed { get; init; }

    /// <summary><c>PLACE_PROVIDER</c>.</summary>
    public PlacementProvider PlacementProvider { get; init; }

    /// <summary><c>REASON_PLACE_CHANGE</c>.</summary>
    public ReasonPlaceChange ReasonPlaceChange { get; init; }

    /// <summary><c>HOME_POST</c>: the postcode of the child's home.</summary>
    public string? HomePostcode { get; init; }

    /// <summary><c>PL_POST</c>: the postcode of the placement.</summary>
    public string? PlacementPostcode { get; init; }

    /// <summary><c>URN</c>: Ofsted's unique reference number of the placement (blank or <c>XXXXXXX</c> when there is none).</summary>
    public string? Urn { get; init; }
}
