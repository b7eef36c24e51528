namespace ChildrensSocialCare.Indicators.Records;

/// <summary>
/// A care leaver's outcomes around their birthday (SSDA903 <c>OC3</c> table): whether the authority is in touch,
/// their main activity and their accommodation.
/// </summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>; when missing the header's date of birth is used.</param>
/// <param name="InTouch"><c>IN_TOUCH</c>.</param>
/// <param name="Activity"><c>ACTIV</c>.</param>
/// <param name="Accommodation"><c>ACCOM</c>.</param>
public sealed record CareLeaverOutcome(
    string ChildId,
    DateOnly? DateOfBirth,
    InTouch InTouch,
    Activity Activity,
    Accommodation Accommodation)
{
    /// <summary>The collection year of the return the row came from (the year ending 31 March), when known.</summary>
    public int? CollectionYear { get; init; }
}
