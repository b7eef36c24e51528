using System.Globalization;
using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// Reads the SSDA903 XML return (EXPSSDA903/CHILD/HEADER and EPISODE, CLA.xsd). Each CHILD is read into a small tree,
// checked, mapped to records through the same builders as the CSV tables, then dropped.
internal sealed class Ssda903XmlReader
{
    // The element names of each table's columns (Ssda903TableSpec order); null where the value comes from HEADER.
    private static readonly string?[] s_header = [null, "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"];
    private static readonly string?[] s_episode =
        [null, "DECOM", "RNE", "LS", "CIN", "PL", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"];

    private static readonly string?[] s_review = [null, null, "REVIEW", "REVIEW_CODE"];
    private static readonly string?[] s_uasc = [null, null, null, "DUC"];
    private static readonly string?[] s_oc2 =
    [
        null, null, "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
        "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ];

    private static readonly string?[] s_oc3 = [null, null, "IN_TOUCH", "ACTIV", "ACCOM"];
    private static readonly string?[] s_ad1 = [null, null, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];
    private static readonly string?[] s_placed = [null, null, "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"];
    private static readonly string?[] s_permanence = [null, null, "PREV_PERM", "LA_PERM", "DATE_PERM"];
    private static readonly string?[] s_missing = [null, null, "MISSING", "MIS_START", "MIS_END"];

    // The elements of the format (a new shape per reader: it remembers what it has reported).
    private static XmlShape Shape() => new XmlShape()
        .Element("CHILD", "HEADER", "EPISODE")
        .Element("HEADER",
            "CHILDID UPN SEX DOB ETHNIC UASC DUC DATE_INT DATE_MATCH FOSTER_CARE NB_ADOPTR SEX_ADOPTR LS_ADOPTR IN_TOUCH ACTIV ACCOM MOTHER MC_DOB PERMANENCE OC2",
            "AMISSING AREVIEW AD_PLACED")
        .Element("AMISSING", "MISSING MIS_START MIS_END")
        .Element("AREVIEW", "REVIEW REVIEW_CODE")
        .Element("PERMANENCE", "PREV_PERM LA_PERM DATE_PERM")
        .Element("OC2", "SDQ_SCORE SDQ_REASON CONVICTED HEALTH_CHECK IMMUNISATIONS TEETH_CHECK HEALTH_ASSESSMENT SUBSTANCE_MISUSE INTERVENTION_RECEIVED INTERVENTION_OFFERED")
        .Element("AD_PLACED", "DATE_PLACED DATE_PLACED_CEASED REASON_PLACED_CEASED")
        .Element("EPISODE", "DECOM RNE LS CIN PL PL_POST HOME_POST URN PLACE_PROVIDER DEC REC REASON_PLACE_CHANGE");

    private readonly ReadOptions _options;
    private readonly Findings _findings;
    private readonly FieldReader _fields;
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly StringPool _childIds = new(4096, 32);
    private readonly Dictionary<string, StringPool[]> _pools = new(StringComparer.Ordinal);
    private readonly XmlShape _shape = Shape();
    private string _source = "";

    public Ssda903XmlReader(ReadOptions options)
    {
        _options = options;
        _findings = new Findings(options.MaxRepeatedFindings);
        _fields = new FieldReader(_findings, StatutoryReturn.Ssda903)
        {
            ElementName = c => c switch { "PLACE" => "PL", "CHILD" => "CHILDID", _ => c },
        };
    }

    public ReadResult Read(string source, Func<Stream> open, bool canReopen)
    {
        _source = source;
        _fields.Source = source;
        _shape.ResetFile();
        var year = _options.CollectionYear ?? YearText.FromFileName(source, _options.FileNameYear);
        if (year is null && canReopen && Dates(open).Decide(source, "") is { } decided)
        {
            year = decided.Year;
            _findings.Add(decided.Finding);
        }

        var builder = new Ssda903ReturnBuilder(null, year);
        builder.AddSource(source);
        _fields.Year = year;
        using (var stream = open())
        {
            ReadDocument(stream, builder);
        }

        _findings.Close(source);
        var records = builder.Build(_findings);
        _findings.Close();
        return new ReadResult([records], _findings.All, _tallies.Values.Select(t => t.ToCount()).ToList());
    }

    private void ReadDocument(Stream stream, Ssda903ReturnBuilder builder)
    {
        using var reader = XmlReader.Create(stream, XmlSafety.Settings(_options));
        var walker = new XmlWalker(reader, _shape, _fields);
        XmlTreeNode? root = null;
        XmlTreeNode? reading = null;
        try
        {
            if (!walker.StartsWithRoot("EXPSSDA903", "an SSDA903 XML return", _findings, _source))
            {
                return;
            }

            root = XmlTreeNode.Container("EXPSSDA903", null, walker.LineNumber);
            builder.AddTable("header", _source, _findings);
            walker.Children(root, name =>
            {
                if (name != "CHILD")
                {
                    return false;
                }

                reading = null;
                var child = walker.Subtrees.Read(root);
                reading = child;
                Child(child, builder);
                reading = null;
                return true;
            });
        }
        catch (XmlException e)
        {
            var partial = reading is null && walker.Subtrees.Partial is { Complete: false } p ? p : null;
            _findings.Add(XmlSafety.Fault(e, _source, partial ?? root,
                partial is null
                    ? "Reading stops here; what was read before is kept."
                    : "Reading stops here; the CHILD being read is rejected and what was read before is kept."));
            if (partial is not null)
            {
                RejectPartial(partial);
            }
        }
    }

    // One CHILD: HEADER (the header row, and the UASC, AD1 and OC3 values it carries, AMISSING, AREVIEW, PERMANENCE,
    // OC2, AD_PLACED) and its EPISODEs.
    private void Child(XmlTreeNode child, Ssda903ReturnBuilder builder)
    {
        _fields.Begin(child.Line, child);
        _shape.Check(child, _fields);
        var header = child.First("HEADER");
        _fields.Begin(header?.Line ?? child.Line, header ?? child);
        var id = header is null
            ? null
            : _fields.Id(header.First("CHILDID") is { } idNode ? idNode.TrimmedText : [], "CHILD", _childIds);
        if (header is null)
        {
            _fields.Report(DiagnosticSeverity.Error, DiagnosticCodes.ValueMissing, null, null,
                "The CHILD has no HEADER, so it has no child id; the CHILD and everything in it are rejected.");
        }

        if (id is null)
        {
            RejectAll(child);
            return;
        }

        var cells = new RecordCells(header!, s_header, id, null, null);
        var record = Ssda903Records.Header(ref cells, _fields, Pools(Ssda903TableSpec.Header));
        var tally = Tally("header");
        tally.Read++;
        if (record is not null && builder.AddChild(record, _fields))
        {
            tally.Accepted++;
        }
        else
        {
            tally.Rejected++;
        }

        var dob = record?.DateOfBirth;
        var sex = record?.Sex.Code is { Length: > 0 } s ? s : null;
        HeaderRecords(header!, id, dob, sex, builder);

        foreach (var episode in child.Each("EPISODE"))
        {
            _fields.Begin(episode.Line, episode);
            var c = new RecordCells(episode, s_episode, id, dob, sex);
            Count("episodes", Ssda903Records.Episode(ref c, _fields, Pools(Ssda903TableSpec.Episodes)), e => builder.AddEpisode(e, _fields));
        }
    }

    private void HeaderRecords(XmlTreeNode header, string id, DateOnly? dob, string? sex, Ssda903ReturnBuilder builder)
    {
        var records = builder.Records;
        var uasc = header.First("UASC") is { } flag ? flag.TrimmedText : [];
        if (uasc is not ("" or "0" or "1"))
        {
            _fields.Begin(header.Line, header);
            _fields.ChildId = id;
            _fields.Report(DiagnosticSeverity.Warning, DiagnosticCodes.ValueInvalid, "UASC", uasc.ToString(),
                "The UASC flag is not 0 or 1; the child is not taken as an unaccompanied asylum-seeking child unless DUC is given.");
        }

        if (uasc is "1" || Has(header, "DUC"))
        {
            Header(header, s_uasc, id, dob, sex, "uasc", Ssda903TableSpec.Uasc, (ref RecordCells c, StringPool[] p) => Ssda903Records.Uasc(ref c, _fields, p), records.UnaccompaniedAsylumSeekers);
        }

        if (Has(header, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"))
        {
            Header(header, s_ad1, id, dob, sex, "ad1", Ssda903TableSpec.Ad1, (ref RecordCells c, StringPool[] p) => Ssda903Records.Ad1(ref c, _fields, p), records.Adoptions);
        }

        if (Has(header, "IN_TOUCH", "ACTIV", "ACCOM"))
        {
            Header(header, s_oc3, id, dob, sex, "oc3", Ssda903TableSpec.Oc3, (ref RecordCells c, StringPool[] p) => Ssda903Records.Oc3(ref c, _fields, p, builder.Year), records.CareLeaverOutcomes);
        }

        foreach (var missing in header.Each("AMISSING"))
        {
            Header(missing, s_missing, id, dob, sex, "missing", Ssda903TableSpec.Missing, (ref RecordCells c, StringPool[] p) => Ssda903Records.Missing(ref c, _fields, p), records.MissingEpisodes);
        }

        foreach (var review in header.Each("AREVIEW"))
        {
            Header(review, s_review, id, dob, sex, "reviews", Ssda903TableSpec.Reviews, (ref RecordCells c, StringPool[] p) => Ssda903Records.Review(ref c, _fields, p), records.Reviews);
        }

        if (header.First("PERMANENCE") is { } permanence)
        {
            Header(permanence, s_permanence, id, dob, sex, "previous_permanence", Ssda903TableSpec.PreviousPermanence, (ref RecordCells c, StringPool[] p) => Ssda903Records.PreviousPermanence(ref c, _fields, p), records.PreviousPermanence);
        }

        if (header.First("OC2") is { } oc2)
        {
            Header(oc2, s_oc2, id, dob, sex, "oc2", Ssda903TableSpec.Oc2, (ref RecordCells c, StringPool[] p) => Ssda903Records.Oc2(ref c, _fields, p), records.HealthOutcomes);
        }

        foreach (var placed in header.Each("AD_PLACED"))
        {
            Header(placed, s_placed, id, dob, sex, "placed_for_adoption", Ssda903TableSpec.PlacedForAdoption, (ref RecordCells c, StringPool[] p) => Ssda903Records.PlacedForAdoption(ref c, _fields, p), records.PlacedForAdoption);
        }
    }

    private delegate T? Build<T>(ref RecordCells cells, StringPool[] pools);

    private void Header<T>(XmlTreeNode element, string?[] names, string id, DateOnly? dob, string? sex, string table, Ssda903TableSpec spec, Build<T> build, List<T> list)
        where T : class
    {
        _fields.Begin(element.Line, element);
        var cells = new RecordCells(element, names, id, dob, sex);
        Count(table, build(ref cells, Pools(spec)), list.Add);
    }

    private void Count<T>(string table, T? record, Action<T> add)
        where T : class
    {
        var tally = Tally(table);
        tally.Read++;
        if (record is null)
        {
            tally.Rejected++;
            return;
        }

        add(record);
        tally.Accepted++;
    }

    // A CHILD with no usable id: every record in it is counted as rejected (one error was reported).
    private void RejectAll(XmlTreeNode child)
    {
        foreach (var (table, count) in Contents(child))
        {
            var tally = Tally(table);
            tally.Read += count;
            tally.Rejected += count;
        }
    }

    private void RejectPartial(XmlTreeNode child) => RejectAll(child);

    private static IEnumerable<(string Table, int Count)> Contents(XmlTreeNode child)
    {
        var header = child.First("HEADER");
        yield return ("header", header is null ? 0 : 1);
        yield return ("episodes", child.Count("EPISODE"));
        if (header is null)
        {
            yield break;
        }

        yield return ("uasc", Has(header, "DUC") || header.First("UASC")?.Text.Trim() == "1" ? 1 : 0);
        yield return ("ad1", Has(header, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR") ? 1 : 0);
        yield return ("oc3", Has(header, "IN_TOUCH", "ACTIV", "ACCOM") ? 1 : 0);
        yield return ("missing", header.Count("AMISSING"));
        yield return ("reviews", header.Count("AREVIEW"));
        yield return ("previous_permanence", header.Count("PERMANENCE") > 0 ? 1 : 0);
        yield return ("oc2", header.Count("OC2") > 0 ? 1 : 0);
        yield return ("placed_for_adoption", header.Count("AD_PLACED"));
    }

    private static bool Has(XmlTreeNode header, params string[] names) =>
        names.Any(n => header.First(n) is { } node && !node.TrimmedText.IsEmpty);

    private Tally Tally(string table)
    {
        if (!_tallies.TryGetValue(table, out var tally))
        {
            tally = new Tally(_source, table);
            _tallies[table] = tally;
        }

        return tally;
    }

    private StringPool[] Pools(Ssda903TableSpec spec)
    {
        if (!_pools.TryGetValue(spec.Name, out var pools))
        {
            pools = spec.Columns.Select(_ => new StringPool(256, 32)).ToArray();
            pools[0] = _childIds;
            _pools[spec.Name] = pools;
        }

        return pools;
    }

    // A first pass over the DECOMs, to find the collection year before the codes are checked.
    private YearVote Dates(Func<Stream> open)
    {
        var vote = new YearVote();
        try
        {
            using var stream = open();
            using var reader = XmlReader.Create(stream, XmlSafety.Settings(_options));
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("DECOM" or "DEC"))
                {
                    reader.Read();
                }
                else if (DateText.TryParse(reader.ReadElementContentAsString().AsSpan().Trim(), out var d))
                {
                    vote.Add(d);
                }
            }
        }
        catch (XmlException)
        {
            // The main pass reports the fault.
        }

        return vote;
    }
}
