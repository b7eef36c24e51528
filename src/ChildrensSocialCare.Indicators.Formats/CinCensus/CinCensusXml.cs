using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Formats;

/// <summary>
/// Reads and writes the children in need census as XML (<c>Message/Header/Children/Child</c>, collection years
/// 2017-2026): <c>ChildIdentifiers</c>, <c>ChildCharacteristics</c> and <c>CINdetails</c> with their
/// <c>Assessments</c>, <c>CINPlanDates</c>, <c>Section47</c> and <c>ChildProtectionPlans</c>; ISO dates.
/// </summary>
/// <remarks>
/// <para>The collection year is the one given in <see cref="ReadOptions.CollectionYear"/>, else
/// <c>Header/CollectionDetails/Year</c>, else the reporting year of <c>ReferenceDate</c>. The child's sex is read
/// from <c>GenderCurrent</c> (to 2024) or <c>Sex</c> (from 2025) and checked against the year's codes. Assessments,
/// CIN plans, section 47 enquiries and child protection plans carry their episode's referral date and
/// <c>CINdetailsID</c> (when the census has one).</para>
/// <para>The reader streams the document one <c>Child</c> at a time, with DTDs prohibited, no resolver and a cap on
/// the document's size; it never throws for content.</para>
/// </remarks>
public static class CinCensusXml
{
    /// <summary>Reads a CIN census XML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The census (one record set), findings and counts per element.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ReadResult Read(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return new CinCensusXmlReader(options ?? ReadOptions.Default).Read(path, stream);
    }

    /// <summary>Reads a CIN census XML document from a stream.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="name">The file name, for messages.</param>
    /// <param name="options">Options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The census (one record set), findings and counts per element. The stream is left open.</returns>
    public static ReadResult Read(Stream stream, string name, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return new CinCensusXmlReader(options ?? ReadOptions.Default).Read(name, stream);
    }

    /// <summary>Writes a record set as a CIN census XML file: header for its collection year (reference date 31 March),
    /// <c>GenderCurrent</c> before 2025 and <c>Sex</c> from 2025, element order as in the year's schema.</summary>
    /// <param name="records">The census to write; it must have a <see cref="RecordSet.CollectionYear"/>.</param>
    /// <param name="path">The file to create (replaced when it exists).</param>
    /// <param name="localAuthority">The three-digit LA code for <c>Header/Source/LEA</c>; no <c>Source</c> when null.</param>
    /// <returns>The file written, and what the census cannot hold (SSDA903 records, sub-records with no episode).</returns>
    /// <exception cref="ArgumentException">The record set has no collection year.</exception>
    /// <remarks>The file is valid against the year's <c>CIN_schema_YYYY.xsd</c> when the records are: every child has a
    /// child record with its sex and ethnicity and at least one episode, every episode a referral source and
    /// <c>ReferralNFA</c>, every plan its categories and number of previous plans, and no record carries a
    /// <c>CINdetailsID</c>, <c>AssessmentID</c> or <c>CPPID</c> (written when present, but not in those schemas).</remarks>
    public static WriteResult Write(RecordSet records, string path, string? localAuthority = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(path);
        if (records.CollectionYear is null)
        {
            throw new ArgumentException("The record set has no collection year; a CIN census needs one (it decides the header and the sex element).", nameof(records));
        }

        using var stream = File.Create(path);
        var result = CinCensusXmlWriter.Write(records, stream, path, localAuthority);
        return new WriteResult([path], result.Diagnostics);
    }

    /// <summary>Writes a record set as a CIN census XML document to a stream.</summary>
    /// <param name="records">The census to write; it must have a <see cref="RecordSet.CollectionYear"/>.</param>
    /// <param name="stream">Where to write (left open).</param>
    /// <param name="localAuthority">The three-digit LA code for <c>Header/Source/LEA</c>; no <c>Source</c> when null.</param>
    /// <returns>What the census cannot hold (see <see cref="Write(RecordSet, string, string?)"/>).</returns>
    /// <exception cref="ArgumentException">The record set has no collection year.</exception>
    public static WriteResult Write(RecordSet records, Stream stream, string? localAuthority = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);
        if (records.CollectionYear is null)
        {
            throw new ArgumentException("The record set has no collection year; a CIN census needs one (it decides the header and the sex element).", nameof(records));
        }

        return CinCensusXmlWriter.Write(records, stream, records.Source ?? "stream", localAuthority);
    }
}
