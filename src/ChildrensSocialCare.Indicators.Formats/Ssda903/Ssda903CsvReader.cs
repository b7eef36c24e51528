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
    private readonly List<string> _unread = [];

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
    // A file on disk has its Path, so that a folder, a pipe or the same file twice is found before it is opened.
    public sealed record Input(string Source, Func<Stream> Open, bool LeaveOpen = false, bool SinglePass = false, string? Path = null);

    private sealed class Plan(Input input, Ssda903TableSpec? table, string[] header, bool pooled, int? year)
    {
        public Input Input { get; } = input;

        // A single-pass input's reader, positioned after the header row, and its guard.
        public SepReader? Open { get; set; }

        public CsvLineGuard? Guard { get; set; }

        public bool HasHeader { get; init; }

        // Why the file cannot be read as a table (a code and a message), found from its header.
        public (string Code, string Message)? Unusable { get; init; }

        public Ssda903TableSpec? Table { get; } = table;

        public string[] Header { get; } = header;

        public bool Pooled { get; } = pooled;

        public int? Year { get; set; } = year;
    }

    public ReadResult Read(IEnumerable<Input> inputs)
    {
        var plans = Screen(inputs).Select(PlanFile).ToList();
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

        return new ReadResult(returns, _findings.All, _tallies.Select(t => t.ToCount()).ToList(), authorities, _unread);
    }

    // The inputs worth opening: a folder, an empty file or a pipe or device (which would block on open: its length is 0
    // too) is reported and skipped; a file given twice, or two files with the same bytes, are read once.
    private IEnumerable<Input> Screen(IEnumerable<Input> inputs)
    {
        var files = new List<(Input Input, FileInfo Info)>();
        foreach (var input in inputs)
        {
            if (input.Path is not { } path)
            {
                yield return input;
                continue;
            }

            if (Directory.Exists(path))
            {
                _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvNotAFile,
                    "This is a folder with a table file's name, not a file; it is not read.") { Source = input.Source });
                continue;
            }

            var info = new FileInfo(path);
            if (info.Exists && info.Length == 0)
            {
                _tallies.Add(new Tally(input.Source, Ssda903TableSpec.FromFileName(input.Source)?.Name ?? "unknown"));
                _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvEmpty,
                    "The file is empty, or is not a regular file (a named pipe or a device, which is never opened); it has no header row.") { Source = input.Source });
                continue;
            }

            var full = System.IO.Path.GetFullPath(path);
            var same = files.FirstOrDefault(f => string.Equals(f.Info.FullName, full, StringComparison.Ordinal)
                || (info.Exists && f.Info.Exists && f.Info.Length == info.Length && SameBytes(f.Info, info)));
            if (same.Input is { } first)
            {
                // An error, not a warning: records supplied twice are a fault of what was sent (figures from both copies
                // would be inflated). It is read once, so the file is not unread and the figures stand.
                _findings.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CsvFileDuplicate,
                    string.Equals(same.Info.FullName, full, StringComparison.Ordinal)
                        ? "The file is given more than once; it is read once."
                        : $"The file has the same content as {first.Source}; it is read once, as that file, so that its records are not counted twice.")
                {
                    Source = input.Source,
                });
                continue;
            }

            files.Add((input, new FileInfo(full)));
            yield return input;
        }
    }

    private static bool SameBytes(FileInfo a, FileInfo b)
    {
        using var x = a.OpenRead();
        using var y = b.OpenRead();
        return System.Security.Cryptography.SHA256.HashData(x).AsSpan().SequenceEqual(System.Security.Cryptography.SHA256.HashData(y));
    }

    // Reads the header row of a file to find its table, whether it is pooled (LA and YEAR columns), and its year.
    private Plan PlanFile(Input input)
    {
        var reader = Reader(input, out var guard);
        var hasHeader = reader.MoveNext();
        var width = hasHeader ? reader.Current.ColCount : 0;
        var header = hasHeader && width <= _options.MaxCsvColumns ? HeaderOf(reader.Current) : [];
        var unusable = Unusable(guard, width, header);
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
        // Named as one table, its columns another's: reading it by its columns would leave the return without the table
        // its name promises (episodes read as a second header table: every looked-after figure 0), so it is not read.
        if (unusable is null && byName is not null && byHeader is not null && table != byName)
        {
            unusable = (DiagnosticCodes.Ssda903TableMisnamed,
                $"The file is named as the {byName.Name} table, but its columns are those of the {byHeader.Name} table (it has no {string.Join(", ", byName.Columns.Where((_, i) => byName.Needs[i] == Need.Key).Where(c => !columns.Contains(c)))}). Give the {byName.Name} table under this name; it is not read.");
        }

        var year = pooled ? null : _options.CollectionYear ?? YearText.FromFileName(input.Source, _options.FileNameYear);
        return new Plan(input, table, header, pooled, year)
        {
            Open = input.SinglePass ? reader : null,
            Guard = input.SinglePass ? guard : null,
            HasHeader = hasHeader,
            Unusable = unusable,
        };
    }

    // A file whose header shows it cannot be read as a table: binary, a header row too long or too wide, another
    // delimiter than the comma.
    private (string Code, string Message)? Unusable(CsvLineGuard guard, int width, string[] header)
    {
        foreach (var e in guard.Events)
        {
            if (e.Kind == CsvLineGuard.Kind.Binary)
            {
                return (DiagnosticCodes.CsvBinary,
                    "The file is not text: it has NUL bytes (a binary file, a spreadsheet saved with a .csv name, or UTF-16 text without a byte order mark). Save it as CSV (UTF-8); it is not read.");
            }

            if (e.Line == 1 && e.Kind is CsvLineGuard.Kind.TooLong or CsvLineGuard.Kind.UnterminatedQuote)
            {
                return (e.Kind == CsvLineGuard.Kind.TooLong ? DiagnosticCodes.CsvRowTooLong : DiagnosticCodes.CsvQuoteUnterminated,
                    e.Kind == CsvLineGuard.Kind.TooLong
                        ? string.Create(CultureInfo.InvariantCulture, $"The header row (line 1) is {e.Length:N0} characters long, more than the limit of {_options.MaxCsvRowCharacters:N0} (ReadOptions.MaxCsvRowCharacters): the file has no usable header and is not read.")
                        : "The file ends inside a quoted value of its header row: the file has no usable header and is not read.");
            }
        }

        if (width > _options.MaxCsvColumns)
        {
            return (DiagnosticCodes.CsvHeaderTooWide, string.Create(CultureInfo.InvariantCulture,
                $"The header has {width:N0} columns, more than the limit of {_options.MaxCsvColumns:N0} (ReadOptions.MaxCsvColumns); an SSDA903 table has at most 13. The file is not read."));
        }

        if (header.Length == 1 && header[0].AsSpan().IndexOfAny(';', '\t', '|') is var at and >= 0)
        {
            var name = header[0][at] switch { ';' => "semicolons", '\t' => "tabs", _ => "vertical bars" };
            return (DiagnosticCodes.CsvDelimiter,
                $"The file is separated by {name}, not commas (its header is one column, {Shorten(header[0])}). Save it as comma-separated CSV; it is not read.");
        }

        return null;
    }

    // A value from a file, short enough to quote in a message.
    internal static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");

    // A return with no year from the caller or the file names takes the year most of its episodes' dates fall in
    // (YearVote), found before reading so that its codes are checked against the right year's lists.
    private void InferMissingYears(List<Plan> plans)
    {
        var unknown = plans.Where(p => !p.Pooled && p.Year is null && !p.Input.SinglePass).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var vote = new YearVote();
        foreach (var plan in unknown.Where(p => p.Table == Ssda903TableSpec.Episodes && p.Unusable is null))
        {
            CountDates(plan, vote);
        }

        if (vote.Decide(Ssda903ReturnBuilder.Describe(unknown.Select(p => p.Input.Source).ToList()), "") is not { } decided)
        {
            return;
        }

        foreach (var plan in unknown)
        {
            plan.Year = decided.Year;
        }

        _findings.Add(decided.Finding);
    }

    private void CountDates(Plan plan, YearVote vote)
    {
        var decom = Array.IndexOf(plan.Header, "DECOM");
        var dec = Array.IndexOf(plan.Header, "DEC");
        if (decom < 0)
        {
            return;
        }

        try
        {
            using var reader = Reader(plan.Input, out _);
            if (!reader.MoveNext())
            {
                return;
            }

            foreach (var row in reader)
            {
                if (decom < row.ColCount && DateText.TryParse(FieldReader.Trim(row[decom].Span), out var d))
                {
                    vote.Add(d);
                }

                if (dec >= 0 && dec < row.ColCount && DateText.TryParse(FieldReader.Trim(row[dec].Span), out var e))
                {
                    vote.Add(e);
                }
            }
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            // The main pass reports the fault.
        }
    }

    private void ReadFile(Plan plan)
    {
        var source = plan.Input.Source;
        var table = plan.Table;
        var tally = new Tally(source, table?.Name ?? "unknown");
        _tallies.Add(tally);
        var guard = plan.Guard!;
        using var reader = plan.Open ?? Reader(plan.Input, out guard);
        var rows = new Rows(guard, plan.Header, tally, 0);
        var hasHeader = plan.Open is null ? reader.MoveNext() : plan.HasHeader;
        if (plan.Unusable is { } unusable)
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Error, unusable.Code, unusable.Message) { Source = source, Line = 1 });
            _unread.Add(source);
            CountRejected(reader, ref rows);
            return;
        }

        if (!hasHeader)
        {
            _findings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvEmpty, "The file is empty: it has no header row.") { Source = source });
            return;
        }

        _fields.Source = source;
        if (table is null || table == Ssda903TableSpec.DeprivationOfLiberty)
        {
            ReadUnloadable(plan, reader, ref rows);
            return;
        }

        var map = MapColumns(plan, table);
        if (map is null)
        {
            _unread.Add(source);
            CountRejected(reader, ref rows);
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
                if (rows.Pending)
                {
                    Report(ref rows, row.LineNumberFrom);
                }

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

            Report(ref rows, long.MaxValue);
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            Unreadable(source, e);
        }
    }

    // The rows of a file being read: its guard, whose events are reported in line order as the rows pass them.
    private struct Rows(CsvLineGuard guard, string[] header, Tally tally, int reported)
    {
        public readonly CsvLineGuard Guard = guard;
        public readonly string[] Header = header;
        public readonly Tally Tally = tally;
        public int Reported = reported;

        public readonly bool Pending => Guard.Events.Count > Reported;
    }

    // Reports what the guard found before a line: rows too long and rows of a truncated quote are rows read and
    // rejected; a stray quote is a warning on a row that is read.
    private void Report(ref Rows rows, long before)
    {
        var events = rows.Guard.Events;
        for (; rows.Reported < events.Count && events[rows.Reported].Line < before; rows.Reported++)
        {
            var e = events[rows.Reported];
            if (e.Kind == CsvLineGuard.Kind.Binary || e.Line == 1)
            {
                // Reported for the file, from its header.
                continue;
            }

            var column = e.Column < rows.Header.Length ? rows.Header[e.Column]
                : string.Create(CultureInfo.InvariantCulture, $"column {e.Column + 1}");
            if (e.Kind is CsvLineGuard.Kind.TooLong or CsvLineGuard.Kind.UnterminatedQuote)
            {
                rows.Tally.Read++;
                rows.Tally.Rejected++;
            }

            _findings.Add(e.Kind switch
            {
                CsvLineGuard.Kind.TooLong => new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CsvRowTooLong, string.Create(CultureInfo.InvariantCulture,
                    $"The row is {e.Length:N0} characters long (the limit of {_options.MaxCsvRowCharacters:N0}, ReadOptions.MaxCsvRowCharacters, is passed in {column}); it is rejected and reading goes on at the next line.")),
                CsvLineGuard.Kind.UnterminatedQuote => new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CsvQuoteUnterminated, string.Create(CultureInfo.InvariantCulture,
                    $"The file ends inside a quoted value that opens in {column}: the quote would swallow lines {e.Line + 1}-{e.Until} (to the end of the file). The row is rejected; the lines after it are read as rows.")),
                _ when e.Until < e.Line => new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvQuoteStray, string.Create(CultureInfo.InvariantCulture,
                    $"A quote in {column} closes the stray quote of line {e.Until}; it is read as data too (the line is read without quotes).")),
                _ => new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.CsvQuoteStray, string.Create(CultureInfo.InvariantCulture,
                    $"A quote opens in {column} and does not close on this line; it would swallow lines {e.Line + 1}-{e.Until} into one value. The quote is read as data (the line is read without quotes) and the lines after it are read as rows.")),
            } with
            {
                Source = rows.Tally.Source,
                Line = e.Line,
                Column = column,
            });
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
            else if (!(plan.Pooled && name is "LA" or "YEAR")
                && _findings.Admit(DiagnosticSeverity.Information, source, DiagnosticCodes.CsvColumnIgnored, null))
            {
                // Counted per file, not per column: a header of a million columns is a hundred findings and a count.
                _findings.List(new Diagnostic(DiagnosticSeverity.Information, DiagnosticCodes.CsvColumnIgnored,
                    $"The {table.Name} table has no column {Shorten(name)}; it is ignored.") { Source = source, Line = 1, Column = Shorten(name) });
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
            var required = Array.IndexOf(table.HeaderRequired, table.Columns[c]) >= 0;
            usable &= need != Need.Key && !required;
            _findings.Add(new Diagnostic(
                need switch { Need.Key => DiagnosticSeverity.Error, _ when required => DiagnosticSeverity.Error, Need.Expected => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Information },
                DiagnosticCodes.CsvColumnMissing,
                need switch
                {
                    Need.Key => $"The {table.Name} table needs column {table.Columns[c]} to identify its records; every row is rejected. {Ssda903TableIndicators.NotAvailable(table)}",
                    _ when required => $"The {table.Name} table needs column {table.Columns[c]} (blank for an episode still open): without it every episode would look open and the indicators would be computed as if no child had left care, so every row is rejected. {Ssda903TableIndicators.NotAvailable(table)}",
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
    private void ReadUnloadable(Plan plan, SepReader reader, ref Rows rows)
    {
        var tally = rows.Tally;
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

        if (!dolo)
        {
            _unread.Add(source);
        }

        try
        {
            foreach (var row in reader)
            {
                if (rows.Pending)
                {
                    Report(ref rows, row.LineNumberFrom);
                }

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

            Report(ref rows, long.MaxValue);
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            Unreadable(source, e);
        }
    }

    private void CountRejected(SepReader reader, ref Rows rows)
    {
        try
        {
            foreach (var row in reader)
            {
                if (rows.Pending)
                {
                    Report(ref rows, row.LineNumberFrom);
                }

                if (!IsBlank(row))
                {
                    rows.Tally.Read++;
                    rows.Tally.Rejected++;
                }
            }

            Report(ref rows, long.MaxValue);
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            Unreadable(rows.Tally.Source, e);
        }
    }

    private void Unreadable(string source, Exception e)
    {
        if (!_unread.Contains(source))
        {
            _unread.Add(source);
        }

        _findings.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.CsvUnreadable,
            $"The CSV text cannot be read any further ({e.Message}); the rest of the file is not read.")
        {
            Source = source,
        });
    }

    // Sep reads the text through a guard, so that no row can be longer than Sep's limit nor a quote swallow the file.
    private SepReader Reader(Input input, out CsvLineGuard guard)
    {
        guard = new CsvLineGuard(
            new StreamReader(input.Open(), s_utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: input.LeaveOpen),
            _options.MaxCsvRowCharacters);
        return Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(guard);
    }

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
