namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Sickness absence of the service's staff over a span of dates (typically a month).</summary>
/// <param name="Start">The first day covered.</param>
/// <param name="End">The last day covered.</param>
/// <param name="FullTimeEquivalents">The staff in post, in full-time equivalents.</param>
/// <param name="SicknessDays">Working days lost to sickness.</param>
public sealed record SicknessAbsence(DateOnly Start, DateOnly End, decimal FullTimeEquivalents, decimal SicknessDays);
