using System.Runtime.CompilerServices;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// What a breakdown reads about a unit's child beyond its own record, built once per data set on first use (so the
// data set and the scorecard pay nothing for it): each child's header record (the first of its rows in the child
// table's order: a child in two Child elements keeps one's characteristics, specification 8.1), and the lookups of the
// episode of care and the episode of need open at a date.
internal sealed class UnitAttributes
{
    private static readonly ConditionalWeakTable<DataSet, UnitAttributes> s_cache = [];

    private UnitAttributes(DataSet data)
    {
        Data = data;
        Header = new Child?[data.Ids.Count];
        foreach (var child in data.ChildTable.Records)
        {
            var c = data.Ids[child.Id];
            Header[c] ??= child;
        }
    }

    public DataSet Data { get; }

    // By child index: the child's header record, or null when the returns hold none.
    public Child?[] Header { get; }

    public static UnitAttributes Of(DataSet data) => s_cache.GetValue(data, d => new UnitAttributes(d));

    // The latest-starting episode of care of the child open at day (DECOM <= day < DEC), short breaks ignored, or -1.
    public int EpisodeOpenAt(int child, int day)
    {
        var care = Data.Care;
        if (child < 0 || child + 1 >= care.Offsets.Length)
        {
            return -1;
        }

        var found = -1;
        for (var i = care.Offsets[child]; i < care.Offsets[child + 1]; i++)
        {
            if (!care.ShortBreak[i] && care.Start[i] <= day && care.End[i] > day)
            {
                found = i;
            }
        }

        return found;
    }

    // The latest-starting episode of need of the child open on day (referred on or before it and not closed before
    // it), or -1.
    public int CinEpisodeAt(int child, int day)
    {
        var referrals = Data.Referrals;
        if (child < 0 || child + 1 >= referrals.Offsets.Length)
        {
            return -1;
        }

        var found = -1;
        for (var i = referrals.Offsets[child]; i < referrals.Offsets[child + 1]; i++)
        {
            if (referrals.Date[i] <= day && referrals.Closure[i] >= day)
            {
                found = i;
            }
        }

        return found;
    }
}
