using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// SSDA903 <c>LS</c>, the legal status of an episode (C1 interim care order, C2 full care order, D1 freeing order, E1 placement order, V2 section 20, V3 and V4 agreed series of short-term breaks, J1-J3 youth justice, L1-L3 police protection and emergency orders).
/// </summary>
/// <remarks>
/// The code is trimmed and upper-cased; a code that is not in the list is kept as data (<see cref="IsKnown"/> is false)
/// so that next year's new code is a diagnostic, not a crash. The <c>default</c> value is the empty code (not recorded).
/// </remarks>
public readonly record struct LegalStatus
{
    private static readonly FrozenSet<string> s_known = CodeText.Known(Ssda903CodeLists.LegalStatus);
    private readonly string? _code;

    /// <summary>Creates the code from its text as it appears in a return.</summary>
    public LegalStatus(string? code) => _code = CodeText.Normalize(code);

    /// <summary>The code, trimmed and upper-cased; empty when not recorded.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether no code was recorded.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>Whether the code is in the list for any collection year this library knows.</summary>
    public bool IsKnown => _code is not null && s_known.Contains(_code);

    /// <summary>Every code this library knows for the field, across collection years.</summary>
    public static IReadOnlyCollection<string> KnownCodes => s_known;

    /// <summary>V3: a single short-term break in an agreed series.</summary>
    public static LegalStatus V3 { get; } = new("V3");

    /// <summary>V4: an agreed series of short-term breaks.</summary>
    public static LegalStatus V4 { get; } = new("V4");

    /// <summary>Whether the episode is an agreed series of short-term breaks (V3 or V4), which every looked-after
    /// indicator ignores entirely.</summary>
    public bool IsShortBreak => Code is "V3" or "V4";

    /// <summary>Converts the text of a code.</summary>
    public static implicit operator LegalStatus(string? code) => new(code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
