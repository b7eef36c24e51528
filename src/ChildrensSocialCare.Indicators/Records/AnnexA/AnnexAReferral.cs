namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 3: a referral to children's social care (one row per referral).</summary>
/// <param name="Child">The child's common columns.</param>
/// <param name="Date"><c>Date of Referral</c>.</param>
public sealed record AnnexAReferral(AnnexAChild Child, DateOnly Date) : AnnexARow
{
    /// <summary><c>Referral Source</c>: the CIN census referral source code (<c>1A</c> ... <c>10</c>).</summary>
    public string? Source { get; init; }

    /// <summary><c>Referral NFA?</c>: the referral led to no further action.</summary>
    public bool? NoFurtherAction { get; init; }

    /// <summary><c>Number of Referrals in Last 12 Months</c>: referrals started in the 12 months before the child's
    /// latest referral (the same on each of the child's rows).</summary>
    public int? ReferralsInLast12Months { get; init; }

    /// <summary><c>Allocated Team</c>.</summary>
    public string? Team { get; init; }

    /// <summary><c>Allocated Worker</c>.</summary>
    public string? Worker { get; init; }
}
