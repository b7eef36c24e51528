using System.Globalization;
using System.Text;
using ChildrensSocialCare.Indicators.Records;
using nietras.SeparatedValues;

namespace ChildrensSocialCare.Indicators.Formats;

// Reads SSDA903 CSV table files into returns. Each file is streamed once with Sep (twice for the episodes of a return
// whose year must be inferred): cells are spans, dates are parsed by hand, repeated text comes from string pools.
internal sealed class Ssda903CsvReader
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly ReadOptions _options;
    private readonly Findings _findings;
    private readonly FieldReader _fields;
    private readonly List<Tally> _tallies = [];
    private readonly Dictionary<(string?, int?), Ssda903ReturnBuilder> _returns = [];
    private readonly StringPool _childIds = new(4096, 32);
    private readonly StringPool _authorities = new(64, 32);

    // The return of the last pooled row, with what chose it: consecutive rows of a pooled file are mostly of one
    // authority and year, so they skip the lookup and the per-file registration of Return.
    private (string Authority, int? Year, string Source, Ssda903TableSpec Table, Ssda903ReturnBuilder Builder)? _lastPooled;

    public Ssda903CsvReader(ReadOptions options)
    {
        _options = options;
        _findings = new Findings(options.MaxRepeatedFindings);
        _fields = new FieldReader(_findings, StatutoryReturn.Ssda903);
    }

    // A file to read: its name (for messages, the table and the year) and how to open it. A caller's stream is left
    // open; one that cannot seek is read in a single pass (no look-ahead for the year).
    public sealed record Input(string Source, Func<Stream> Open, bool LeaveOpen = false, bool SinglePass = false);

    private sealed class Plan(Input input, Ssda903TableSpec? table, string[] header, bool pooled, int? year)
    {
        public Input Input { get; } = input;

        // A single-pass input's reader, positioned after the header row.
        public SepReader? Open { get; set; }

        public Ssda903TableSpec? Table { get; } = table;

        public string[] Header { get; } = header;

        public bool Pooled { get; } = pooled;

        public int? Year { get; set; } = year;
    }

    public ReadResult Read(IEnumerable<Input> inputs)
    {
        var plans = inputs.Select(PlanFile).ToList();
        InferMissingYears(plans);
        foreach (var plan in plans)
        {
            ReadFile(plan);
            _findings.Close(plan.Input.Source);
        }

        var builders = _returns.Values
            .OrderBy(b => b.Authority is null ? 0 : 1)
            .ThenBy(b => b.Authority, StringComparer.Ordinal)
            .ThenBy(b => b.Year ?? int.MinValue)
            .ToList();
        var returns = new List<RecordSet>();
        var authorities = new Dictionary<RecordSet, string>();
        foreach (var builder in builders)
        {
            var records = builder.Build(_findings);
            returns.Add(records);
            if (builder.Authority is { } la)
            {
                authorities[records] = la;
            }
        }

        _findings.Close();

        return new ReadResult(returns, _findings.All, _tallies.Select(t => t.ToCount()).ToList(), authorities);
    }

    // Reads the header row of a file to find its table, whether it is pooled (LA and YEAR columns), and its year.
    private Plan PlanFile(Input input)
    {
        var reader = Reader(input);
        var header = reader.MoveNext() ? HeaderOf(reader.Current) : [];
        if (!input.SinglePass)
        {
            reader.Dispose();
        }

        var columns = new HashSet<string>(header, StringComparer.Ordinal);
        var pooled = columns.Contains("LA") && columns.Contains("YEAR");
        var byName = Ssda903TableSpec.FromFileName(input.Source);
        var byHeader = Ssda903TableSpec.FromHeader(columns);
        var table = byName is not null && byName.Columns.Where((_, i) => byName.Needs[i] == Need.Key).All(columns.Contains)
            ? byName
            : byHeader ?? byName;
        var year = pooled ? null : _options.CollectionYear ?? YearText.FromFileName(input.Source, _options.FileNameYear);
        return new Plan(input, table, header, pooled, year) { Open = input.SinglePass ? reader : null };
    }

    // A return with no year from the caller or the file names takes the reporting year of its latest DECOM, found
    // before reading so that its codes are checked against the right year's lists.
    private void InferMissingYears(List<Plan> plans)
    {
        var unknown = plans.Where(p => !p.Pooled && p.Year is null && !p.Input.SinglePass).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        DateOnly? latest = null;
        foreach (var plan in unknown.Where(p => p.Table == Ssda903TableSpec.Episodes))
        {
            if (LatestDecom(plan) is { } d && (latest is not { } l || d > l))
            {
                latest = d;
            }
        }

        if (latest is not { } found)
        {
            return;
        }

        var year = DateText.CollectionYearOf(found);
        foreach (var plan in unknown)
        {
            plan.Year = year;
        }

        _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.Ssda903CollectionYearInferred,
            string.Create(CultureInfo.InvariantCulture,
                $"No collection year was given or found in the file names; {year} is inferred from the latest DECOM, {DateText.ToDmy(found)} (the reporting year it falls in)."))
        {
            Source = Ssda903ReturnBuilder.Describe(unknown.Select(p => p.Input.Source).ToList()),
        });
    }

    private static DateOnly? LatestDecom(Plan plan)
    {
        var column = Array.IndexOf(plan.Header, "DECOM");
        if (column < 0)
        {
            return null;
        }

        DateOnly? latest = null;
        using var reader = Reader(plan.Input);
        if (!reader.MoveNext())
        {
            return null;
        }

        foreach (var row in reader)
        {
            if (column < row.ColCount && DateText.TryParse(row[column].Span.Trim(), out var d) && (latest is not { } l || d > l))
            {
                latest = d;
            }
        }

        return latest;
    }

    private void ReadFile(Plan plan)
    {
        var source = plan.Input.Source;
        var table = plan.Table;
        var tally = new Tally(source, table?.Name ?? "unknown");
        _tallies.Add(tally);
        using var reader = plan.Open ?? Reader(plan.Input);
        if (plan.Open is null ? !reader.MoveNext() : plan.Header.Length == 0)
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvEmpty, "The file is empty: it has no header row.") { Source = source });
            return;
        }

        _fields.Source = source;
        if (table is null || table == Ssda903TableSpec.DeprivationOfLiberty)
        {
            ReadUnloadable(plan, reader, tally);
            return;
        }

        var map = MapColumns(plan, table);
        if (map is null)
        {
            CountRejected(reader, tally);
            return;
        }

        var pools = table.Columns.Select(_ => new StringPool(256, 32)).ToArray();
        pools[0] = _childIds;
        var laColumn = Array.IndexOf(plan.Header, "LA");
        var yearColumn = Array.IndexOf(plan.Header, "YEAR");
        Ssda903ReturnBuilder? fixedReturn = plan.Pooled ? null : Return(null, plan.Year, source, table);
        _fields.Year = plan.Year;
        var width = plan.Header.Length;
        var addRecord = AdderFor(table);
        try
        {
            foreach (var row in reader)
            {
                if (IsBlank(row))
                {
                    continue;
                }

                tally.Read++;
                _fields.Begin(row.LineNumberFrom, null);
                if (row.ColCount != width)
                {
                    _fields.Report(DiagnosticSeverity.Warning, DiagnosticCodes.CsvRowWidth, null, null,
                        string.Create(CultureInfo.InvariantCulture, $"The row has {row.ColCount} cells but the header has {width}; missing cells are blank and extra cells ignored."));
                }

                var target = fixedReturn ?? PooledReturn(row, laColumn, yearColumn, source, table);
                if (target is null)
                {
                    tally.Rejected++;
                    continue;
                }

                var cells = new RecordCells(row, map);
                if (addRecord(ref cells, pools, target))
                {
                    tally.Accepted++;
                }
                else
                {
                    tally.Rejected++;
                }
            }
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            Unreadable(source, e);
        }
    }

    // Builds and adds one record from the cells of a row; false when it was rejected.
    private delegate bool RecordAdder(ref RecordCells cells, StringPool[] pools, Ssda903ReturnBuilder target);

    // The table's record builder, chosen once per file rather than once per row.
    private RecordAdder AdderFor(Ssda903TableSpec table)
    {
        var fr = _fields;
        return table.Name switch
        {
            "episodes" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
            {
                if (Ssda903Records.Episode(ref c, fr, p) is not { } episode)
                {
                    return false;
                }

                target.AddEpisode(episode, fr);
                return true;
            },
            "header" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                Ssda903Records.Header(ref c, fr, p) is { } child && target.AddChild(child, fr),
            "reviews" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                Add(target.Records.Reviews, Ssda903Records.Review(ref c, fr, p)),
            "uasc" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                AddOnePerChild(target, table, target.Records.UnaccompaniedAsylumSeekers, Ssda903Records.Uasc(ref c, fr, p), u => u.ChildId),
            "oc2" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                AddOnePerChild(target, table, target.Records.HealthOutcomes, Ssda903Records.Oc2(ref c, fr, p), o => o.ChildId),
            "oc3" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                AddOnePerChild(target, table, target.Records.CareLeaverOutcomes, Ssda903Records.Oc3(ref c, fr, p, target.Year), o => o.ChildId),
            "ad1" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                AddOnePerChild(target, table, target.Records.Adoptions, Ssda903Records.Ad1(ref c, fr, p), a => a.ChildId),
            "placed_for_adoption" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                Add(target.Records.PlacedForAdoption, Ssda903Records.PlacedForAdoption(ref c, fr, p)),
            "previous_permanence" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                AddOnePerChild(target, table, target.Records.PreviousPermanence, Ssda903Records.PreviousPermanence(ref c, fr, p), x => x.ChildId),
            "missing" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                Add(target.Records.MissingEpisodes, Ssda903Records.Missing(ref c, fr, p)),
            "social_worker" => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) =>
                Add(target.Records.SocialWorkerEpisodes, Ssda903Records.SocialWorker(ref c, fr, p)),
            _ => (ref RecordCells c, StringPool[] p, Ssda903ReturnBuilder target) => false,
        };
    }

    private static bool Add<T>(List<T> list, T? record)
        where T : class
    {
        if (record is null)
        {
            return false;
        }

        list.Add(record);
        return true;
    }

    private bool AddOnePerChild<T>(Ssda903ReturnBuilder target, Ssda903TableSpec table, List<T> list, T? record, Func<T, string> child)
        where T : class
    {
        if (record is null)
        {
            return false;
        }

        target.CheckOnePerChild(table.Name, child(record), _fields);
        list.Add(record);
        return true;
    }

    // The return a pooled row belongs to, from its LA and YEAR cells; null (and the row reported) when they are unusable.
    private Ssda903ReturnBuilder? PooledReturn(SepReader.Row row, int laColumn, int yearColumn, string source, Ssda903TableSpec table)
    {
        var la = laColumn < row.ColCount ? row[laColumn].Span.Trim() : [];
        var yearText = yearColumn < row.ColCount ? row[yearColumn].Span.Trim() : [];
        if (la.IsEmpty)
        {
            _fields.Report(DiagnosticSeverity.Error, DiagnosticCodes.ValueMissing, "LA", null,
                "The local authority is blank, so the row cannot be placed in a return and is rejected.");
            return null;
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
        {
            _fields.Report(DiagnosticSeverity.Error, yearText.IsEmpty ? DiagnosticCodes.ValueMissing : DiagnosticCodes.ValueInvalid, "YEAR",
                yearText.IsEmpty ? null : yearText.ToString(), "The year is not a year, so the row cannot be placed in a return and is rejected.");
            return null;
        }

        var collectionYear = _options.CollectionYear ?? YearText.FromYearValue(year, _options.FileNameYear);
        _fields.Year = collectionYear;
        var authority = _authorities.Get(la);
        if (_lastPooled is { } last && ReferenceEquals(last.Authority, authority) && last.Year == collectionYear
            && ReferenceEquals(last.Source, source) && last.Table == table)
        {
            CheckCollected(last.Builder, source, table);
            return last.Builder;
        }

        var builder = Return(authority, collectionYear, source, table);
        _lastPooled = (authority, collectionYear, source, table, builder);
        return builder;
    }

    private Ssda903ReturnBuilder Return(string? authority, int? year, string source, Ssda903TableSpec table)
    {
        if (!_returns.TryGetValue((authority, year), out var builder))
        {
            builder = new Ssda903ReturnBuilder(authority, year);
            _returns[(authority, year)] = builder;
        }

        CheckCollected(builder, source, table);
        builder.AddSource(source);
        builder.AddTable(table.Name, source, _findings);
        return builder;
    }

    // Social worker episodes are collected from 2024.
    private void CheckCollected(Ssda903ReturnBuilder builder, string source, Ssda903TableSpec table)
    {
        if (builder.Year is { } y && y < 2024 && table == Ssda903TableSpec.SocialWorker)
        {
            NotCollected(builder, source);
        }
    }

    private void NotCollected(Ssda903ReturnBuilder builder, string source)
    {
        if (builder.Records.SocialWorkerEpisodes.Count == 0)
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.Ssda903TableNotCollected,
                string.Create(CultureInfo.InvariantCulture, $"The social worker table is collected from 2024; this return is for {builder.Year}. Its codes are checked against the 2024 list."))
            {
                Source = source,
            });
        }
    }

    // Matches the header to the table's columns (case-insensitive, any order). Null when a column that identifies the
    // record is absent, in which case every row is rejected.
    private int[]? MapColumns(Plan plan, Ssda903TableSpec table)
    {
        var source = plan.Input.Source;
        var map = new int[table.Columns.Length];
        Array.Fill(map, -1);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Header.Length; i++)
        {
            var name = plan.Header[i];
            var column = table.IndexOf(name);
            if (!used.Add(name))
            {
                _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvColumnDuplicate,
                    "The header names this column more than once; the first is used.") { Source = source, Line = 1, Column = name });
            }
            else if (column >= 0)
            {
                map[column] = i;
            }
            else if (!(plan.Pooled && name is "LA" or "YEAR"))
            {
                _findings.Add(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.CsvColumnIgnored,
                    $"The {table.Name} table has no column {name}; it is ignored.") { Source = source, Line = 1, Column = name });
            }
        }

        var usable = true;
        for (var c = 0; c < map.Length; c++)
        {
            if (map[c] >= 0)
            {
                continue;
            }

            var need = table.Needs[c];
            usable &= need != Need.Key;
            _findings.Add(new Diagnostic(
                need switch { Need.Key => DiagnosticSeverity.Error, Need.Expected => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Information },
                DiagnosticCodes.CsvColumnMissing,
                need switch
                {
                    Need.Key => $"The {table.Name} table needs column {table.Columns[c]} to identify its records; every row is rejected.",
                    Need.Expected => $"The {table.Name} table should have column {table.Columns[c]}; its values are missing.",
                    _ => $"The optional column {table.Columns[c]} is absent; its values are blank.",
                })
            {
                Source = source,
                Line = 1,
                Column = table.Columns[c],
            });
        }

        return usable ? map : null;
    }

    // An unknown table (or deprivation of liberty, which the core has no record for): one error for the file, every
    // row counted as rejected. Deprivation-of-liberty rows are still checked, so a bad date is reported.
    private void ReadUnloadable(Plan plan, SepReader reader, Tally tally)
    {
        var source = plan.Input.Source;
        var dolo = plan.Table == Ssda903TableSpec.DeprivationOfLiberty;
        _findings.Add(new Diagnostic(DiagnosticSeverity.Error,
            dolo ? DiagnosticCodes.Ssda903TableUnsupported : DiagnosticCodes.Ssda903TableUnknown,
            dolo
                ? "Deprivation of liberty (DoLo) rows are checked but not loaded: the indicators have no record for them. Every row is counted as rejected."
                : $"The file is not an SSDA903 table: neither its name nor its columns ({string.Join(", ", plan.Header)}) identify one. Its rows are not read.")
        {
            Source = source,
        });

        int[]? map = null;
        StringPool[]? pools = null;
        if (dolo)
        {
            map = MapColumns(plan, Ssda903TableSpec.DeprivationOfLiberty);
            pools = Ssda903TableSpec.DeprivationOfLiberty.Columns.Select(_ => new StringPool(16, 32)).ToArray();
            _fields.Year = plan.Year;
        }

        try
        {
            foreach (var row in reader)
            {
                if (IsBlank(row))
                {
                    continue;
                }

                tally.Read++;
                tally.Rejected++;
                if (map is not null)
                {
                    _fields.Begin(row.LineNumberFrom, null);
                    var cells = new RecordCells(row, map);
                    Ssda903Records.DeprivationOfLiberty(ref cells, _fields, pools!);
                }
            }
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            Unreadable(source, e);
        }
    }

    private void CountRejected(SepReader reader, Tally tally)
    {
        try
        {
            foreach (var row in reader)
            {
                if (!IsBlank(row))
                {
                    tally.Read++;
                    tally.Rejected++;
                }
            }
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            Unreadable(tally.Source, e);
        }
    }

    private void Unreadable(string source, Exception e) =>
        _findings.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CsvUnreadable,
            $"The CSV text cannot be read any further ({e.Message}); the rest of the file is not read.")
        {
            Source = source,
        });

    private static SepReader Reader(Input input) =>
        Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true })
            .From(new StreamReader(input.Open(), s_utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: input.LeaveOpen));

    private static string[] HeaderOf(SepReader.Row row)
    {
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            // A byte order mark left inside the text (a file saved twice) is not part of the first name.
            names[i] = row[i].Span.Trim().TrimStart('\uFEFF').ToString().ToUpperInvariant();
        }

        return names;
    }

    private static bool IsBlank(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }
}
