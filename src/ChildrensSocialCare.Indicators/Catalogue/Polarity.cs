namespace ChildrensSocialCare.Indicators;

/// <summary>Which direction of an indicator is better.</summary>
public enum Polarity
{
    /// <summary>Higher is better (<c>+</c> in the specification).</summary>
    HigherIsBetter,

    /// <summary>Lower is better (<c>-</c>).</summary>
    LowerIsBetter,

    /// <summary>Context: no judgement (<c>ctx</c>).</summary>
    Context,
}

/// <summary>Whether an indicator counts events in a period or what is open at its end.</summary>
public enum MeasureKind
{
    /// <summary>Events whose date falls in the period.</summary>
    Flow,

    /// <summary>What is open at the end of the period.</summary>
    Snapshot,
}

/// <summary>The area of work an indicator belongs to, for grouping in tables and reports.</summary>
public enum IndicatorFamily
{
    /// <summary>Contacts and their outcomes.</summary>
    Contacts,

    /// <summary>Referrals to children's social care.</summary>
    Referrals,

    /// <summary>Assessments, legacy and single.</summary>
    Assessments,

    /// <summary>Section 47 enquiries, conferences and child protection plans.</summary>
    ChildProtection,

    /// <summary>Children in need.</summary>
    ChildrenInNeed,

    /// <summary>Children looked after and placement stability.</summary>
    LookedAfter,

    /// <summary>Adoption.</summary>
    Adoption,

    /// <summary>Care leavers.</summary>
    CareLeavers,

    /// <summary>The social work workforce.</summary>
    Workforce,
}
