namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>How many rows (CSV) or elements (XML) of one table one file held, and what became of them:
/// <see cref="Read"/> = <see cref="Accepted"/> + <see cref="Rejected"/>.</summary>
/// <param name="Source">The file.</param>
/// <param name="Table">The table: an SSDA903 table (<c>header</c>, <c>episodes</c>, <c>reviews</c>, <c>uasc</c>,
/// <c>oc2</c>, <c>oc3</c>, <c>ad1</c>, <c>placed_for_adoption</c>, <c>previous_permanence</c>, <c>missing</c>,
/// <c>social_worker</c>, <c>dolo</c>, or <c>unknown</c>) or a CIN census element (<c>Child</c>, <c>CINdetails</c>,
/// <c>Assessments</c>, <c>CINPlanDates</c>, <c>Section47</c>, <c>ChildProtectionPlans</c>).</param>
/// <param name="Read">Rows or elements found. Blank CSV lines are not rows.</param>
/// <param name="Accepted">Rows or elements that became records.</param>
/// <param name="Rejected">Rows or elements rejected, each with an error diagnostic (one diagnostic for a whole file of
/// an unknown table).</param>
public sealed record TableCount(string Source, string Table, int Read, int Accepted, int Rejected);
