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

        // cin-disabled-share: a Disability other than NONE on the child's first header row (a CIN child in two Child
        // elements keeps the first one's characteristics, specification 8.1); a code outside the list counts as a
        // disability; no code recorded is not disabled.
        Disabled = new bool[ids.Count];
        var seen = new bool[ids.Count];
        foreach (var child in children)
        {
            var c = ids[child.Id];
            if (!seen[c])
            {
                seen[c] = true;
                Disabled[c] = child.Disabilities.Any(d => !string.IsNullOrWhiteSpace(d) && !string.Equals(d.Trim(), "NONE", StringComparison.OrdinalIgnoreCase));
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

    // By child index: a Disability other than NONE recorded.
    public bool[] Disabled { get; }

    public int DateOfBirthOf(int child) => HeaderDateOfBirth[child];
}
