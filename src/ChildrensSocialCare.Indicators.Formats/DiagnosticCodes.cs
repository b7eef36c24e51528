namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// The stable codes of the <see cref="Diagnostic"/>s the readers and writers report. A code names the kind of finding;
/// the severity says what happened to the record: <see cref="DiagnosticSeverity.Error"/> means the row or element was
/// rejected (it is not in the record set), <see cref="DiagnosticSeverity.Warning"/> that it was kept with the doubtful
/// value kept or treated as missing, <see cref="DiagnosticSeverity.Information"/> that nothing was lost.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A date that does not parse (<c>dd/mm/yyyy</c> or <c>yyyy-mm-dd</c>). Warning: the value is treated as
    /// missing and the record kept. Error: the date identifies the record (DECOM, REVIEW, MIS_START, SW_DECOM, a CIN
    /// start date) and the record is rejected.</summary>
    public const string DateUnparseable = "date.unparseable";

    /// <summary>Warning: a date that parses but is before 1900 or after 2100; the value is kept.</summary>
    public const string DateImplausible = "date.implausible";

    /// <summary>A blank value. Warning: the return requires it and it is kept as not recorded. Error: it identifies the
    /// record (the child id, DECOM...) and the record is rejected.</summary>
    public const string ValueMissing = "value.missing";

    /// <summary>A number or flag that does not parse or is out of range (SDQ_SCORE, NB_ADOPTR, MOTHER,
    /// NumberOfPreviousCPP, ReferralNFA...). Warning: treated as missing. Error (the pooled <c>YEAR</c> column): the
    /// row cannot be placed in a return and is rejected.</summary>
    public const string ValueInvalid = "value.invalid";

    /// <summary>Warning: a UPN that is not a letter, eleven digits and a digit or letter (nor UN1-UN10); kept.</summary>
    public const string UpnFormat = "value.upn-format";

    /// <summary>Warning: a postcode that does not have the shape of a UK postcode; kept.</summary>
    public const string PostcodeFormat = "value.postcode-format";

    /// <summary>Warning: a code that is not in the collection year's code list (see <see cref="CodeLists"/>); the value
    /// is kept as data.</summary>
    public const string CodeUnknown = "code.unknown";

    /// <summary>Information: more findings of one kind in one column of one file than
    /// <see cref="ReadOptions.MaxRepeatedFindings"/>; the rest are counted, not listed.</summary>
    public const string Suppressed = "diagnostics.suppressed";

    /// <summary>Warning: a CSV file with no header row (empty), or a pipe or device given as a table file (its length
    /// is 0; it is never opened, so the read cannot block).</summary>
    public const string CsvEmpty = "csv.empty";

    /// <summary>Information: a CSV column the table does not use; it is ignored (reported once per file).</summary>
    public const string CsvColumnIgnored = "csv.column-ignored";

    /// <summary>A column the table has is absent from the file. Error when the column identifies the record (every row
    /// is rejected); warning when the return requires it (values are missing); information when it is optional.</summary>
    public const string CsvColumnMissing = "csv.column-missing";

    /// <summary>Warning: the header names a column twice; the first is used.</summary>
    public const string CsvColumnDuplicate = "csv.column-duplicate";

    /// <summary>Warning: a row with more or fewer cells than the header; missing cells are blank, extra cells ignored.</summary>
    public const string CsvRowWidth = "csv.row-width";

    /// <summary>Error: the CSV text could not be read any further; the rest of the file is not read.</summary>
    public const string CsvUnreadable = "csv.unreadable";

    /// <summary>Error: a CSV row longer than <see cref="ReadOptions.MaxCsvRowCharacters"/> (a runaway export, a binary
    /// blob); the row is rejected and reading goes on at the next line. On line 1 the file has no header and is not
    /// read.</summary>
    public const string CsvRowTooLong = "csv.row-too-long";

    /// <summary>Warning: a quote that opens a value and does not close on its line, where the lines it would swallow do
    /// not make one row as wide as the header. The quote is read as data (the line is read without its quote
    /// characters) and the lines after it are read as rows of their own.</summary>
    public const string CsvQuoteStray = "csv.quote-stray";

    /// <summary>Error: the file ends inside a quoted value (a truncated file). The row where the quote opens is
    /// rejected; the lines after it are read as rows of their own.</summary>
    public const string CsvQuoteUnterminated = "csv.quote-unterminated";

    /// <summary>Error: the file is not text (NUL bytes: a binary file, a spreadsheet saved as <c>.csv</c>, UTF-16 text
    /// without a byte order mark); it is not read.</summary>
    public const string CsvBinary = "csv.binary";

    /// <summary>Error: the header is one column holding semicolons, tabs or bars: the file is not separated by commas;
    /// it is not read.</summary>
    public const string CsvDelimiter = "csv.delimiter";

    /// <summary>Error: the header has more columns than <see cref="ReadOptions.MaxCsvColumns"/>; the file is not read.</summary>
    public const string CsvHeaderTooWide = "csv.header-too-wide";

    /// <summary>Error: the same file given twice, or two files with identical bytes (the same table under two names):
    /// the same records supplied twice. It is read once, so that its records are not counted twice; it is not in
    /// <see cref="ReadResult.Unread"/>, since every record it holds was read.</summary>
    public const string CsvFileDuplicate = "csv.file-duplicate";

    /// <summary>Warning: a folder named like a table file (<c>episodes.csv/</c>); it is not read. (A named pipe or a
    /// device is reported as <see cref="CsvEmpty"/> and never opened.)</summary>
    public const string CsvNotAFile = "csv.not-a-file";

    /// <summary>A value longer than any real one. Error: a child id over 50 characters; the record is rejected.
    /// Warning: a code over 16 characters; it is treated as missing. The value in the finding is cut short.</summary>
    public const string ValueTooLong = "value.too-long";

    /// <summary>Warning: a date of birth after the child's first DECOM in the return, or after the end of the collection
    /// year; kept as supplied.</summary>
    public const string Ssda903BirthImplausible = "ssda903.birth-implausible";

    /// <summary>Warning: a CIN census <c>PersonBirthDate</c> more than ten months after the child's first
    /// <c>CINreferralDate</c> (longer than a pre-birth referral), or after the census reference date; kept as
    /// supplied.</summary>
    public const string CinBirthImplausible = "cin.birth-implausible";

    /// <summary>Error: the XML is not well formed (or is truncated); the reader keeps what it read before the fault and
    /// stops reading the file. The element being read is rejected.</summary>
    public const string XmlMalformed = "xml.malformed";

    /// <summary>Error: the XML has a document type declaration (DTD). DTDs are refused because they carry entity
    /// payloads (external entities, "billion laughs"); nothing after the declaration is read.</summary>
    public const string XmlDtdProhibited = "xml.dtd-prohibited";

    /// <summary>Error: the XML exceeds <see cref="ReadOptions.MaxXmlCharacters"/>; reading stops.</summary>
    public const string XmlTooLarge = "xml.too-large";

    /// <summary>Error: the root element is not the one of the format (<c>Message</c>, <c>EXPSSDA903</c>); nothing is read.</summary>
    public const string XmlRootUnexpected = "xml.root-unexpected";

    /// <summary>Information: an element the format does not use; it and its content are ignored (reported once per
    /// element name per file).</summary>
    public const string XmlElementIgnored = "xml.element-ignored";

    /// <summary>Warning: a single-valued element appears more than once in its parent; the first is used.</summary>
    public const string XmlElementRepeated = "xml.element-repeated";

    /// <summary>Warning: text where only elements belong (for example stray text inside <c>ChildIdentifiers</c>); ignored.</summary>
    public const string XmlUnexpectedText = "xml.unexpected-text";

    /// <summary>Error: a CSV file that is not one of the SSDA903 tables, by name or header; its rows are not read.</summary>
    public const string Ssda903TableUnknown = "ssda903.table-unknown";

    /// <summary>Error: an SSDA903 table this library has no record for (deprivation of liberty, 2026-27); its rows are
    /// checked for dates but not loaded.</summary>
    public const string Ssda903TableUnsupported = "ssda903.table-unsupported";

    /// <summary>Warning: two files of the same table in one return; both are read.</summary>
    public const string Ssda903TableRepeated = "ssda903.table-repeated";

    /// <summary>Error: a file named as one table (<c>SSDA903_2015_episodes.csv</c>) whose columns are those of another
    /// (the header table's, without DECOM): read by its columns, the return would silently lack the table its name
    /// promises, so the file is not read and is listed in <see cref="ReadResult.Unread"/>.</summary>
    public const string Ssda903TableMisnamed = "ssda903.table-misnamed";

    /// <summary>Information: a table that the return did not collect in its year (social workers before 2024); read
    /// with the table's first code list.</summary>
    public const string Ssda903TableNotCollected = "ssda903.table-not-collected";

    /// <summary>The collection year was inferred from the data: the reporting year that holds most DECOM and DEC dates.
    /// Information; a warning when some dates fall after that year (name the year in the files or give
    /// <see cref="ReadOptions.CollectionYear"/>).</summary>
    public const string Ssda903CollectionYearInferred = "ssda903.collection-year-inferred";

    /// <summary>Warning: the collection year could not be found (no year given, none in the file name, no episodes);
    /// the record set has no collection year and codes are checked against the latest lists.</summary>
    public const string Ssda903CollectionYearUnknown = "ssda903.collection-year-unknown";

    /// <summary>Warning: the data does not fit the collection year (an episode starts after its 31 March), so the year
    /// in the file name may be the year the return starts; see <see cref="ReadOptions.FileNameYear"/>.</summary>
    public const string Ssda903CollectionYearMismatch = "ssda903.collection-year-mismatch";

    /// <summary>Error: a child appears again in the header table of one return; the repeated row is rejected and the
    /// first kept.</summary>
    public const string Ssda903ChildDuplicate = "ssda903.child-duplicate";

    /// <summary>Warning: a child appears twice in a table that has one row per child (UASC, OC2, OC3, AD1, previous
    /// permanence); both rows are kept.</summary>
    public const string Ssda903ChildRepeated = "ssda903.child-repeated";

    /// <summary>Warning: an episode whose child is not in the return's header table (reported once per child).</summary>
    public const string Ssda903ChildNotInHeader = "ssda903.child-not-in-header";

    /// <summary>Warning: an episode that ceases (DEC) before it starts (DECOM); kept as supplied.</summary>
    public const string Ssda903DecomAfterDec = "ssda903.decom-after-dec";

    /// <summary>Warning: a decision to place a child for adoption made before the child's previous decision ceased.</summary>
    public const string Ssda903PlacedForAdoptionOverlap = "ssda903.placed-for-adoption-overlap";

    /// <summary>Warning: the CIN census header's <c>Year</c> and <c>ReferenceDate</c> (or the year given by the caller)
    /// disagree; the collection year is the caller's, else <c>Year</c>.</summary>
    public const string CinCollectionYearMismatch = "cin.collection-year-mismatch";

    /// <summary>Warning: the CIN census has no <c>Year</c> and no <c>ReferenceDate</c> and no year was given.</summary>
    public const string CinCollectionYearUnknown = "cin.collection-year-unknown";

    /// <summary>Warning: the census <c>ReferenceDate</c> is not 31 March.</summary>
    public const string CinReferenceDateUnexpected = "cin.reference-date-unexpected";

    /// <summary>Warning: a date after the census reference date (the end of the census year); kept.</summary>
    public const string CinDateAfterReference = "cin.date-after-reference";

    /// <summary>Warning: an end date before its start (closure before referral, authorisation before the assessment
    /// started, a plan that ends before it starts); kept.</summary>
    public const string CinEndBeforeStart = "cin.end-before-start";

    /// <summary>Error: a child appears twice in one census; the repeated child's identifiers are rejected, its
    /// episodes are kept.</summary>
    public const string CinChildDuplicate = "cin.child-duplicate";

    /// <summary>Warning: a child aged 25 or more at the reference date; kept.</summary>
    public const string CinAgeImplausible = "cin.age-implausible";

    /// <summary>Warning (writers): a record or value the output format cannot hold; it is not written.</summary>
    public const string WriteNotRepresentable = "write.not-representable";

    // Published statistics (DfE's Explore Education Statistics open-data files; PublishedCsv).

    /// <summary>Error: a column that the layout (<c>time_period</c>, <c>geographic_level</c>) or an entry of the
    /// <see cref="PublishedColumnMap"/> needs is not in the file; the message names the column and what needs it, and
    /// that entry (or, for the layout, the file) is not read.</summary>
    public const string PublishedColumnMissing = "published.column-missing";

    /// <summary>Warning: a file that no entry of the map reads (by the start of its name) and that is neither the ONS
    /// population file nor statistical neighbour groupings; it is not read.</summary>
    public const string PublishedFileUnmapped = "published.file-unmapped";

    /// <summary>Error: a <c>time_period</c> that is not 4 digits (<c>2025</c>) or 6 digits of consecutive years
    /// (<c>202425</c>); the row is rejected.</summary>
    public const string PublishedTimePeriodInvalid = "published.time-period-invalid";

    /// <summary>Information: rows of a <c>geographic_level</c> other than National, Regional and Local authority; they
    /// are not read (reported once per level per file).</summary>
    public const string PublishedLevelIgnored = "published.level-ignored";

    /// <summary>Error: a Regional row without a region code, or a Local authority row whose old code is not 3 digits
    /// (or a joint return's <c>940 / 941</c>) or whose new code is not 9 characters; the row is rejected.</summary>
    public const string PublishedAreaCodeInvalid = "published.area-code-invalid";

    /// <summary>Warning: a value cell that is blank or neither a number nor a symbol; read as not available.</summary>
    public const string PublishedValueInvalid = "published.value-invalid";

    /// <summary>Information: an obsolete symbol, <c>~</c> (read as <c>low</c>) or <c>:</c> (read as <c>x</c>).</summary>
    public const string PublishedSymbolObsolete = "published.symbol-obsolete";

    /// <summary>Warning: a second row for one indicator, place and year; the first is used.</summary>
    public const string PublishedRowRepeated = "published.row-repeated";

    /// <summary>Warning: a rate computed from a published count (the publication has no rate) has no ONS population
    /// for its place and year; the figure is not available.</summary>
    public const string PublishedPopulationMissing = "published.population-missing";

    /// <summary>Information: statistical neighbour groupings that are not used because groupings with a later year in
    /// their name were read too (<c>sn_model_2025_wide.csv</c> over the April 2021 groupings).</summary>
    public const string PublishedGroupingsReplaced = "published.groupings-replaced";

    // Ofsted Annex A workbooks (AnnexAWorkbook.Read). The source of a finding names the file and the sheet
    // (<c>Annex_A.xlsx [List 1]</c>), the line is the sheet's row, the column the letter and the header.

    /// <summary>Error: the file is not an xlsx workbook (not a zip package, or its workbook part is not a
    /// spreadsheet); nothing is read.</summary>
    public const string AnnexANotXlsx = "annexa.not-xlsx";

    /// <summary>Error: the file is an OLE compound document, an Excel 97-2003 workbook (<c>.xls</c>) or a
    /// password-protected workbook; it is reported, not parsed.</summary>
    public const string AnnexAXls = "annexa.xls";

    /// <summary>Error: the workbook is saved as Strict Open XML; it is reported, not parsed.</summary>
    public const string AnnexAStrictOoxml = "annexa.strict-ooxml";

    /// <summary>Error: the zip is truncated or damaged (no central directory, a part that does not decompress);
    /// nothing, or nothing after the fault, is read.</summary>
    public const string AnnexAZipDamaged = "annexa.zip-damaged";

    /// <summary>Error: the workbook exceeds a decompression limit (<see cref="AnnexAReadOptions.MaxZipEntries"/>,
    /// <see cref="AnnexAReadOptions.MaxUncompressedBytes"/>, <see cref="AnnexAReadOptions.MaxCompressionRatio"/>):
    /// treated as a zip bomb, reading stops.</summary>
    public const string AnnexAZipBomb = "annexa.zip-bomb";

    /// <summary>Error: a part the workbook names (the workbook itself, a worksheet) is not in the package.</summary>
    public const string AnnexAPartMissing = "annexa.part-missing";

    /// <summary>Information: a sheet whose first rows match the headers of no list (guidance, front sheet, codes);
    /// it is not read.</summary>
    public const string AnnexASheetUnidentified = "annexa.sheet-unidentified";

    /// <summary>Information: a list the workbook does not have; it is empty.</summary>
    public const string AnnexAListMissing = "annexa.list-missing";

    /// <summary>Warning: two sheets hold the same list; both are read, in sheet order.</summary>
    public const string AnnexAListRepeated = "annexa.list-repeated";

    /// <summary>Error: one header matches two columns of the list; the sheet is not read.</summary>
    public const string AnnexAHeaderAmbiguous = "annexa.header-ambiguous";

    /// <summary>Warning: two headers match the same column; the first is used, the other kept as extra.</summary>
    public const string AnnexAColumnDuplicate = "annexa.column-duplicate";

    /// <summary>Information: a header that is not a column of the list; its values are kept as extra (once per sheet).</summary>
    public const string AnnexAColumnExtra = "annexa.column-extra";

    /// <summary>Information: a column of the list that the sheet does not have (the 13-column List 9 of the 2019
    /// template lacks four); its values are not available.</summary>
    public const string AnnexAColumnMissing = "annexa.column-missing";

    /// <summary>An error cell (<c>#N/A</c>, <c>#VALUE!</c>...). Warning: the value is treated as blank. Error: it is
    /// in the column that identifies the row, and the row is rejected.</summary>
    public const string AnnexACellError = "annexa.cell-error";

    /// <summary>Information: a fractional age (a formula's years); the age at the last birthday (the whole part) is
    /// kept.</summary>
    public const string AnnexAAgeFractional = "annexa.age-fractional";

    /// <summary>Warning: no reference date was given; the latest date in the workbook is used.</summary>
    public const string AnnexAReferenceDateInferred = "annexa.reference-date-inferred";
}
