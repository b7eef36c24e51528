using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

// The collection year of an SSDA903 return whose year no one gave, from the bulk of its dates rather than the latest:
// every DECOM and DEC votes for the reporting year it falls in, and the year with the most votes wins (a tie goes to
// the later year, so a small file takes the year of its latest date as before). One DECOM after the period, or a
// DECOM of 31/12/9999, cannot move the year; dates outside 1900-2100 do not vote. When some dates fall after the
// chosen year ends, the choice is uncertain and the finding is a warning naming the option that overrides it.
internal sealed class YearVote
{
    private readonly Dictionary<int, int> _votes = [];

    public int Total { get; private set; }

    public void Add(DateOnly? date)
    {
        if (date is { } d && DateText.IsPlausible(d))
        {
            var year = DateText.CollectionYearOf(d);
            _votes[year] = _votes.GetValueOrDefault(year) + 1;
            Total++;
        }
    }

    // The year chosen, and the finding that says how; null when no date voted.
    public (int Year, Diagnostic Finding)? Decide(string source, string how)
    {
        if (Total == 0)
        {
            return null;
        }

        var (year, votes) = _votes.MaxBy(v => ((long)v.Value << 32) + v.Key);
        var after = _votes.Where(v => v.Key > year).Sum(v => v.Value);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"No collection year was given or found in the file names; {year} is inferred from the dates: {votes} of the {Total} DECOM and DEC dates fall in its reporting year (1 April {year - 1} to 31 March {year}).");
        if (after > 0)
        {
            message += string.Create(CultureInfo.InvariantCulture,
                $" {after} fall after it (up to {_votes.Keys.Max() - 1}-{_votes.Keys.Max() % 100:00}); if the return is for a later year, name the files with the year (SSDA903_2024_episodes.csv) or give it (ReadOptions.CollectionYear).");
        }

        return (year, new Diagnostic(after > 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
            DiagnosticCodes.Ssda903CollectionYearInferred, message + how)
        {
            Source = source,
        });
    }
}
