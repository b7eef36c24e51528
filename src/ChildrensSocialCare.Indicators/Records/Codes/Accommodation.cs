using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// SSDA903 OC3 <c>ACCOM</c>, a care leaver's accommodation: a letter for the type and a digit for suitability (1 suitable, 2 unsuitable); 0 is no information.
/// </summary>
/// <remarks>
/// The code is trimmed and upper-cased; a code that is not in the list is kept as data (<see cref="IsKnown"/> is false)
/// so that next year's new code is a diagnostic, not a crash. The <c>default</c> value is the empty code (not recorded).
/// </remarks>
public readonly record struct Accommodation
{
    // S and X exist only as S2 and X2 (no fixed abode and custody are never suitable), although the schema lists S1
    // and X1: the care-leaver indicators do not count them as valid codes.
    private static readonly FrozenSet<string> s_known = CodeText.Known(Ssda903CodeLists.Accommodation).Except(["S1", "X1"]).ToFrozenSet(StringComparer.Ordinal);
    private readonly string? _code;

    /// <summary>Creates the code from its text as it appears in a return.</summary>
    public Accommodation(string? code) => _code = CodeText.Normalize(code);

    /// <summary>The code, trimmed and upper-cased; empty when not recorded.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether no code was recorded.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>Whether the code is in the list for any collection year this library knows.</summary>
    public bool IsKnown => _code is not null && s_known.Contains(_code);

    /// <summary>Every code this library knows for the field, across collection years.</summary>
    public static IReadOnlyCollection<string> KnownCodes => s_known;

    /// <summary>Whether the accommodation is a valid code considered suitable (its second character is 1).</summary>
    public bool IsSuitable => IsKnown && Code.Length == 2 && Code[1] == '1';

    /// <summary>Converts the text of a code.</summary>
    public static implicit operator Accommodation(string? code) => new(code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
