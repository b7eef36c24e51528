namespace ChildrensSocialCare.Indicators;

// What an indicator's rule decides about one unit a kernel selected.
internal enum VerdictKind : byte
{
    // Not a unit of this indicator (another kind of assessment): not reported at all.
    Skip,

    // A unit of a count or rate.
    Counted,

    // In the denominator and the numerator.
    In,

    // In the denominator only.
    Out,

    // Left out by a rule, reported with its code.
    Excluded,
}

internal readonly record struct Verdict(VerdictKind Kind, string? ExclusionCode = null)
{
    public static Verdict Skip => default;

    public static Verdict Counted => new(VerdictKind.Counted);

    public static Verdict Member(bool inNumerator) => new(inNumerator ? VerdictKind.In : VerdictKind.Out);

    public static Verdict Excluded(string exclusionCode) => new(VerdictKind.Excluded, exclusionCode);
}
