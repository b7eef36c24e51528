using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// The sex of a child: SSDA903 <c>SEX</c> (1 male, 2 female; M, F, U from 2024-25) or CIN census <c>GenderCurrent</c> (0 not known, 1 male, 2 female, 9 not specified) and <c>Sex</c> (M, F, U from 2025).
/// </summary>
/// <remarks>
/// The code is trimmed and upper-cased; a code that is not in the list is kept as data (<see cref="IsKnown"/> is false)
/// so that next year's new code is a diagnostic, not a crash. The <c>default</c> value is the empty code (not recorded).
/// </remarks>
public readonly record struct Sex
{
    private static readonly FrozenSet<string> s_known = CodeText.Known(Ssda903CodeLists.Sex, CinCensusCodeLists.Sex);
    private readonly string? _code;

    /// <summary>Creates the code from its text as it appears in a return.</summary>
    public Sex(string? code) => _code = CodeText.Normalize(code);

    /// <summary>The code, trimmed and upper-cased; empty when not recorded.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether no code was recorded.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>Whether the code is in the list for any collection year this library knows.</summary>
    public bool IsKnown => _code is not null && s_known.Contains(_code);

    /// <summary>Every code this library knows for the field, across collection years.</summary>
    public static IReadOnlyCollection<string> KnownCodes => s_known;

    /// <summary>Whether the code means male (1 or M).</summary>
    public bool IsMale => Code is "1" or "M";

    /// <summary>Whether the code means female (2 or F).</summary>
    public bool IsFemale => Code is "2" or "F";

    /// <summary>Converts the text of a code.</summary>
    public static implicit operator Sex(string? code) => new(code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
