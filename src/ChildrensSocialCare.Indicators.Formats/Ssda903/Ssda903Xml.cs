using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// Reads and writes the SSDA903 return as XML: root <c>EXPSSDA903</c>, one <c>CHILD</c> per child with its
/// <c>HEADER</c> (child id <c>CHILDID</c>, and the child's UASC, AD1, OC3, missing, review, previous permanence, OC2
/// and placed-for-adoption items) and its <c>EPISODE</c>s (placement type <c>PL</c>); dates <c>dd/mm/yyyy</c>
/// (schema <c>CLA.xsd</c>, "Expanded SSDA903 Return", version 3.3.0).
/// </summary>
/// <remarks>
/// <para>The reader streams the document one <c>CHILD</c> at a time, with DTDs prohibited, no resolver and a cap on the
/// document's size (<see cref="ReadOptions.MaxXmlCharacters"/>): a document with a DTD (external entities, "billion
/// laughs") is refused with <see cref="DiagnosticCodes.XmlDtdProhibited"/>; a malformed or truncated one is read up
/// to the fault, which is reported (<see cref="DiagnosticCodes.XmlMalformed"/>). It never throws for content.</para>
/// <para>The collection year is the one given in <see cref="ReadOptions.CollectionYear"/>, else the year in the file
/// name, else the reporting year that holds most of its DECOM and DEC dates.</para>
/// </remarks>
public static class Ssda903Xml
{
    /// <summary>Reads an SSDA903 XML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The return (one record set), findings and counts per table.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ReadResult Read(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The SSDA903 XML file '{path}' does not exist.", path);
        }

        return new Ssda903XmlReader(options ?? ReadOptions.Default).Read(path, () => File.OpenRead(path), canReopen: true);
    }

    /// <summary>Reads an SSDA903 XML document from a stream.</summary>
    /// <param name="stream">The document. A stream that cannot seek is read once, so a return with no known year is
    /// checked against the latest code lists.</param>
    /// <param name="name">The file name, for messages and the collection year.</param>
    /// <param name="options">Options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The return (one record set), findings and counts per table. The stream is left open.</returns>
    public static ReadResult Read(Stream stream, string name, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var open = Rewind.From(stream);
        return new Ssda903XmlReader(options ?? ReadOptions.Default).Read(name, () => new KeepOpenStream(open()), canReopen: stream.CanSeek);
    }

    /// <summary>Writes a record set as an SSDA903 XML return (UTF-8, element order as in <c>CLA.xsd</c>).</summary>
    /// <param name="records">The return to write.</param>
    /// <param name="path">The file to create (replaced when it exists).</param>
    /// <returns>The file written, and what the XML cannot hold: social worker episodes, more than one UASC, OC2, OC3,
    /// AD1 or previous permanence record per child, dates of birth that differ from the header's, CIN census records.</returns>
    /// <remarks>The XML is valid against <c>CLA.xsd</c> when the records are: every child has a header row with its
    /// sex, date of birth and a four-letter ethnicity, and codes have the lengths the schema expects (two-character
    /// placement types: the 2026 Z11-Z14 do not fit the 2021 schema).</remarks>
    public static WriteResult Write(RecordSet records, string path)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        var result = Ssda903XmlWriter.Write(records, stream, path);
        return new WriteResult([path], result.Diagnostics);
    }

    /// <summary>Writes a record set as an SSDA903 XML return to a stream.</summary>
    /// <param name="records">The return to write.</param>
    /// <param name="stream">Where to write (left open).</param>
    /// <returns>What the XML cannot hold (see <see cref="Write(RecordSet, string)"/>).</returns>
    public static WriteResult Write(RecordSet records, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);
        return Ssda903XmlWriter.Write(records, stream, records.Source ?? "stream");
    }
}
