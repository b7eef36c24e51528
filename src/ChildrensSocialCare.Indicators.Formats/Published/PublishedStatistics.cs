using System.Collections.ObjectModel;
using System.Globalization;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// DfE's published statistics as read by <see cref="PublishedCsv"/>: every figure by indicator, year and place, the
/// ONS populations and the statistical neighbour groupings, and the comparators taken from them for a scored year.
/// </summary>
/// <remarks>
/// Comparators are for the scored year only: a year that is not published is a note, never a silent substitution
/// (<see cref="PublishedOptions.LatestEarlierYear"/> takes the latest earlier year, named in the comparator's year). An
/// authority is found by its old 3-digit or new 9-digit code; a joint return (<c>940 / 941</c>) is not any single
/// authority's figure.
/// </remarks>
public sealed class PublishedStatistics
{
    private const string EnglandCode = "E92000001";
    private const string LondonCode = "E12000007";

    private readonly Dictionary<(string Id, int Year, string Code), PublishedFigure> _figures = [];
    private readonly Dictionary<string, string> _oldByNew = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SortedList<int, PublishedArea>> _areas = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyDictionary<(int Year, string Code), decimal> _population;

    internal PublishedStatistics(
        PublishedOptions options,
        IReadOnlyList<PublishedFigure> figures,
        IReadOnlyDictionary<(int, string), decimal> population,
        StatisticalNeighbours? neighbours,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Options = options;
        Figures = new ReadOnlyCollection<PublishedFigure>([.. figures]);
        Diagnostics = new ReadOnlyCollection<Diagnostic>([.. diagnostics]);
        Neighbours = neighbours;
        _population = population;
        foreach (var f in figures)
        {
            _figures.TryAdd((f.IndicatorId, f.Year.EndYear, f.Area.Code), f);
            if (f.Area.Level == GeographicLevel.LocalAuthority)
            {
                (_areas.TryGetValue(f.Area.Code, out var years) ? years : _areas[f.Area.Code] = []).TryAdd(f.Year.EndYear, f.Area);
                if (f.Area.NewCode is { } newCode)
                {
                    _oldByNew.TryAdd(newCode, f.Area.Code);
                    var newParts = newCode.Split(" / ");
                    for (var i = 0; f.Area.IsJointReturn && i < newParts.Length && i < f.Area.JointCodes.Count; i++)
                    {
                        _oldByNew.TryAdd(newParts[i], f.Area.JointCodes[i]);
                    }
                }
            }
        }
    }

    /// <summary>The options read with (the map, London, earlier years, the neighbours' average).</summary>
    public PublishedOptions Options { get; }

    /// <summary>Every figure read, in file order (computed rates after the published figures).</summary>
    public IReadOnlyList<PublishedFigure> Figures { get; }

    /// <summary>Every finding about the files; codes in <see cref="DiagnosticCodes"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether a file, row or entry of the map could not be read.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The statistical neighbour groupings read (<c>sn_model_2025_wide.csv</c>), or <c>null</c> when none was.</summary>
    public StatisticalNeighbours? Neighbours { get; }

    /// <summary>The years with a figure of an indicator, earliest first.</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    public IReadOnlyList<ReportingYear> Years(string indicatorId) =>
        [.. Figures.Where(f => f.IndicatorId == indicatorId).Select(f => f.Year).Distinct().Order()];

    /// <summary>An authority by its old or new code (or a joint return by its composite code), as on its row of the
    /// given year, else of the latest year; <c>null</c> when no file has it.</summary>
    /// <param name="code">An old 3-digit or new 9-digit code.</param>
    /// <param name="year">The year whose row to prefer, or <c>null</c> for the latest.</param>
    public PublishedArea? FindAuthority(string code, ReportingYear? year = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!_areas.TryGetValue(Key(code), out var years))
        {
            return null;
        }

        return year is { } y && years.TryGetValue(y.EndYear, out var area) ? area : years.Values[^1];
    }

    /// <summary>A figure as published (or computed, for a rate published as a count), by place code: <c>E92000001</c>,
    /// a region code, an authority's old or new code, a joint return's composite code.</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="code">The place.</param>
    /// <returns>The figure, or <c>null</c> when none is published for that year and place.</returns>
    public PublishedFigure? Figure(string indicatorId, ReportingYear year, string code)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        ArgumentNullException.ThrowIfNull(code);
        return _figures.GetValueOrDefault((indicatorId, year.EndYear, Key(code)));
    }

    /// <summary>The ONS mid-year estimate of children aged 0-17 for the returns of a year: year <c>Y</c> (ending 31
    /// March <c>Y</c>) takes the mid-<c>(Y-1)</c> estimate (published-data.md 1.3).</summary>
    /// <param name="code">An authority's old or new code, a region code, or <c>E92000001</c>.</param>
    /// <param name="year">The year of the returns.</param>
    /// <returns>The estimate, or <c>null</c> when the population file was not read or has no such row.</returns>
    public long? Population(string code, ReportingYear year)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _population.TryGetValue((year.EndYear - 1, Key(code)), out var p) ? (long)p : null;
    }

    /// <summary>The England figure for the scored year.</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The scored year.</param>
    public Benchmark England(string indicatorId, ReportingYear year) =>
        Single(indicatorId, year, EnglandCode, ComparatorKind.England, "England");

    /// <summary>The figure of an authority's region for the scored year: the region on the authority's row (Inner or
    /// Outer London for a borough unless <see cref="PublishedOptions.London"/> says London).</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The scored year.</param>
    /// <param name="authority">The authority's old or new code.</param>
    public Benchmark Region(string indicatorId, ReportingYear year, string authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (FindAuthority(authority, year) is not { RegionCode: { } region } area)
        {
            return new Benchmark(indicatorId, ComparatorKind.Region, "Region", year)
            {
                Notes = [$"No published row names authority {authority.Trim()}, so its region is not known."],
            };
        }

        if (Options.London == LondonRegion.London && region.StartsWith("E13", StringComparison.OrdinalIgnoreCase))
        {
            region = LondonCode;
        }

        var name = Figures.FirstOrDefault(f => f.Area.Level == GeographicLevel.Regional && f.Area.Code == region)?.Area.Name
            ?? (region == LondonCode ? "London" : area.RegionName ?? region);
        return Single(indicatorId, year, region, ComparatorKind.Region, name);
    }

    /// <summary>Any authority's figure for the scored year, by old or new code (kind <see cref="ComparatorKind.Other"/>).</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The scored year.</param>
    /// <param name="authority">The authority's old or new code.</param>
    public Benchmark Authority(string indicatorId, ReportingYear year, string authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var name = FindAuthority(authority)?.Name ?? authority.Trim();
        return Single(indicatorId, year, authority, ComparatorKind.Other, name);
    }

    /// <summary>The statistical neighbours' average for the scored year (spec section 6): the unweighted mean of the
    /// neighbours' published values that are present (or, with <see cref="NeighbourAverage.Pooled"/>, their summed
    /// numerators over their summed denominators), with the number used. Neighbours are the caller's, else those of
    /// the groupings read.</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The scored year (the neighbours' figures are of that year only).</param>
    /// <param name="authority">The authority's old or new code.</param>
    /// <param name="neighbours">The neighbours' old or new codes, or <c>null</c> for those of <see cref="Neighbours"/>.</param>
    public Benchmark StatisticalNeighbours(string indicatorId, ReportingYear year, string authority, IEnumerable<string>? neighbours = null) =>
        NeighbourAverages.Of(this, indicatorId, year, authority, neighbours);

    /// <summary>England, the authority's region and its statistical neighbours' average (when it has neighbours) for the
    /// scored year.</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The scored year.</param>
    /// <param name="authority">The authority's old or new code.</param>
    /// <param name="neighbours">The neighbours' codes, or <c>null</c> for those of <see cref="Neighbours"/>.</param>
    public IReadOnlyList<Benchmark> Benchmarks(string indicatorId, ReportingYear year, string authority, IEnumerable<string>? neighbours = null)
    {
        var named = neighbours?.ToList();
        return [England(indicatorId, year), Region(indicatorId, year, authority), StatisticalNeighbours(indicatorId, year, authority, named)];
    }

    /// <summary>The comparators of every mapped indicator for the scored year (England, region, neighbours), those that
    /// have a value, for <see cref="Scorecard.WithComparators(IEnumerable{Comparator})"/>.</summary>
    /// <param name="year">The scored year.</param>
    /// <param name="authority">The authority's old or new code.</param>
    /// <param name="neighbours">The neighbours' codes, or <c>null</c> for those of <see cref="Neighbours"/>.</param>
    public IReadOnlyList<Comparator> Comparators(ReportingYear year, string authority, IEnumerable<string>? neighbours = null)
    {
        var named = neighbours?.ToList();
        return [.. Options.Map.Columns.Select(c => c.IndicatorId).Distinct()
            .SelectMany(id => Benchmarks(id, year, authority, named))
            .Select(b => b.Comparator).OfType<Comparator>()];
    }

    /// <summary>The comparators of a scorecard's year (the year containing its period's end), as
    /// <see cref="Comparators(ReportingYear, string, IEnumerable{string})"/> gives them, with rank and quartile on each
    /// England comparator: where the scorecard's result, at the indicator's published precision, stands among every
    /// authority's published value of the year, in place of the compared authority's own published row
    /// (<see cref="Rank(string, ReportingYear, decimal, string)"/>; none when fewer than four values are ranked).</summary>
    /// <param name="scorecard">The scorecard compared.</param>
    /// <param name="authority">The authority's old or new code.</param>
    /// <param name="neighbours">The neighbours' codes, or <c>null</c> for those of <see cref="Neighbours"/>.</param>
    public IReadOnlyList<Comparator> Comparators(Scorecard scorecard, string authority, IEnumerable<string>? neighbours = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var year = ReportingYear.Containing(scorecard.Period.End);
        return [.. Comparators(year, authority, neighbours).Select(c =>
            c.Kind == ComparatorKind.England && scorecard.Find(c.IndicatorId) is { Value: { } value } result &&
            Rank(c.IndicatorId, year, Rounding.HalfAwayFromZero(value, result.Indicator.Decimals), authority) is { } rank
                ? c with { Rank = rank.Rank, Of = rank.Of, Quartile = rank.Quartile }
                : c)];
    }

    /// <summary>Every single authority's published figure of an indicator and year that is a number (joint returns and
    /// symbols left out), in file order: what ranks, quartiles and funnel plots are drawn from.</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The year.</param>
    public IReadOnlyList<PublishedFigure> AuthorityFigures(string indicatorId, ReportingYear year)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        return [.. Figures.Where(f => f.IndicatorId == indicatorId && f.Year == year && f.Area.Level == GeographicLevel.LocalAuthority
            && !f.Area.IsJointReturn && f.Value.Number is not null)];
    }

    /// <summary>An authority's rank and quartile band among every authority's published value of the year (at least
    /// four values; joint returns are not ranked).</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The year.</param>
    /// <param name="authority">The authority's old or new code.</param>
    /// <returns>The rank, or <c>null</c> when the authority has no published value that year or fewer than four
    /// authorities have.</returns>
    public PublishedRank? Rank(string indicatorId, ReportingYear year, string authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var key = Key(authority);
        var values = Ranking.Values(this, indicatorId, year);
        var own = values.FindIndex(v => v.Code == key);
        return own < 0 ? null : Ranking.Of(indicatorId, year, values[own].Value, [.. values.Where((_, i) => i != own).Select(v => v.Value)]);
    }

    /// <summary>Where a value (an authority's own computed result) would stand among every authority's published value
    /// of the year: the authority's own published row, when given, is left out so the value takes its place.</summary>
    /// <param name="indicatorId">A catalogue id.</param>
    /// <param name="year">The year.</param>
    /// <param name="value">The value to rank, in the indicator's unit.</param>
    /// <param name="authority">The authority whose published row the value replaces, or <c>null</c>.</param>
    /// <returns>The rank, or <c>null</c> when fewer than four values would be ranked.</returns>
    public PublishedRank? Rank(string indicatorId, ReportingYear year, decimal value, string? authority = null)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        var key = authority is null ? null : Key(authority);
        return Ranking.Of(indicatorId, year, value, [.. Ranking.Values(this, indicatorId, year).Where(v => v.Code != key).Select(v => v.Value)]);
    }

    // The old code of an authority given either code; any other code as given.
    internal string Key(string code)
    {
        var c = code.Trim();
        return _oldByNew.TryGetValue(c, out var old) ? old : c;
    }

    // The joint return an authority is part of in a year, if any.
    internal PublishedFigure? JointReturn(string indicatorId, ReportingYear year, string code)
    {
        var key = Key(code);
        return Figures.FirstOrDefault(f => f.IndicatorId == indicatorId && f.Year == year && f.Area.JointCodes.Contains(key, StringComparer.OrdinalIgnoreCase));
    }

    // Why an indicator has no figure at all: not in the map, or its file was not read.
    internal string? Unavailable(string indicatorId)
    {
        if (Options.Map.Unmapped.TryGetValue(indicatorId, out var why))
        {
            return $"{indicatorId} has no published column in the {Options.Map.Release} map: {why}.";
        }

        if (Catalogue.Find(indicatorId) is null)
        {
            return $"'{indicatorId}' is not an indicator id of the catalogue.";
        }

        return Figures.Any(f => f.IndicatorId == indicatorId)
            ? null
            : $"No figures of {indicatorId} were read (its file, {Options.Map.Find(indicatorId)?.File}*.csv, was not among those read).";
    }

    internal static string Describe(PublishedFigure f) => f.Computed
        ? string.Create(CultureInfo.InvariantCulture, $"computed from {f.Column} (DfE {f.Source}, line {f.Line}, release {f.Release}) per 10,000 of the ONS mid-{f.Year.EndYear - 1} estimate")
        : string.Create(CultureInfo.InvariantCulture, $"DfE {f.Source}, line {f.Line}, column {f.Column} (release {f.Release})");

    private Benchmark Single(string indicatorId, ReportingYear year, string code, ComparatorKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        var benchmark = new Benchmark(indicatorId, kind, name, year);
        if (Unavailable(indicatorId) is { } why)
        {
            return benchmark with { Notes = [why] };
        }

        var notes = new List<string>();
        var figure = Figure(indicatorId, year, code);
        if (figure is null)
        {
            if (JointReturn(indicatorId, year, code) is { } joint)
            {
                return benchmark with
                {
                    Notes = [$"{name} ({Key(code)}) is in the joint return {joint.Area.Code} ({joint.Area.Name}), which is not a single authority's figure."],
                };
            }

            notes.Add($"No {year} figure of {indicatorId} is published for {name}.");
            if (Options.LatestEarlierYear)
            {
                figure = Figures.Where(f => f.IndicatorId == indicatorId && f.Area.Code == Key(code) && f.Year < year).MaxBy(f => f.Year);
                notes.Add(figure is null ? "No earlier year is published either." : $"The latest earlier year, {figure.Year}, is shown.");
            }

            if (figure is null)
            {
                return benchmark with { Notes = notes };
            }
        }

        benchmark = benchmark with
        {
            Name = figure.Area.Name,
            Value = figure.Value,
            FigureYear = figure.Year,
            Computed = figure.Computed,
            Figures = [figure],
        };
        if (figure.Value.Number is not { } value)
        {
            var low = figure.Value.Symbol == PublishedSymbol.LowReliability;
            notes.Add(figure.Computed && figure.Value.Text.Length == 0
                ? $"No rate is published and the ONS population of {figure.Area.Name} for {year} was not read, so none is computed from the count."
                : low
                ? $"Published as u: low reliability (for example missing returns); shown with this warning and not compared."
                : $"Published as {figure.Value.Meaning}; no comparator.");
            return benchmark with { Notes = notes, LowReliability = low };
        }

        if (figure.Computed)
        {
            notes.Add("Computed from the published count and the ONS population (no rate is published).");
        }

        var comparator = new Comparator(indicatorId, figure.Area.Name, kind, value, Describe(figure), figure.Year.ToString());
        return benchmark with { Comparator = comparator, Notes = notes };
    }
}
