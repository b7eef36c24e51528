using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// SSDA903 <c>REC</c>, the reason an episode ceased. X1 means a new episode begins the same day (care continues); every other code ends the period of care; E11 and E12 are adoptions.
/// </summary>
/// <remarks>
/// The code is trimmed and upper-cased; a code that is not in the list is kept as data (<see cref="IsKnown"/> is false)
/// so that next year's new code is a diagnostic, not a crash. The <c>default</c> value is the empty code (not recorded).
/// </remarks>
public readonly record struct ReasonEpisodeCeased
{
    private static readonly FrozenSet<string> s_known = CodeText.Known(Ssda903CodeLists.ReasonEpisodeCeased);
    private readonly string? _code;

    /// <summary>Creates the code from its text as it appears in a return.</summary>
    public ReasonEpisodeCeased(string? code) => _code = CodeText.Normalize(code);

    /// <summary>The code, trimmed and upper-cased; empty when not recorded.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether no code was recorded.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>Whether the code is in the list for any collection year this library knows.</summary>
    public bool IsKnown => _code is not null && s_known.Contains(_code);

    /// <summary>Every code this library knows for the field, across collection years.</summary>
    public static IReadOnlyCollection<string> KnownCodes => s_known;

    /// <summary>X1: the episode ceased and a new one began the same day, so care continues.</summary>
    public static ReasonEpisodeCeased Continues { get; } = new("X1");

    /// <summary>Whether care continues into a new episode (X1).</summary>
    public bool IsContinuation => Code is "X1";

    /// <summary>Whether the child was adopted (E11 or E12).</summary>
    public bool IsAdoption => Code is "E11" or "E12";

    /// <summary>Converts the text of a code.</summary>
    public static implicit operator ReasonEpisodeCeased(string? code) => new(code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
