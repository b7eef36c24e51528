using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// SSDA903 <c>PLACE</c>, the placement type (A3-A6 placed for adoption, U1-U6 foster placements, T0-T4 temporary placements, and so on; the list changes by collection year).
/// </summary>
/// <remarks>
/// The code is trimmed and upper-cased; a code that is not in the list is kept as data (<see cref="IsKnown"/> is false)
/// so that next year's new code is a diagnostic, not a crash. The <c>default</c> value is the empty code (not recorded).
/// </remarks>
public readonly record struct PlacementType
{
    private static readonly FrozenSet<string> s_known = CodeText.Known(Ssda903CodeLists.PlacementType);
    private readonly string? _code;

    /// <summary>Creates the code from its text as it appears in a return.</summary>
    public PlacementType(string? code) => _code = CodeText.Normalize(code);

    /// <summary>The code, trimmed and upper-cased; empty when not recorded.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether no code was recorded.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>Whether the code is in the list for any collection year this library knows.</summary>
    public bool IsKnown => _code is not null && s_known.Contains(_code);

    /// <summary>Every code this library knows for the field, across collection years.</summary>
    public static IReadOnlyCollection<string> KnownCodes => s_known;

    /// <summary>Whether this is a temporary placement (T0-T4), which never starts a placement of its own.</summary>
    public bool IsTemporary => Code is "T0" or "T1" or "T2" or "T3" or "T4";

    /// <summary>Whether the child is placed for adoption (A3-A6).</summary>
    public bool IsPlacedForAdoption => Code is "A3" or "A4" or "A5" or "A6";

    /// <summary>Whether this is a foster placement (U1-U6).</summary>
    public bool IsFoster => Code is "U1" or "U2" or "U3" or "U4" or "U5" or "U6";

    /// <summary>Converts the text of a code.</summary>
    public static implicit operator PlacementType(string? code) => new(code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
