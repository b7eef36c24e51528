namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// The eleven child-level lists of an Ofsted Annex A workbook, typed: the rows of each list in the order of the sheet.
/// </summary>
/// <remarks>Lists compare by content. An absent list is empty.</remarks>
public sealed record AnnexALists
{
    private readonly IReadOnlyList<AnnexAContact> _contacts = ValueList<AnnexAContact>.Empty;
    private readonly IReadOnlyList<AnnexAEarlyHelpAssessment> _earlyHelp = ValueList<AnnexAEarlyHelpAssessment>.Empty;
    private readonly IReadOnlyList<AnnexAReferral> _referrals = ValueList<AnnexAReferral>.Empty;
    private readonly IReadOnlyList<AnnexAAssessment> _assessments = ValueList<AnnexAAssessment>.Empty;
    private readonly IReadOnlyList<AnnexASection47Enquiry> _section47 = ValueList<AnnexASection47Enquiry>.Empty;
    private readonly IReadOnlyList<AnnexAChildInNeed> _childrenInNeed = ValueList<AnnexAChildInNeed>.Empty;
    private readonly IReadOnlyList<AnnexAChildProtectionPlan> _plans = ValueList<AnnexAChildProtectionPlan>.Empty;
    private readonly IReadOnlyList<AnnexAChildInCare> _childrenInCare = ValueList<AnnexAChildInCare>.Empty;
    private readonly IReadOnlyList<AnnexACareLeaver> _careLeavers = ValueList<AnnexACareLeaver>.Empty;
    private readonly IReadOnlyList<AnnexAAdoption> _adoptions = ValueList<AnnexAAdoption>.Empty;
    private readonly IReadOnlyList<AnnexAAdopter> _adopters = ValueList<AnnexAAdopter>.Empty;
    private readonly IReadOnlyList<AnnexAAbsentColumn> _absent = ValueList<AnnexAAbsentColumn>.Empty;

    /// <summary>List 1: contacts.</summary>
    public IReadOnlyList<AnnexAContact> Contacts { get => _contacts; init => _contacts = ValueList<AnnexAContact>.From(value); }

    /// <summary>List 2: early help assessments.</summary>
    public IReadOnlyList<AnnexAEarlyHelpAssessment> EarlyHelpAssessments { get => _earlyHelp; init => _earlyHelp = ValueList<AnnexAEarlyHelpAssessment>.From(value); }

    /// <summary>List 3: referrals.</summary>
    public IReadOnlyList<AnnexAReferral> Referrals { get => _referrals; init => _referrals = ValueList<AnnexAReferral>.From(value); }

    /// <summary>List 4: assessments.</summary>
    public IReadOnlyList<AnnexAAssessment> Assessments { get => _assessments; init => _assessments = ValueList<AnnexAAssessment>.From(value); }

    /// <summary>List 5: section 47 enquiries and initial child protection conferences.</summary>
    public IReadOnlyList<AnnexASection47Enquiry> Section47Enquiries { get => _section47; init => _section47 = ValueList<AnnexASection47Enquiry>.From(value); }

    /// <summary>List 6: children in need.</summary>
    public IReadOnlyList<AnnexAChildInNeed> ChildrenInNeed { get => _childrenInNeed; init => _childrenInNeed = ValueList<AnnexAChildInNeed>.From(value); }

    /// <summary>List 7: child protection.</summary>
    public IReadOnlyList<AnnexAChildProtectionPlan> ChildProtectionPlans { get => _plans; init => _plans = ValueList<AnnexAChildProtectionPlan>.From(value); }

    /// <summary>List 8: children in care.</summary>
    public IReadOnlyList<AnnexAChildInCare> ChildrenInCare { get => _childrenInCare; init => _childrenInCare = ValueList<AnnexAChildInCare>.From(value); }

    /// <summary>List 9: care leavers.</summary>
    public IReadOnlyList<AnnexACareLeaver> CareLeavers { get => _careLeavers; init => _careLeavers = ValueList<AnnexACareLeaver>.From(value); }

    /// <summary>List 10: adoption.</summary>
    public IReadOnlyList<AnnexAAdoption> Adoptions { get => _adoptions; init => _adoptions = ValueList<AnnexAAdoption>.From(value); }

    /// <summary>List 11: adopters.</summary>
    public IReadOnlyList<AnnexAAdopter> Adopters { get => _adopters; init => _adopters = ValueList<AnnexAAdopter>.From(value); }

    /// <summary>The columns of a list read from a sheet that lacks them (the 13-column List 9 of the 2019 template has
    /// no <c>Latest Pathway Plan Review Date</c>): a measure that needs one is not available. Empty for lists not read
    /// from a workbook.</summary>
    public IReadOnlyList<AnnexAAbsentColumn> AbsentColumns { get => _absent; init => _absent = ValueList<AnnexAAbsentColumn>.From(value); }

    /// <summary>Whether list <paramref name="list"/> holds the column <paramref name="header"/> (it is not one of
    /// <see cref="AbsentColumns"/>).</summary>
    /// <param name="list">The list's number (1-11).</param>
    /// <param name="header">The column's header as the list defines it.</param>
    public bool HasColumn(int list, string header) =>
        !AbsentColumns.Any(a => a.List == list && string.Equals(a.Header, header, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rows in all eleven lists.</summary>
    public int Count => Contacts.Count + EarlyHelpAssessments.Count + Referrals.Count + Assessments.Count
        + Section47Enquiries.Count + ChildrenInNeed.Count + ChildProtectionPlans.Count + ChildrenInCare.Count
        + CareLeavers.Count + Adoptions.Count + Adopters.Count;
}
