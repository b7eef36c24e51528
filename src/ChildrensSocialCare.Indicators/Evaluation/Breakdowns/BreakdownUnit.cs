using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// A unit of an indicator (a child, a referral, an assessment, a plan, an OC3 row) as a caller's own
/// <see cref="Dimension"/> sees it: its child, its record and its reference date (specification section 5).
/// </summary>
/// <param name="ChildId">The child's id, or <c>null</c> for a unit of no child.</param>
/// <param name="Child">The child's header record (SSDA903 header or CIN census <c>Child</c>), or <c>null</c> when the
/// returns hold none.</param>
/// <param name="Record">The record behind the unit (a <see cref="CinEpisode"/>, an <see cref="Assessment"/>, a
/// <see cref="LookedAfterEpisode"/>, a <see cref="CareLeaverOutcome"/>...).</param>
/// <param name="ReferenceDate">The date the unit is grouped at: the period end, or the event date its indicator's
/// <see cref="IndicatorDefinition.ReferenceDate"/> names; <c>null</c> when the event has no date.</param>
/// <param name="DateOfBirth">The date of birth its age is taken from, or <c>null</c> when none is recorded.</param>
public sealed record BreakdownUnit(string? ChildId, Child? Child, object? Record, DateOnly? ReferenceDate, DateOnly? DateOfBirth)
{
    /// <summary>The age in whole years at <see cref="ReferenceDate"/> (0 for a child not yet born), or <c>null</c>
    /// without a date of birth or a reference date.</summary>
    public int? Age => DateOfBirth is { } dob && ReferenceDate is { } day ? Math.Max(0, Indicators.Age.At(dob, day)) : null;
}
