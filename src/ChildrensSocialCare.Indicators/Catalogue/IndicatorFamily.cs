namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The area of work an indicator belongs to, for grouping in tables and reports, in the order DfE's publications
/// present them: the front door (contacts, referrals, assessments), children in need, child protection (enquiries,
/// conferences, plans), children looked after (with their outcomes), adoption, care leavers, then the workforce.
/// </summary>
public enum IndicatorFamily
{
    /// <summary>Contacts and their outcomes.</summary>
    Contacts,

    /// <summary>Referrals to children's social care.</summary>
    Referrals,

    /// <summary>Assessments, legacy and single.</summary>
    Assessments,

    /// <summary>Children in need.</summary>
    ChildrenInNeed,

    /// <summary>Section 47 enquiries, conferences and child protection plans.</summary>
    ChildProtection,

    /// <summary>Children looked after and placement stability.</summary>
    LookedAfter,

    /// <summary>Adoption.</summary>
    Adoption,

    /// <summary>Care leavers.</summary>
    CareLeavers,

    /// <summary>The social work workforce.</summary>
    Workforce,

    /// <summary>The inspection measures only Ofsted Annex A gives (visits, reviews, return interviews, pathway plans;
    /// specification 9.3): <c>Catalogue.Inspection</c>, kept out of <c>Catalogue.All</c>.</summary>
    Inspection,
}
