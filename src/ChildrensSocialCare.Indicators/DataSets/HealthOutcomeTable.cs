using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// SSDA903 OC2 rows by child and the collection year of the return that held them (or the row's own CollectionYear when
// the return has none; 0 when neither says), sorted
// by child and year: the OC2 cohort indicators read the row of the period end's collection year. A child with two OC2
// rows in one return keeps the first (specification 8.1). Rows of children with no other record are not kept: they
// are never in a cohort of children looked after. Flags are columns of -1 blank (or not 1/0), 0 no, 1 yes.
internal sealed class HealthOutcomeTable
{
    public HealthOutcomeTable(IReadOnlyList<RecordSet> ordered, ChildIndex ids)
    {
        var child = new List<int>();
        var year = new List<int>();
        var records = new List<HealthOutcome>();
        foreach (var r in ordered)
        {
            var seen = new HashSet<(int, int)>();
            foreach (var row in r.HealthOutcomes)
            {
                var y = r.CollectionYear ?? row.CollectionYear ?? 0;
                if (ids.TryGet(row.ChildId, out var c) && seen.Add((c, y)))
                {
                    child.Add(c);
                    year.Add(y);
                    records.Add(row);
                }
            }
        }

        // A later return of the same collection year replaces an earlier one's row (specification 1.5: the later wins):
        // rows sorted stably by child and year, the last of each (child, year) kept.
        // (The year's sign bit flipped: the sort compares keys as unsigned.)
        var perm = Sorting.Permutation([.. child], [.. year.Select(y => y ^ int.MinValue)]);
        var kept = new List<int>(perm.Length);
        for (var k = 0; k < perm.Length; k++)
        {
            if (k + 1 < perm.Length && child[perm[k + 1]] == child[perm[k]] && year[perm[k + 1]] == year[perm[k]])
            {
                continue;
            }

            kept.Add(perm[k]);
        }

        Child = [.. kept.Select(k => child[k])];
        Year = [.. kept.Select(k => year[k])];
        Records = [.. kept.Select(k => records[k])];
        Offsets = Sorting.Offsets(Child, ids.Count);
        HealthCheck = Flag(r => r.HealthCheck);
        TeethCheck = Flag(r => r.TeethCheck);
        Immunisations = Flag(r => r.Immunisations);
        HealthAssessment = Flag(r => r.HealthAssessment);
        Convicted = Flag(r => r.Convicted);
        SubstanceMisuse = Flag(r => r.SubstanceMisuse);
        Sdq = Array.ConvertAll(Records, r => r.SdqScore ?? Day.None);
    }

    public int[] Child { get; }

    public int[] Year { get; }

    public HealthOutcome[] Records { get; }

    public int[] Offsets { get; }

    public sbyte[] HealthCheck { get; }

    public sbyte[] TeethCheck { get; }

    public sbyte[] Immunisations { get; }

    public sbyte[] HealthAssessment { get; }

    public sbyte[] Convicted { get; }

    public sbyte[] SubstanceMisuse { get; }

    // SDQ_SCORE as given (Day.None, int.MinValue, when blank): a score outside 0-40 is out of range.
    public int[] Sdq { get; }

    // The child's row of the collection year, else a row of a return without a collection year, else -1.
    public int Find(int child, int collectionYear)
    {
        var fallback = -1;
        for (var k = Offsets[child]; k < Offsets[child + 1]; k++)
        {
            if (Year[k] == collectionYear)
            {
                return k;
            }

            if (Year[k] == 0)
            {
                fallback = k;
            }
        }

        return fallback;
    }

    private sbyte[] Flag(Func<HealthOutcome, bool?> select) =>
        Array.ConvertAll(Records, r => select(r) switch { true => (sbyte)1, false => (sbyte)0, null => (sbyte)-1 });
}
