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
        // (A stable sort on the child's ordinal, then the date of birth with none last: ordinals follow the ids' ordinal
        // order.)
        var child = ids.Map(children, c => c.Id);
        var perm = Sorting.Permutation(child, Array.ConvertAll(children, c => c.DateOfBirth is { } d ? Day.Of(d) : Day.Open));
        Records = Sorting.Apply(children, perm);
        HeaderDateOfBirth = new int[ids.Count];
        Array.Fill(HeaderDateOfBirth, Day.None);
        foreach (var k in perm)
        {
            var c = child[k];
            if (HeaderDateOfBirth[c] == Day.None && children[k].DateOfBirth is { } dob)
            {
                HeaderDateOfBirth[c] = Day.Of(dob);
            }
        }

        // cin-disabled-share: a Disability other than NONE on the child's first header row (a CIN child in two Child
        // elements keeps the first one's characteristics, specification 8.1); a code outside the list counts as a
        // disability; no code recorded is not disabled.
        Disabled = new bool[ids.Count];
        var seen = new bool[ids.Count];
        for (var k = 0; k < children.Length; k++)
        {
            var c = child[k];
            if (!seen[c])
            {
                seen[c] = true;
                Disabled[c] = children[k].Disabilities.Any(d => !string.IsNullOrWhiteSpace(d) && !string.Equals(d.Trim(), "NONE", StringComparison.OrdinalIgnoreCase));
            }
        }

        // The OC3 fallback likewise takes the earliest date of birth its rows give.
        DateOfBirth = (int[])HeaderDateOfBirth.Clone();
        var leaverChild = ids.Map(careLeavers, l => l.ChildId);
        for (var k = 0; k < careLeavers.Length; k++)
        {
            var leaver = careLeavers[k];
            var c = leaverChild[k];
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
