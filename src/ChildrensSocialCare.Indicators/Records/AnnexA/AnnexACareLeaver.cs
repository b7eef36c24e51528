namespace ChildrensSocialCare.Indicators.Records;

/// <summary>Annex A List 9: a young person receiving leaving-care services at the extract (13 columns in the 2019
/// template, 17 from 2023; the four later columns are <c>null</c> when the sheet lacks them).</summary>
/// <param name="Child">The young person's common columns.</param>
public sealed record AnnexACareLeaver(AnnexAChild Child) : AnnexARow
{
    /// <summary><c>Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)</c> (17-column
    /// list only).</summary>
    public bool? Uasc { get; init; }

    /// <summary><c>Does the Child have a Disability</c>.</summary>
    public bool? Disability { get; init; }

    /// <summary><c>Allocated Team</c>.</summary>
    public string? Team { get; init; }

    /// <summary><c>Allocated Worker</c>.</summary>
    public string? Worker { get; init; }

    /// <summary><c>Allocated Personal Advisor</c> (17-column list only).</summary>
    public string? PersonalAdvisor { get; init; }

    /// <summary><c>Eligibility Category</c>: <c>Relevant child</c>, <c>Former relevant child</c> or <c>Qualifying
    /// care leaver</c>.</summary>
    public string? Eligibility { get; init; }

    /// <summary><c>Latest Pathway Plan Review Date</c> (17-column list only).</summary>
    public DateOnly? LatestPathwayPlanReview { get; init; }

    /// <summary><c>LA in Touch</c> as the SSDA903 <c>IN_TOUCH</c> code (YES, NO, DIED, REFU, NREQ, RHOM).</summary>
    public InTouch InTouch { get; init; }

    /// <summary><c>Latest Date of Contact</c> (17-column list only).</summary>
    public DateOnly? LatestContact { get; init; }

    /// <summary><c>Type of Accommodation</c> with <c>Suitability of Accommodation</c> as the SSDA903 <c>ACCOM</c>
    /// code (the letter, then 1 suitable or 2 unsuitable); the letter alone when the suitability is not given.</summary>
    public Accommodation Accommodation { get; init; }

    /// <summary><c>Suitability of Accommodation</c>: <c>true</c> suitable, <c>false</c> unsuitable.</summary>
    public bool? AccommodationSuitable { get; init; }

    /// <summary><c>Activity Status</c> (the SSDA903 <c>ACTIV</c> code).</summary>
    public Activity Activity { get; init; }
}
