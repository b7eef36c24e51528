using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// One breakdown's view of the units its indicator reports: for a row, its child, record and reference date (through
// the indicator's UnitSource), and what the dimensions read of them (the header record, the date of birth, the episode
// of care and the episode of need at the reference date). Codes put in a group they are not listed in are noted for
// the breakdown's diagnostic.
internal sealed class BreakdownScope(EvaluationContext context, UnitSource units, UnitAttributes attributes, BreakdownOptions options)
{
    private HashSet<string>? _unlisted;

    public EvaluationContext Context => context;

    public BreakdownOptions Options => options;

    public IReadOnlyCollection<string> Unlisted => (IReadOnlyCollection<string>?)_unlisted ?? [];

    public int Child(int row) => units.Child(row);

    public int ReferenceDay(int row) => units.ReferenceDay(row);

    public object? Record(int row) => units.Record(row);

    public Child? Header(int row) => units.Child(row) is var c and >= 0 ? attributes.Header[c] : null;

    // The date of birth an age is taken from: a care leaver's OC3 DOB, then the child's (header, then OC3).
    public int DateOfBirth(int row)
    {
        if (units.Record(row) is CareLeaverOutcome { DateOfBirth: { } own })
        {
            return Day.Of(own);
        }

        return units.Child(row) is var c and >= 0 ? attributes.Data.ChildTable.DateOfBirth[c] : Day.None;
    }

    // The episode of care a looked-after dimension reads: for a flow, the unit's own episode (the one that starts or
    // ends the period of care: specification 8.1); at the period end, the child's latest-starting episode open then
    // (none, so unknown, for a child no longer looked after).
    public LookedAfterEpisode? Episode(int row)
    {
        if (units.HasEventDay && units.Record(row) is LookedAfterEpisode own)
        {
            return own;
        }

        var i = attributes.EpisodeOpenAt(units.Child(row), context.End);
        return i < 0 ? null : attributes.Data.Care.Records[i];
    }

    // The episode of need a CIN dimension reads: the unit's own, or the child's open at the reference date.
    public CinEpisode? CinEpisode(int row)
    {
        if (units.Record(row) is CinEpisode own)
        {
            return own;
        }

        var day = units.ReferenceDay(row);
        if (day == Day.None)
        {
            return null;
        }

        var i = attributes.CinEpisodeAt(units.Child(row), day);
        return i < 0 ? null : attributes.Data.Referrals.Records[i];
    }

    // The unit as a caller's own dimension sees it.
    public BreakdownUnit Unit(int row)
    {
        var c = units.Child(row);
        var day = units.ReferenceDay(row);
        var dob = DateOfBirth(row);
        return new BreakdownUnit(
            c >= 0 ? context.ChildId(c) : null,
            Header(row),
            units.Record(row),
            day is Day.None or Day.Open ? null : Day.ToDate(day),
            dob == Day.None ? null : Day.ToDate(dob));
    }

    public void NoteUnlisted(string code) => (_unlisted ??= new(StringComparer.Ordinal)).Add(code);
}
