using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// An xlsx workbook opened for reading, defensively: the container is sniffed first (an OLE compound file is an .xls
// or an encrypted workbook, reported not parsed), the zip's entries are counted and their declared sizes checked
// before anything is decompressed, every part is decompressed through the budget, and every XML part is read with
// DTDs prohibited and no resolver. Only what reading the lists needs is parsed: the workbook (sheet names, their
// parts, date1904), its relationships and the shared strings; styles are not read, because cells are typed by the
// list's column, not by their format.
internal sealed class XlsxPackage : IDisposable
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly AnnexAReadOptions _options;
    private readonly XlsxBudget _budget;

    private XlsxPackage(ZipArchive zip, AnnexAReadOptions options)
    {
        _zip = zip;
        _options = options;
        _budget = new XlsxBudget(options.MaxUncompressedBytes, options.MaxCompressionRatio);
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }
    }

    // Whether serial dates count from 1904 (workbookPr date1904).
    public bool Date1904 { get; private set; }

    // The worksheets in workbook order: name and part path.
    public IReadOnlyList<(string Name, string Part)> Sheets { get; private set; } = [];

    public IReadOnlyList<string> SharedStrings { get; private set; } = [];

    // Opens the workbook; a stream that cannot seek is copied first (ZipArchive needs the central directory at the
    // end), within the size budget.
    public static XlsxPackage Open(Stream stream, AnnexAReadOptions options)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (copy.Length + read > options.MaxUncompressedBytes)
                {
                    throw new XlsxFault(DiagnosticCodes.AnnexAZipBomb, "The workbook is larger than AnnexAReadOptions.MaxUncompressedBytes; it is not read.");
                }

                copy.Write(buffer, 0, read);
            }

            copy.Position = 0;
            stream = copy;
        }

        Sniff(stream);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw new XlsxFault(DiagnosticCodes.AnnexAZipDamaged, $"The workbook is not a readable zip (truncated or damaged: {e.Message}); nothing is read.");
        }

        var package = new XlsxPackage(zip, options);
        try
        {
            package.CheckEntries();
            package.Load();
            return package;
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    public void Dispose() => _zip.Dispose();

    // Reads a part through the budget with the safe XML settings.
    public XmlReader OpenXml(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            throw new XlsxFault(DiagnosticCodes.AnnexAPartMissing, $"The workbook has no part '{part}'.");
        }

        Stream raw;
        try
        {
            raw = entry.Open();
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            // NotSupportedException: a compression method ZipArchive does not implement (a damaged method field).
            throw new XlsxFault(DiagnosticCodes.AnnexAZipDamaged, $"The part '{part}' cannot be decompressed ({e.Message}).");
        }

        var limited = new XlsxLimitedStream(raw, _budget, part, entry.CompressedLength);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        return XmlReader.Create(limited, settings);
    }

    private static void Sniff(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        var start = stream.Position;
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        if (n == 8 && head.SequenceEqual(OleSignature))
        {
            throw new XlsxFault(DiagnosticCodes.AnnexAXls,
                "The file is an OLE compound document: an Excel 97-2003 workbook (.xls) or a password-protected workbook. Only .xlsx is read; save it as an Excel Workbook (.xlsx) without a password.");
        }

        if (n < 4 || head[0] != (byte)'P' || head[1] != (byte)'K')
        {
            throw new XlsxFault(DiagnosticCodes.AnnexANotXlsx, "The file is not an xlsx workbook (it is not a zip package); nothing is read.");
        }
    }

    private void CheckEntries()
    {
        if (_zip.Entries.Count > _options.MaxZipEntries)
        {
            throw new XlsxFault(DiagnosticCodes.AnnexAZipBomb, string.Create(CultureInfo.InvariantCulture,
                $"The workbook has {_zip.Entries.Count} zip entries, more than AnnexAReadOptions.MaxZipEntries ({_options.MaxZipEntries}); nothing is read."));
        }

        long declared = 0;
        foreach (var entry in _zip.Entries)
        {
            declared += entry.Length;
            var probe = new XlsxBudget(_options.MaxUncompressedBytes, _options.MaxCompressionRatio);
            probe.CheckRatio(entry.FullName, entry.Length, entry.CompressedLength);
            if (declared > _options.MaxUncompressedBytes)
            {
                throw new XlsxFault(DiagnosticCodes.AnnexAZipBomb, string.Create(CultureInfo.InvariantCulture,
                    $"The workbook declares {declared}+ uncompressed bytes, more than AnnexAReadOptions.MaxUncompressedBytes ({_options.MaxUncompressedBytes}); nothing is read."));
            }
        }
    }

    private void Load()
    {
        var workbook = FindWorkbook();
        var rels = ReadRelationships(RelationshipsPart(workbook), Folder(workbook));
        var sheets = new List<(string, string)>();
        using (var xml = OpenXml(workbook))
        {
            xml.MoveToContent();
            if (xml.NamespaceURI == StrictNamespace)
            {
                throw new XlsxFault(DiagnosticCodes.AnnexAStrictOoxml,
                    "The workbook is saved as Strict Open XML Spreadsheet, which this reader does not parse; save it as an Excel Workbook (.xlsx).");
            }

            if (xml.LocalName != "workbook" || xml.NamespaceURI != MainNamespace)
            {
                throw new XlsxFault(DiagnosticCodes.AnnexANotXlsx, $"The workbook part's root is '{xml.Name}', not a spreadsheet workbook; nothing is read.");
            }

            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNamespace)
                {
                    continue;
                }

                if (xml.LocalName == "workbookPr")
                {
                    var date1904 = xml.GetAttribute("date1904");
                    Date1904 = date1904 is "1" || string.Equals(date1904, "true", StringComparison.OrdinalIgnoreCase);
                }
                else if (xml.LocalName == "sheet")
                {
                    var name = xml.GetAttribute("name") ?? "";
                    var id = xml.GetAttribute("id", RelationshipsNamespace);
                    if (id is not null && rels.TryGetValue(id, out var target) && target.Type.EndsWith("/worksheet", StringComparison.Ordinal))
                    {
                        sheets.Add((name, target.Part));
                    }
                }
            }
        }

        Sheets = sheets;
        var shared = rels.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Part;
        SharedStrings = shared is not null && _entries.ContainsKey(shared) ? XlsxSharedStrings.Read(OpenXml(shared)) : [];
    }

    private string FindWorkbook()
    {
        if (_entries.ContainsKey("_rels/.rels"))
        {
            foreach (var (_, rel) in ReadRelationships("_rels/.rels", ""))
            {
                if (rel.Type.EndsWith("/officeDocument", StringComparison.Ordinal))
                {
                    if (rel.Type.StartsWith("http://purl.oclc.org/", StringComparison.Ordinal))
                    {
                        throw new XlsxFault(DiagnosticCodes.AnnexAStrictOoxml,
                            "The workbook is saved as Strict Open XML Spreadsheet, which this reader does not parse; save it as an Excel Workbook (.xlsx).");
                    }

                    return rel.Part;
                }
            }
        }

        return _entries.ContainsKey("xl/workbook.xml")
            ? "xl/workbook.xml"
            : throw new XlsxFault(DiagnosticCodes.AnnexAPartMissing, "The package has no workbook part; it is not an xlsx workbook.");
    }

    private Dictionary<string, (string Type, string Part)> ReadRelationships(string part, string folder)
    {
        var rels = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (!_entries.ContainsKey(part))
        {
            return rels;
        }

        using var xml = OpenXml(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.NamespaceURI == PackageRelationshipsNamespace
                && !string.Equals(xml.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            {
                var id = xml.GetAttribute("Id");
                var target = xml.GetAttribute("Target");
                if (id is not null && target is not null)
                {
                    rels.TryAdd(id, (xml.GetAttribute("Type") ?? "", Resolve(folder, target)));
                }
            }
        }

        return rels;
    }

    // A relationship's target: absolute (/xl/worksheets/sheet1.xml) or relative to the source part's folder.
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(Uri.UnescapeDataString(segment));
            }
        }

        return string.Join('/', parts);
    }

    private static string Folder(string part) => part.LastIndexOf('/') is var i and >= 0 ? part[..(i + 1)] : "";

    private static string RelationshipsPart(string part) => Folder(part) + "_rels/" + part[(part.LastIndexOf('/') + 1)..] + ".rels";
}
