namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The stable ids of the built-in breakdown dimensions (specification section 5, as settled in 8.1), in the
/// specification's order. Each definition lists those that apply in <see cref="IndicatorDefinition.Dimensions"/>.
/// </summary>
public static class DimensionIds
{
    /// <summary>DfE's age bands at the reference date (care leavers: their age on the birthday, 19, 20 or 21).
    /// Applies to every indicator whose unit has a child with a date of birth.</summary>
    public const string AgeBand = "age-band";

    /// <summary>Sex (SSDA903 <c>SEX</c>, CIN <c>GenderCurrent</c> or <c>Sex</c>). Applies to every indicator of a child.</summary>
    public const string Sex = "sex";

    /// <summary>The ethnicity's group (white, mixed, asian, black, other, refused-or-not-obtained).</summary>
    public const string EthnicityGroup = "ethnicity-group";

    /// <summary>The ethnicity code itself.</summary>
    public const string Ethnicity = "ethnicity";

    /// <summary>Disabled or not (CIN <c>Disability</c>). Applies to CIN census indicators.</summary>
    public const string Disability = "disability";

    /// <summary>Unaccompanied asylum-seeking child or not. Applies to <c>cla-*</c> and care-leaver indicators.</summary>
    public const string Uasc = "uasc";

    /// <summary>The legal status of the episode open at the reference date. Applies to <c>cla-*</c>.</summary>
    public const string LegalStatus = "legal-status";

    /// <summary>The <c>PLACE</c> of the episode open at the reference date. Applies to <c>cla-*</c>.</summary>
    public const string PlacementType = "placement-type";

    /// <summary>The <c>PLACE_PROVIDER</c> of that episode. Applies to <c>cla-*</c>.</summary>
    public const string PlacementProvider = "placement-provider";

    /// <summary>The <c>REC</c> that ended the period of care. Applies to <c>cla-ceased</c> and
    /// <c>cla-ceased-adopted</c> only (section 8.1).</summary>
    public const string ReasonCeased = "reason-ceased";

    /// <summary><c>PrimaryNeedCode</c> N1-N9. Applies to CIN census indicators whose unit has a CIN episode.</summary>
    public const string PrimaryNeed = "primary-need";

    /// <summary>The plan's <c>InitialCategoryOfAbuse</c>. Applies to <c>cpp-*</c>.</summary>
    public const string CpCategory = "cp-category";

    /// <summary><c>ReferralSource</c> as coded. Applies to referral indicators.</summary>
    public const string ReferralSource = "referral-source";

    /// <summary><c>ReasonForClosure</c> RC1-RC9. Applies to indicators whose unit is a closed CIN episode.</summary>
    public const string ClosureReason = "closure-reason";

    // Every id, in the specification's order, for the consistency test.
    internal static IReadOnlyList<string> All { get; } =
    [
        AgeBand, Sex, EthnicityGroup, Ethnicity, Disability, Uasc, LegalStatus, PlacementType, PlacementProvider,
        ReasonCeased, PrimaryNeed, CpCategory, ReferralSource, ClosureReason,
    ];

    // The dimensions of every indicator whose unit has a child (section 5: "every").
    internal static string[] Child => [AgeBand, Sex, EthnicityGroup, Ethnicity];

    // Child, plus those of a CIN census unit.
    internal static string[] CinCensus => [.. Child, Disability];

    // Child, plus those of a looked-after child at the reference date (cla-*).
    internal static string[] LookedAfter => [.. Child, Uasc, LegalStatus, PlacementType, PlacementProvider];
}
