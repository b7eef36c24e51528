namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A contact about a child and the decision taken on it (a council's own front-door record).</summary>
/// <param name="ChildId">The authority's child id.</param>
/// <param name="Date">The date of the contact.</param>
/// <param name="Outcome">The decision taken.</param>
public sealed record Contact(string ChildId, DateOnly Date, ContactOutcome Outcome);

/// <summary>The decision outcome of a contact (the Walsall report's table 2.7).</summary>
public enum ContactOutcome
{
    /// <summary>Referred to children's social care (stable id <c>referral</c>).</summary>
    Referral,

    /// <summary>Early help (stable id <c>early-help</c>).</summary>
    EarlyHelp,

    /// <summary>An onward referral to a single agency (stable id <c>onward-single-agency</c>).</summary>
    OnwardSingleAgency,

    /// <summary>Advice and information provided (stable id <c>advice-information</c>).</summary>
    AdviceInformation,

    /// <summary>Any other outcome (stable id <c>other</c>).</summary>
    Other,
}
