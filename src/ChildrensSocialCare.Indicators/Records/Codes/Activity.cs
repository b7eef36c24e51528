using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// SSDA903 OC3 <c>ACTIV</c>, a care leaver's main activity: F full-time and P part-time with 1 higher education, 2 other education, 3 training or employment (before 2021-22), 4 training or employment, 5 apprenticeship; G4-G6 not in education, employment or training; 0 no information.
/// </summary>
/// <remarks>
/// The code is trimmed and upper-cased; a code that is not in the list is kept as data (<see cref="IsKnown"/> is false)
/// so that next year's new code is a diagnostic, not a crash. The <c>default</c> value is the empty code (not recorded).
/// </remarks>
public readonly record struct Activity
{
    private static readonly FrozenSet<string> s_known = CodeText.Known(Ssda903CodeLists.Activity);
    private readonly string? _code;

    /// <summary>Creates the code from its text as it appears in a return.</summary>
    public Activity(string? code) => _code = CodeText.Normalize(code);

    /// <summary>The code, trimmed and upper-cased; empty when not recorded.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether no code was recorded.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>Whether the code is in the list for any collection year this library knows.</summary>
    public bool IsKnown => _code is not null && s_known.Contains(_code);

    /// <summary>Every code this library knows for the field, across collection years.</summary>
    public static IReadOnlyCollection<string> KnownCodes => s_known;

    /// <summary>Whether the young person is in education, employment or training (F1-F5, P1-P5).</summary>
    public bool IsEducationEmploymentOrTraining =>
        Code is "F1" or "P1" or "F2" or "P2" or "F3" or "P3" or "F4" or "P4" or "F5" or "P5";

    /// <summary>Converts the text of a code.</summary>
    public static implicit operator Activity(string? code) => new(code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
