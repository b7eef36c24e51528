using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.Formats;

// Reads published files one by one into figures, populations, groupings and areas, then builds PublishedStatistics.
// A computed rate waits for the end: the population file may come after the count's file.
internal sealed partial class PublishedCsvReader(PublishedOptions options)
{
    private const string OnsPrefix = "ons_mid-year_population_estimates";
    private const string OnsAgeGroup = "Children aged 0 to 17 years";
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Findings _findings = new(options.MaxRepeatedFindings);
    private readonly List<PublishedFigure> _figures = [];
    private readonly List<PublishedFigure> _counts = [];
    private readonly Dictionary<(int Year, string Code), decimal> _population = [];
    private readonly List<(string Source, Dictionary<string, IReadOnlyList<string>> Groups)> _groupings = [];
    private bool _populationRead;

    public void Read(Stream stream, string name)
    {
        try
        {
            using var text = new StreamReader(stream, s_utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(text);
            if (!reader.MoveNext())
            {
                _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvEmpty, "The file is empty; nothing is read.") { Source = name });
                return;
            }

            var header = ReadHeader(reader.Current, name);
            if (IsNeighbours(header))
            {
                ReadNeighbours(reader, header, name);
            }
            else if (Path.GetFileName(name).StartsWith(OnsPrefix, StringComparison.OrdinalIgnoreCase))
            {
                ReadData(reader, header, name, [], population: true);
            }
            else if (options.Map.For(name) is { Count: > 0 } entries)
            {
                ReadData(reader, header, name, entries, population: false);
            }
            else
            {
                _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.PublishedFileUnmapped,
                    $"No entry of the {options.Map.Release} map reads a file of this name, and it is neither the ONS population file nor statistical neighbour groupings; it is not read.")
                {
                    Source = name,
                });
            }
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CsvUnreadable,
                $"The CSV text cannot be read any further ({e.Message}); the rest of the file is not read.")
            {
                Source = name,
            });
        }
        finally
        {
            _findings.Close(name);
        }
    }

    public PublishedStatistics Build()
    {
        foreach (var count in _counts)
        {
            _figures.Add(Rate(count));
        }

        // One set of groupings is used: of several, the one with the latest year in its name (sn_model_2025 over
        // the April 2021 groupings), the last read on a tie.
        var chosen = _groupings.Select((g, i) => (g, i)).OrderBy(x => NameYear(x.g.Source)).ThenBy(x => x.i).Select(x => x.g).LastOrDefault();
        foreach (var other in _groupings.Where(g => g.Source != chosen.Source))
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.PublishedGroupingsReplaced,
                $"Statistical neighbours are taken from {chosen.Source}, the latest groupings read; these are not used.")
            {
                Source = other.Source,
            });
        }

        var neighbours = chosen.Groups is null ? null : new StatisticalNeighbours(chosen.Source, chosen.Groups);
        _findings.Close();
        return new PublishedStatistics(options, _figures, _population, neighbours, _findings.All);
    }

    // A count becomes a rate per 10,000 of the ONS estimate of mid-(Y-1) (published-data.md 1.3).
    private PublishedFigure Rate(PublishedFigure count)
    {
        var computed = count with { Computed = true };
        if (count.Value.Number is not { } n)
        {
            return computed;
        }

        if (_population.TryGetValue((count.Year.EndYear - 1, count.Area.Code), out var population) && population > 0)
        {
            return computed with { Value = PublishedValue.Of(n * 10_000m / population), Numerator = n, Denominator = population };
        }

        var why = _populationRead
            ? $"the ONS file has no mid-{count.Year.EndYear - 1} estimate for {count.Area.Code}"
            : $"no {OnsPrefix}_*.csv file was read";
        if (_findings.Admit(DiagnosticSeverity.Warning, count.Source, DiagnosticCodes.PublishedPopulationMissing, count.Column))
        {
            _findings.List(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.PublishedPopulationMissing,
                $"{count.IndicatorId} is a rate computed from this count, and {why}; the figure is not available.")
            {
                Source = count.Source,
                Line = count.Line,
                Column = count.Column,
                Value = count.Value.Text,
            });
        }

        return computed with { Value = PublishedValue.NotComputed };
    }

    private void ReadData(SepReader reader, Header header, string name, IReadOnlyList<PublishedColumn> entries, bool population)
    {
        if (!header.Require(["time_period", "geographic_level"], "the layout", _findings) ||
            !header.Require(population ? ["population_estimate"] : [], "the ONS population layout", _findings))
        {
            return;
        }

        // An entry whose columns the file lacks is not read; the others are (each missing column named once).
        var usable = entries.Where(e => header.Require(e.Columns, $"{e.IndicatorId} (release {options.Map.Release} map)", _findings)).ToList();
        if (!population && usable.Count == 0)
        {
            return;
        }

        _populationRead |= population;
        var areas = new AreaColumns(header);
        var pending = new Dictionary<(PublishedColumn, int, string), Pending>();
        var ignoredLevels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (!TimePeriod.TryParse(header.Cell(row, "time_period"), out var year))
            {
                Reject(name, line, "time_period", header.Cell(row, "time_period").ToString(),
                    DiagnosticCodes.PublishedTimePeriodInvalid, "A time_period is 4 digits (2025) or 6 (202425, consecutive years); the row is not read.");
                continue;
            }

            var level = header.Cell(row, "geographic_level").Trim().ToString();
            if (!areas.TryRead(row, level, out var area, out var fault))
            {
                if (fault is null)
                {
                    if (ignoredLevels.Add(level))
                    {
                        _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.PublishedLevelIgnored,
                            "Rows of this geographic_level are not read (only National, Regional and Local authority are).")
                        {
                            Source = name,
                            Line = line,
                            Column = "geographic_level",
                            Value = level,
                        });
                    }
                }
                else
                {
                    Reject(name, line, fault.Value.Column, fault.Value.Value, DiagnosticCodes.PublishedAreaCodeInvalid, fault.Value.Reason);
                }

                continue;
            }

            if (population)
            {
                ReadPopulation(row, header, name, line, year, area!);
                continue;
            }

            foreach (var entry in usable)
            {
                var key = (entry, year, area!.Code);
                if (Selects(row, header, entry.Filters, null))
                {
                    ref var p = ref CollectionsMarshal.GetValueRefOrAddDefault(pending, key, out _);
                    p ??= new Pending();
                    if (p.Figure is not null)
                    {
                        Warn(name, line, entry.ValueColumn, null, DiagnosticCodes.PublishedRowRepeated,
                            $"A second row for {entry.IndicatorId}, {area.Code} and time_period {year}; the first (line {p.Figure.Line}) is used.");
                        continue;
                    }

                    var value = Cell(row, header, entry.ValueColumn, name, line);
                    p.Figure = new PublishedFigure(entry.IndicatorId, ReportingYear.Ending(year), area, value)
                    {
                        Numerator = entry.NumeratorColumn is { } nc ? Number(row, header, nc) : null,
                        Denominator = entry.DenominatorFilters is null && entry.DenominatorColumn is { } dc ? Number(row, header, dc) : null,
                        Source = name,
                        Line = line,
                        Column = header.Name(entry.ValueColumn),
                        Release = options.Map.Release,
                    };
                }
                else if (entry.DenominatorFilters is { } denominatorFilters && entry.DenominatorColumn is { } dc &&
                    Selects(row, header, entry.Filters, denominatorFilters))
                {
                    ref var p = ref CollectionsMarshal.GetValueRefOrAddDefault(pending, key, out _);
                    p ??= new Pending();
                    p.Denominator ??= Number(row, header, dc);
                }
            }
        }

        foreach (var ((entry, _, _), p) in pending)
        {
            if (p.Figure is not { } figure)
            {
                continue;
            }

            figure = figure with { Denominator = figure.Denominator ?? p.Denominator };
            (entry.Computation == PublishedComputation.RatePer10000OfPopulation ? _counts : _figures).Add(figure);
        }
    }

    private void ReadPopulation(SepReader.Row row, Header header, string name, int line, int year, PublishedArea area)
    {
        if (header.Has("age_group") && !header.Cell(row, "age_group").Trim().Equals(OnsAgeGroup, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var value = Cell(row, header, "population_estimate", name, line);
        if (value.Number is { } n)
        {
            _population.TryAdd((year, area.Code), n);
            if (area.NewCode is { } newCode)
            {
                _population.TryAdd((year, newCode), n);
            }
        }
    }

    // A row is selected when every filter matches; a denominator row when the filters, with the denominator's
    // overrides, match.
    private static bool Selects(SepReader.Row row, Header header, IReadOnlyDictionary<string, string> filters, IReadOnlyDictionary<string, string>? overrides)
    {
        foreach (var (column, wanted) in filters)
        {
            var expected = overrides is not null && overrides.TryGetValue(column, out var o) ? o : wanted;
            if (!header.Cell(row, column).Trim().Equals(expected, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (overrides is not null)
        {
            foreach (var (column, wanted) in overrides)
            {
                if (!filters.ContainsKey(column) && !header.Cell(row, column).Trim().Equals(wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private PublishedValue Cell(SepReader.Row row, Header header, string column, string name, int line)
    {
        var value = PublishedValue.Parse(header.Cell(row, column));
        if (value.Symbol == PublishedSymbol.Unrecognised)
        {
            Warn(name, line, header.Name(column), value.Text, DiagnosticCodes.PublishedValueInvalid,
                value.Text.Length == 0
                    ? "A blank cell (the open data standards want a number or a symbol); read as not available."
                    : "Neither a number nor a symbol (c, z, x, low, k, u); read as not available.");
        }
        else if (value.Text is "~" or ":")
        {
            Warn(name, line, header.Name(column), value.Text, DiagnosticCodes.PublishedSymbolObsolete,
                value.Text == "~" ? "The obsolete symbol for low; read as low (rounds to zero)." : "The obsolete symbol for x; read as not available.",
                DiagnosticSeverity.Information);
        }

        return value;
    }

    private static decimal? Number(SepReader.Row row, Header header, string column) => PublishedValue.Parse(header.Cell(row, column)).Number;

    private void ReadNeighbours(SepReader reader, Header header, string name)
    {
        var key = header.Has("old_la_code") ? "old_la_code" : header.Has("LA number") ? "LA number" : "LA num";
        var columns = header.Names
            .Select((n, i) => (Match: NeighbourColumn().Match(n), Index: i))
            .Where(c => c.Match.Success)
            .OrderBy(c => int.Parse(c.Match.Groups[1].Value, CultureInfo.InvariantCulture))
            .Select(c => c.Index)
            .ToList();
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in reader)
        {
            var code = header.Cell(row, key).Trim().ToString();
            if (!AreaColumns.IsOldCode(code))
            {
                // The 2021 workbook's "Old SNs:" block and its blank separator rows are not groupings of a current authority.
                if (code.Length > 0 && !code.StartsWith("Old", StringComparison.OrdinalIgnoreCase))
                {
                    Reject(name, row.LineNumberFrom, header.Name(key), code, DiagnosticCodes.PublishedAreaCodeInvalid,
                        "An authority's old code is 3 digits; the row is not read.");
                }

                continue;
            }

            var list = new List<string>();
            foreach (var i in columns)
            {
                var neighbour = i < row.ColCount ? row[i].Span.Trim().ToString() : "";
                if (AreaColumns.IsOldCode(neighbour))
                {
                    list.Add(neighbour);
                }
            }

            groups.TryAdd(code, list);
        }

        if (groups.Count > 0)
        {
            _groupings.Add((name, groups));
        }
    }

    private static bool IsNeighbours(Header header) =>
        header.Names.Any(n => NeighbourColumn().IsMatch(n)) && (header.Has("old_la_code") || header.Has("LA number") || header.Has("LA num")) &&
        !header.Has("time_period");

    private Header ReadHeader(SepReader.Row row, string name)
    {
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            // A byte order mark left inside the text (a file saved twice) is not part of the first name.
            names[i] = row[i].Span.Trim().TrimStart('\uFEFF').ToString();
        }

        var header = new Header(name, names);
        foreach (var repeated in names.Where(n => n.Length > 0).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            // The 2021 groupings repeat SNP after every SNn: a proximity label, not read.
            if (!repeated.Key.Equals("SNP", StringComparison.OrdinalIgnoreCase))
            {
                _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvColumnDuplicate, "The header names this column more than once; the first is read.")
                {
                    Source = name,
                    Line = 1,
                    Column = repeated.Key,
                });
            }
        }

        return header;
    }

    private void Reject(string name, int line, string column, string value, string code, string reason) =>
        _findings.Add(new Diagnostic(DiagnosticSeverity.Error, code, reason) { Source = name, Line = line, Column = column, Value = value });

    private void Warn(string name, int line, string column, string? value, string code, string reason, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        if (_findings.Admit(severity, name, code, column))
        {
            _findings.List(new Diagnostic(severity, code, reason) { Source = name, Line = line, Column = column, Value = value });
        }
    }

    private static int NameYear(string name) =>
        NameYearPattern().Match(Path.GetFileName(name)) is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(?<!\d)20\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NameYearPattern();

    [GeneratedRegex(@"^SN_?(\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeighbourColumn();

    private sealed class Pending
    {
        public PublishedFigure? Figure { get; set; }

        public decimal? Denominator { get; set; }
    }
}
