using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// SSDA903 missing rows sorted by child and MIS_START, with MISSING as a kind (M missing, A away without authorisation,
// trimmed and case-blind; anything else neither). Rows of children with no other record are not kept: they are never
// in a cohort of children looked after.
internal sealed class MissingTable : Table<MissingEpisode>
{
    public MissingTable(IEnumerable<MissingEpisode> records, ChildIndex ids)
        : base([.. records.Where(r => ids.TryGet(r.ChildId, out _))], ids, r => r.ChildId, r => Day.Of(r.Start))
    {
        Start = Column(r => Day.Of(r.Start));
        Kind = Array.ConvertAll(Records, r => (r.Kind ?? "").Trim().ToUpperInvariant() switch { "M" => 'M', "A" => 'A', _ => ' ' });
    }

    public int[] Start { get; }

    // 'M', 'A' or ' '.
    public char[] Kind { get; }

    // The child's first MIS_START of the kind in the period, or Day.None.
    public int FirstInPeriod(EvaluationContext c, int child, char kind)
    {
        for (var k = Offsets[child]; k < Offsets[child + 1]; k++)
        {
            if (Kind[k] == kind && c.InPeriod(Start[k]))
            {
                return Start[k];
            }
        }

        return Day.None;
    }
}
