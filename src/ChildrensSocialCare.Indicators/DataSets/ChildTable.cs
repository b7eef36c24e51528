using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// One row per interned child: the date of birth the indicators use (header DOB, falling back to an OC3 DOB,
// specification 1.2) and the header record when there is one.
internal sealed class ChildTable
{
    public ChildTable(Child[] children, CareLeaverOutcome[] careLeavers, ChildIndex ids)
    {
        // Rows of one child are ordered by date of birth, so that when one return holds several header rows of a
        // child that disagree, the earliest date is used whatever order the rows came in.
        Records = [.. children.OrderBy(c => c.Id.Trim(), StringComparer.Ordinal).ThenBy(c => c.DateOfBirth ?? DateOnly.MaxValue)];
        HeaderDateOfBirth = new int[ids.Count];
        Array.Fill(HeaderDateOfBirth, Day.None);
        foreach (var child in Records)
        {
            var c = ids[child.Id];
            if (HeaderDateOfBirth[c] == Day.None && child.DateOfBirth is { } dob)
            {
                HeaderDateOfBirth[c] = Day.Of(dob);
            }
        }

        // The OC3 fallback likewise takes the earliest date of birth its rows give.
        DateOfBirth = (int[])HeaderDateOfBirth.Clone();
        foreach (var leaver in careLeavers)
        {
            var c = ids[leaver.ChildId];
            if (HeaderDateOfBirth[c] == Day.None && leaver.DateOfBirth is { } dob && (DateOfBirth[c] == Day.None || Day.Of(dob) < DateOfBirth[c]))
            {
                DateOfBirth[c] = Day.Of(dob);
            }
        }
    }

    public Child[] Records { get; }

    // Header DOB, else OC3 DOB, else Day.None.
    public int[] DateOfBirth { get; }

    // Header DOB only, else Day.None (the fallback for an OC3 row without its own DOB).
    public int[] HeaderDateOfBirth { get; }

    public int DateOfBirthOf(int child) => HeaderDateOfBirth[child];
}
