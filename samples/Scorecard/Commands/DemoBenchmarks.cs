using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// The demo's comparators: DfE's real published figures of the scored year, for England, Walsall's region and Walsall's
// statistical neighbours (Walsall, 335 / E08000030, standing in for the synthetic authority), read from the 2025 files
// copied with the command (dfe-published/, see its SOURCES.md); then, for the indicators those files have no column
// for, the England figures of england.json of the same year. Never a figure of another year: a year the files do not
// publish has no comparator, and the line under the table says so.
internal static class DemoBenchmarks
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "dfe-published");

    public static (BenchmarkSet Set, IReadOnlyList<Comparator> Comparators, IReadOnlyList<string> Lines) For(Scorecard card)
    {
        var set = BenchmarkFiles.Load(Folder, DemoAuthority.LikeAuthority, null);
        var year = ReportingYear.Containing(card.Period.End);
        var published = set.Comparators(card);
        var have = published.Select(c => c.IndicatorId).ToHashSet(StringComparer.Ordinal);
        var sameYear = ScorecardApp.BuiltInEnglandFigures()
            .Where(c => c.Year == year.ToString() && !have.Contains(c.IndicatorId) && card.Any(r => r.Id == c.IndicatorId))
            .ToList();
        var files = $"the published files built in are of {Published(set)}, not {year} (no other year is shown)";
        string[] lines = published.Count > 0
            ?
            [
                $"Benchmarks: real, DfE's published statistics for {year} (Open Government Licence)",
                $"Compared as {DemoAuthority.LikeAuthorityName} ({DemoAuthority.LikeAuthority}, {DemoAuthority.LikeAuthorityNewCode}): England, its region, its statistical neighbours",
            ]
            : sameYear.Count > 0 ? [$"Benchmarks: England figures of {year} only (england.json); {files}"]
            : [$"Benchmarks: none; {files}"];
        return (set, [.. published, .. sameYear], lines);
    }

    private static string Published(BenchmarkSet set) =>
        string.Join(", ", set.Published.Figures.Select(f => f.Year).Distinct().Order().Select(y => y.ToString()));
}
