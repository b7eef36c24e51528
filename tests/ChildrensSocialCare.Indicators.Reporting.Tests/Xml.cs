using System.Xml;
using System.Xml.Linq;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

// The presentation layer writes well-formed XML, so tests read its output with an XML parser instead of matching text:
// a hostile id that broke out of its element would show up as an element, not as text.
internal static class Xml
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string fragment) => XElement.Parse(fragment, LoadOptions.PreserveWhitespace);

    public static XDocument Document(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static IEnumerable<XElement> WithClass(this XContainer root, string cls) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains(cls));

    public static XElement Row(this XElement table, string indicatorId) =>
        table.Descendants("tr").Single(tr => (string?)tr.Attribute("data-indicator") == indicatorId);

    public static string Text(this XElement e) => e.Value;

    // A comparison cell's figure, difference and judgement: its text without the lines under them (the result's rank
    // and the comparator's year and source).
    public static string Figure(this XElement cell) =>
        string.Concat(cell.DescendantNodes().OfType<XText>()
            .Where(t => !t.Ancestors().Any(a => ((string?)a.Attribute("class") ?? "").Split(' ').Any(c => c is "csc-source" or "csc-rank"))))
            .TrimEnd();
}
