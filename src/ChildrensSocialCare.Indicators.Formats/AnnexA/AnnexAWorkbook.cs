using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// Reads the Ofsted Annex A workbook (the child-level lists an authority sends at the start of an ILACS or JTAI
/// inspection) into typed lists: the 2024 layout (sheets <c>List 1</c> ... <c>List 11</c>, headers in row 1, the
/// 17-column List 9) and Ofsted's 2019 template (<c>List_1</c> ... with a title row above the headers, the
/// 13-column List 9) alike.
/// </summary>
/// <remarks>
/// <para>Lists are found by their headers, not by sheet names or positions (specification 9.1): a sheet is a list
/// when one of its first ten rows has a header for every required column of the list (headers compared trimmed,
/// case-insensitive, with straight and curly quotes and doubled brackets alike, <c>Age</c> =
/// <c>Age of Child (Years)</c>). Columns the list does not define are kept as <see cref="Records.AnnexARow.Extra"/>.</para>
/// <para>Cells are typed by their column: dates as Excel serials (1900 or 1904 system) or text <c>dd/mm/yyyy</c>,
/// <c>d/m/yyyy</c> or ISO; formula cells by their cached value; error cells (<c>#N/A</c>) blank with a finding.
/// Codes are read with or without Ofsted's <c>a)</c> prefix and label (<c>f) U6: Foster placement - not FFA</c>,
/// <c>U6</c>, <c>b) Female</c>, <c>Female</c>) and mapped to the library's codes; an unknown value is kept and
/// reported.</para>
/// <para>The workbook is read defensively and in a stream: no DTDs, no resolver, caps on the zip's entries, its
/// decompressed size and its compression ratio; an <c>.xls</c>, a Strict Open XML workbook or a damaged zip is a
/// finding, not an exception. Memory is the shared-string table and one row.</para>
/// </remarks>
public static class AnnexAWorkbook
{
    /// <summary>Reads an Annex A workbook.</summary>
    /// <param name="path">The <c>.xlsx</c> file.</param>
    /// <param name="options">Options; <see cref="AnnexAReadOptions.Default"/> when null.</param>
    /// <returns>The lists, findings, counts per sheet and the reference date.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static AnnexAReadResult Read(string path, AnnexAReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return new AnnexAWorkbookReader(options ?? AnnexAReadOptions.Default).Read(path, stream);
    }

    /// <summary>Reads an Annex A workbook from a stream (read from its current position; a stream that cannot seek
    /// is copied into memory first). The stream is left open.</summary>
    /// <param name="stream">The workbook's bytes.</param>
    /// <param name="name">The file name findings are reported against.</param>
    /// <param name="options">Options; <see cref="AnnexAReadOptions.Default"/> when null.</param>
    /// <returns>The lists, findings, counts per sheet and the reference date.</returns>
    public static AnnexAReadResult Read(Stream stream, string name, AnnexAReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return new AnnexAWorkbookReader(options ?? AnnexAReadOptions.Default).Read(name, stream);
    }

    /// <summary>Writes the lists as an Annex A workbook in the current (2024) layout: sheets <c>List 1</c> ...
    /// <c>List 11</c>, the 2024 headers in row 1 (the 17-column List 9), one row per record, extra columns after the
    /// list's own, dates as Excel dates, codes as the library's codes (which <see cref="Read(string, AnnexAReadOptions?)"/>
    /// maps back), yes/no as <c>Yes</c>/<c>No</c>.</summary>
    /// <remarks>Reading the workbook back gives the same lists for what the lists hold (a property test): text
    /// trimmed, with single spaces; the reader's row numbers (row 2 onwards).</remarks>
    /// <param name="lists">The lists.</param>
    /// <param name="path">The <c>.xlsx</c> file to create or overwrite.</param>
    /// <returns>The file written and what it could not hold.</returns>
    public static WriteResult Write(AnnexALists lists, string path)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(path);
        WriteResult result;
        using (var stream = File.Create(path))
        {
            result = new AnnexAWorkbookWriter(path).Write(lists, stream);
        }

        return new WriteResult([path], result.Diagnostics);
    }

    /// <summary>Writes the lists as an Annex A workbook (2024 layout) to a stream, which is left open.</summary>
    /// <param name="lists">The lists.</param>
    /// <param name="stream">The stream to write the workbook's bytes to.</param>
    /// <returns>What the workbook could not hold (no files).</returns>
    public static WriteResult Write(AnnexALists lists, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(stream);
        return new AnnexAWorkbookWriter("stream").Write(lists, stream);
    }
}
