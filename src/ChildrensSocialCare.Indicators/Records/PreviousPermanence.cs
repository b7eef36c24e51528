namespace ChildrensSocialCare.Indicators.Records;

/// <summary>A child's permanence order before this period of care (SSDA903 <c>PrevPerm</c> table).</summary>
/// <param name="ChildId"><c>CHILD</c>.</param>
/// <param name="DateOfBirth"><c>DOB</c>.</param>
/// <param name="PreviousPermanenceCode"><c>PREV_PERM</c> (P1-P3, Z1).</param>
/// <param name="AuthorityCode"><c>LA_PERM</c>: the authority that made the order.</param>
/// <param name="Date"><c>DATE_PERM</c> as written: DfE allows an unknown day or month (<c>zz/05/2015</c>).</param>
public sealed record PreviousPermanence(
    string ChildId,
    DateOnly? DateOfBirth,
    string? PreviousPermanenceCode,
    string? AuthorityCode = null,
    string? Date = null);
