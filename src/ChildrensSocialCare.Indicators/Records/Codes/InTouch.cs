using System.Collections.Frozen;

namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// SSDA903 OC3 <c>IN_TOUCH</c>: whether the authority is in touch with a care leaver (YES, NO, DIED, REFU refuses contact, NREQ no longer requires services, RHOM returned home for 6 months or more).
/// </summary>
/// <remarks>
/// The code is trimmed and upper-cased; a code that is not in the list is kept as data (<see cref="IsKnown"/> is false)
/// so that next year's new code is a diagnostic, not a crash. The <c>default</c> value is the empty code (not recorded).
/// </remarks>
public readonly record struct InTouch
{
    private static readonly FrozenSet<string> s_known = CodeText.Known(Ssda903CodeLists.InTouch);
    private readonly string? _code;

    /// <summary>Creates the code from its text as it appears in a return.</summary>
    public InTouch(string? code) => _code = CodeText.Normalize(code);

    /// <summary>The code, trimmed and upper-cased; empty when not recorded.</summary>
    public string Code => _code ?? "";

    /// <summary>Whether no code was recorded.</summary>
    public bool IsEmpty => _code is null;

    /// <summary>Whether the code is in the list for any collection year this library knows.</summary>
    public bool IsKnown => _code is not null && s_known.Contains(_code);

    /// <summary>Every code this library knows for the field, across collection years.</summary>
    public static IReadOnlyCollection<string> KnownCodes => s_known;

    /// <summary>Whether the authority is in touch (YES).</summary>
    public bool IsInTouch => Code is "YES";

    /// <summary>Whether the young person is outside the care-leaver cohort: died (DIED) or returned home for 6 months
    /// or more (RHOM).</summary>
    public bool ExcludesFromCohort => Code is "DIED" or "RHOM";

    /// <summary>Converts the text of a code.</summary>
    public static implicit operator InTouch(string? code) => new(code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
