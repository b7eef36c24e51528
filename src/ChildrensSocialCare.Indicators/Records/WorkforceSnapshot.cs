namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Social work posts at a date: how many are filled and how many of those by agency workers.</summary>
/// <param name="Date">The date of the snapshot.</param>
/// <param name="FilledPosts">Filled social work posts (full-time equivalents or headcount, consistently).</param>
/// <param name="AgencyPosts">Of <paramref name="FilledPosts"/>, those filled by agency workers.</param>
public sealed record WorkforceSnapshot(DateOnly Date, decimal FilledPosts, decimal AgencyPosts);
