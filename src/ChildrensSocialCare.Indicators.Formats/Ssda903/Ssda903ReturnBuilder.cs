using System.Globalization;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

// The records of one SSDA903 return as they are read (from several table files, or from one XML file), with what
// the checks across tables need: the header's children, where each episode's child was first seen, the dates that vote for the year.
internal sealed class Ssda903ReturnBuilder(string? authority, int? year)
{
    private readonly HashSet<string> _headerChildren = new(StringComparer.Ordinal);
    // Where each episode was read, for the check against the header at the end (parallel to Records.Episodes): its
    // line, four bytes per episode; the file, one entry per run of episodes from one file; and, for XML only, the
    // element. Cheaper than a dictionary of children kept up to date on every row.
    private readonly List<int> _episodeLines = [];
    private readonly List<(int FirstEpisode, string Source)> _episodeSources = [];
    private List<string?>? _episodeElements;
    private readonly Dictionary<(string Table, string Child), long?> _onePerChild = [];
    private readonly Dictionary<string, string> _tableSources = new(StringComparer.Ordinal);
    private readonly List<string> _sources = [];
    private readonly YearVote _dates = new();
    private readonly List<(string Source, long? Line, string? Element)> _childLines = [];

    public string? Authority { get; } = authority;

    public int? Year { get; set; } = year;

    // Records are collected here and copied into a record set with the final collection year at the end.
    public RecordSet Records { get; } = new();

    public bool HasHeaderTable { get; private set; }

    public DateOnly? LatestStart { get; private set; }

    public void AddSource(string source)
    {
        if (!_sources.Contains(source))
        {
            _sources.Add(source);
        }
    }

    // A second file of the same table in one return: reported, and both are read.
    public void AddTable(string table, string source, Findings findings)
    {
        if (table == Ssda903TableSpec.Header.Name)
        {
            HasHeaderTable = true;
        }

        if (_tableSources.TryGetValue(table, out var first) && !string.Equals(first, source, StringComparison.Ordinal))
        {
            findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903TableRepeated,
                $"The return already has a {table} table from {first}; both files are read.")
            {
                Source = source,
            });
        }
        else
        {
            _tableSources[table] = source;
        }
    }

    // Specification 1.5: records within one return are never merged, so a child twice in the header is a fault of
    // the return; the first row is kept.
    public bool AddChild(Child child, FieldReader fr)
    {
        if (_headerChildren.Add(child.Id))
        {
            Records.Children.Add(child);
            _childLines.Add((fr.Source, fr.Line, fr.Element?.Path));
            return true;
        }

        fr.Report(DiagnosticSeverity.Error, DiagnosticCodes.Ssda903ChildDuplicate, "CHILD", child.Id,
            "The child is already in this return's header; this row is rejected and the first one kept.");
        return false;
    }

    public void AddEpisode(LookedAfterEpisode episode, FieldReader fr)
    {
        var index = Records.Episodes.Count;
        Records.Episodes.Add(episode);
        if (_episodeSources.Count == 0 || !ReferenceEquals(_episodeSources[^1].Source, fr.Source))
        {
            _episodeSources.Add((index, fr.Source));
        }

        _episodeLines.Add((int)(fr.Line ?? 0));
        if (fr.Element is { } element)
        {
            _episodeElements ??= [];
            while (_episodeElements.Count < index)
            {
                _episodeElements.Add(null);
            }

            _episodeElements.Add(element.Path);
        }

        if (Year is null)
        {
            _dates.Add(episode.Start);
            _dates.Add(episode.End);
        }

        if (LatestStart is not { } latest || episode.Start > latest)
        {
            LatestStart = episode.Start;
        }
    }

    // The file an episode was read from: the last run that starts at or before it.
    private string EpisodeSource(int index)
    {
        var run = _episodeSources.BinarySearch((index, ""), s_byFirstEpisode);
        return _episodeSources[run >= 0 ? run : ~run - 1].Source;
    }

    private static readonly Comparer<(int FirstEpisode, string Source)> s_byFirstEpisode =
        Comparer<(int FirstEpisode, string Source)>.Create((a, b) => a.FirstEpisode.CompareTo(b.FirstEpisode));

    // UASC, OC2, OC3, AD1 and previous permanence hold one row per child in a return.
    public void CheckOnePerChild(string table, string child, FieldReader fr)
    {
        if (_onePerChild.TryGetValue((table, child), out var line))
        {
            fr.Report(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903ChildRepeated, "CHILD", child,
                line is { } l
                    ? string.Create(CultureInfo.InvariantCulture, $"The {table} table has one row per child; this child is also on line {l}. Both rows are kept.")
                    : $"The {table} table has one row per child; this child is already in it. Both are kept.");
        }
        else
        {
            _onePerChild[(table, child)] = fr.Line;
        }
    }

    // A child born after first entering care in the return, or after the end of its collection year.
    private void CheckBirths(Findings findings)
    {
        var firstDecom = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var e in Records.Episodes)
        {
            if (!firstDecom.TryGetValue(e.ChildId, out var first) || e.Start < first)
            {
                firstDecom[e.ChildId] = e.Start;
            }
        }

        var yearEnd = Year is { } y and >= 1990 and <= 2100 ? new DateOnly(y, 3, 31) : DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < Records.Children.Count; i++)
        {
            var child = Records.Children[i];
            if (child.DateOfBirth is not { } dob)
            {
                continue;
            }

            string? why = firstDecom.TryGetValue(child.Id, out var decom) && dob > decom
                ? $"The child is born after first entering care in this return (DECOM {DateText.ToDmy(decom)})"
                : dob > yearEnd
                    ? $"The child is born after {DateText.ToDmy(yearEnd)}, the end of {(Year is null ? "today" : "the collection year")}"
                    : null;
            var (source, line, element) = i < _childLines.Count ? _childLines[i] : (Describe(), null, null);
            if (why is not null && findings.Admit(DiagnosticSeverity.Warning, source, DiagnosticCodes.Ssda903BirthImplausible, "DOB"))
            {
                findings.List(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903BirthImplausible, why + "; the date of birth is kept as supplied.")
                {
                    Source = source,
                    Line = line,
                    Element = element,
                    Column = "DOB",
                    Value = DateText.ToDmy(dob),
                    ChildId = child.Id,
                });
            }
        }
    }

    // One file: its path; several in one folder: the folder; else the list.
    public static string Describe(IReadOnlyList<string> sources)
    {
        var directories = sources.Select(s => Path.GetDirectoryName(s) ?? "").Distinct(StringComparer.Ordinal).ToList();
        return sources.Count == 1 ? sources[0]
            : directories.Count == 1 && directories[0].Length > 0 ? directories[0]
            : string.Join(", ", sources);
    }

    public string Describe()
    {
        var where = Describe(_sources);
        var what = (Authority, Year) switch
        {
            ({ } la, { } y) => string.Create(CultureInfo.InvariantCulture, $" [LA {la}, collection year {y}]"),
            ({ } la, null) => $" [LA {la}]",
            (null, { } y) when _sources.Count > 1 => string.Create(CultureInfo.InvariantCulture, $" [collection year {y}]"),
            _ => "",
        };
        return where + what;
    }

    // The checks that need the whole return, then the record set with its collection year.
    public RecordSet Build(Findings findings)
    {
        var source = Describe();
        if (Year is null && _dates.Decide(source, " The input could be read only once, so codes were checked against the latest lists.") is { } decided)
        {
            // Read in one pass (a stream that cannot seek): the year comes from the data after all, but the codes were
            // checked against the latest lists.
            Year = decided.Year;
            findings.Add(decided.Finding with { Source = Describe() });
        }
        else if (Year is { } year && LatestStart is { } latest && latest > new DateOnly(year, 3, 31))
        {
            findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903CollectionYearMismatch,
                string.Create(CultureInfo.InvariantCulture,
                    $"An episode starts on {DateText.ToDmy(latest)}, after 31 March {year}, the end of collection year {year}. If the year in the file names is the year the return starts, read with FileNameYear = StartYear (or give the collection year)."))
            {
                Source = source,
            });
        }
        else if (Year is null)
        {
            findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903CollectionYearUnknown,
                "The collection year is not known (none was given, none is in the file names and there are no episodes); codes were checked against the latest lists and the records have no collection year.")
            {
                Source = source,
            });
        }

        CheckBirths(findings);
        if (HasHeaderTable)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Records.Episodes.Count; i++)
            {
                var child = Records.Episodes[i].ChildId;
                if (!_headerChildren.Contains(child) && reported.Add(child))
                {
                    var line = _episodeLines[i];
                    findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903ChildNotInHeader,
                        "The episode's child is not in the return's header table, so the child has no date of birth or sex from this return.")
                    {
                        Source = EpisodeSource(i),
                        Line = line > 0 ? line : null,
                        Element = _episodeElements is { } elements && i < elements.Count ? elements[i] : null,
                        Column = "CHILD",
                        Value = child,
                        ChildId = child,
                    });
                }
            }
        }

        CheckPlacedForAdoption(findings, source);

        var r = Records;
        var result = new RecordSet { CollectionYear = Year, Source = source };
        result.Children.AddRange(r.Children);
        result.Episodes.AddRange(r.Episodes);
        result.Reviews.AddRange(r.Reviews);
        result.UnaccompaniedAsylumSeekers.AddRange(r.UnaccompaniedAsylumSeekers);
        result.HealthOutcomes.AddRange(r.HealthOutcomes);
        result.CareLeaverOutcomes.AddRange(r.CareLeaverOutcomes.Select(o => o.CollectionYear == Year ? o : o with { CollectionYear = Year }));
        result.Adoptions.AddRange(r.Adoptions);
        result.PlacedForAdoption.AddRange(r.PlacedForAdoption);
        result.PreviousPermanence.AddRange(r.PreviousPermanence);
        result.MissingEpisodes.AddRange(r.MissingEpisodes);
        result.SocialWorkerEpisodes.AddRange(r.SocialWorkerEpisodes);
        return result;
    }

    // A decision to place for adoption made while the child's previous decision had not ceased.
    private void CheckPlacedForAdoption(Findings findings, string source)
    {
        foreach (var child in Records.PlacedForAdoption.Where(p => p.DatePlaced is not null).GroupBy(p => p.ChildId, StringComparer.Ordinal))
        {
            PlacedForAdoption? previous = null;
            foreach (var decision in child.OrderBy(p => p.DatePlaced))
            {
                if (previous is not null && (previous.DatePlacedCeased is not { } ceased || decision.DatePlaced < ceased))
                {
                    findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.Ssda903PlacedForAdoptionOverlap,
                        $"A decision to place for adoption on {DateText.ToDmy(decision.DatePlaced!.Value)} was made before the decision of {DateText.ToDmy(previous.DatePlaced!.Value)} ceased{(previous.DatePlacedCeased is { } c ? " (" + DateText.ToDmy(c) + ")" : "")}.")
                    {
                        Source = source,
                        Column = "DATE_PLACED",
                        Value = DateText.ToDmy(decision.DatePlaced!.Value),
                        ChildId = child.Key,
                    });
                }

                previous = decision;
            }
        }
    }
}
