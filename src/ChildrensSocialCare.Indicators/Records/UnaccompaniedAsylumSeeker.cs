namespace ChildrensSocialCare.Indicators.Records;

/// <summary>An unaccompanied asylum-seeking child (SSDA903 <c>UASC</c> table).</summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="Sex"><c>SEX</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>.</param>
/// <param name="DateCeasedUasc"><c>DUC</c>: the date the child ceased to be an unaccompanied asylum seeker.</param>
public sealed record UnaccompaniedAsylumSeeker(string ChildId, Sex Sex, DateOnly? DateOfBirth, DateOnly? DateCeasedUasc = null);
