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
        var rows = new List<(int Child, int Year, HealthOutcome Record)>();
        foreach (var r in ordered)
        {
            var seen = new HashSet<(int, int)>();
            foreach (var row in r.HealthOutcomes)
            {
                var year = r.CollectionYear ?? row.CollectionYear ?? 0;
                if (ids.TryGet(row.ChildId, out var c) && seen.Add((c, year)))
                {
                    rows.Add((c, year, row));
                }
            }
        }

        // A later return of the same collection year replaces an earlier one's row (specification 1.5: the later wins).
        var kept = rows.GroupBy(x => (x.Child, x.Year)).Select(g => g.Last()).OrderBy(x => x.Child).ThenBy(x => x.Year).ToArray();
        Child = Array.ConvertAll(kept, x => x.Child);
        Year = Array.ConvertAll(kept, x => x.Year);
        Records = Array.ConvertAll(kept, x => x.Record);
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
