using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// SSDA903 <c>RNE</c>, the reason a new episode of care started: S started to be looked after; L change of legal status only; P change of placement and carer; T change of placement, same carer; B change of legal status and of placement and carer together; U change of legal status and of placement, same carer.
/// </summary>
/// <remarks>
/// The code is trimmed and upper-cased; a code that is not in the list is kept as data (<see cref="IsKnown"/> is false)
/// so that next year's new code is a diagnostic, not a crash. The <c>default</c> value is the empty code (not recorded).
/// </remarks>
public readonly record struct ReasonForNewEpisode
{
    private static readonly FrozenSet<string> s_known = CodeText.Known(Ssda903CodeLists.ReasonForNewEpisode);
    private readonly string? _code;

    /// <summary>Creates the code from its text as it appears in a return.</summary>
    public ReasonForNewEpisode(string? code) => _code = CodeText.Normalize(code);

    /// <summary>The code, trimmed and upper-cased; empty when not recorded.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether no code was recorded.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>Whether the code is in the list for any collection year this library knows.</summary>
    public bool IsKnown => _code is not null && s_known.Contains(_code);

    /// <summary>Every code this library knows for the field, across collection years.</summary>
    public static IReadOnlyCollection<string> KnownCodes => s_known;

    /// <summary>S: the child started to be looked after.</summary>
    public static ReasonForNewEpisode StartedToBeLookedAfter { get; } = new("S");

    /// <summary>L: change of legal status only.</summary>
    public static ReasonForNewEpisode LegalStatusChange { get; } = new("L");

    /// <summary>P: change of placement and carer.</summary>
    public static ReasonForNewEpisode PlacementAndCarerChange { get; } = new("P");

    /// <summary>T: change of placement, same carer.</summary>
    public static ReasonForNewEpisode PlacementChangeSameCarer { get; } = new("T");

    /// <summary>B: change of legal status and of placement and carer together.</summary>
    public static ReasonForNewEpisode LegalStatusAndCarerChange { get; } = new("B");

    /// <summary>U: change of legal status and of placement, same carer.</summary>
    public static ReasonForNewEpisode LegalStatusAndPlacementChangeSameCarer { get; } = new("U");

    /// <summary>Whether the episode starts with a new carer (P or B); S starts a new period of care.</summary>
    public bool ChangesCarer => Code is "P" or "B";

    /// <summary>Whether the episode changes the placement while keeping the carer (T or U).</summary>
    public bool ChangesPlacementKeepingCarer => Code is "T" or "U";

    /// <summary>Converts the text of a code.</summary>
    public static implicit operator ReasonForNewEpisode(string? code) => new(code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
