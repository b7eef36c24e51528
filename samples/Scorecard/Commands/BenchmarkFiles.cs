using ChildrensSocialCare.Indicators.Formats;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// --benchmarks: DfE's published files read for the scored year. A file or folder that cannot be read, or an authority
// the files do not hold, is bad input (exit code 2), named in the reader's terms.
internal static class BenchmarkFiles
{
    public static BenchmarkSet Load(string path, string authority, string? neighbours)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.csv").Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path]
            : throw new InputException($"--benchmarks: no such file or folder: {path}");
        if (files.Count == 0)
        {
            throw new InputException($"--benchmarks: no .csv files in {path}");
        }

        List<string>? named = null;
        if (neighbours is not null)
        {
            if (File.Exists(neighbours))
            {
                files.Add(neighbours);
            }
            else
            {
                named = [.. neighbours.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                if (named.Count == 0)
                {
                    throw new InputException($"--neighbours: neither a file nor a list of codes: {neighbours}");
                }
            }
        }

        var published = PublishedCsv.ReadFiles(files);
        var errors = published.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InputException($"--benchmarks: {errors.Count} finding(s) in the published files: {string.Join("; ", errors.Take(3).Select(e => e.ToString()))}");
        }

        if (published.FindAuthority(authority) is null)
        {
            throw new InputException($"--la {authority}: no such authority in the published files");
        }

        return new BenchmarkSet(published, authority, named);
    }
}

// The published statistics read, the authority compared and the neighbours named (null: those of the groupings file).
internal sealed record BenchmarkSet(PublishedStatistics Published, string Authority, IReadOnlyList<string>? Neighbours)
{
    // Same-year comparators: those of the scored year only (the year containing the period's end), England's with the
    // result's rank and quartile among every authority.
    public IReadOnlyList<Comparator> Comparators(Scorecard card) => Published.Comparators(card, Authority, Neighbours);
}
