using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// One row per interned child: the date of birth the indicators use (header DOB, falling back to an OC3 DOB,
// specification 1.2) and the header record when there is one.
internal sealed class ChildTable
{
    public ChildTable(Child[] children, CareLeaverOutcome[] careLeavers, ChildIndex ids)
    {
        Records = [.. children.OrderBy(c => c.Id.Trim(), StringComparer.Ordinal)];
        DateOfBirth = new int[ids.Count];
        Array.Fill(DateOfBirth, Day.None);
        foreach (var child in Records)
        {
            var c = ids[child.Id];
            if (DateOfBirth[c] == Day.None && child.DateOfBirth is { } dob)
            {
                DateOfBirth[c] = Day.Of(dob);
            }
        }

        foreach (var leaver in careLeavers)
        {
            var c = ids[leaver.ChildId];
            if (DateOfBirth[c] == Day.None && leaver.DateOfBirth is { } dob)
            {
                DateOfBirth[c] = Day.Of(dob);
            }
        }

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
    }

    public Child[] Records { get; }

    // Header DOB, else OC3 DOB, else Day.None.
    public int[] DateOfBirth { get; }

    // Header DOB only, else Day.None (the fallback for an OC3 row without its own DOB).
    public int[] HeaderDateOfBirth { get; }

    public int DateOfBirthOf(int child) => HeaderDateOfBirth[child];
}
