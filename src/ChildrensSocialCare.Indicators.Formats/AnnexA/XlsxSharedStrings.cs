using System.Text;
using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// The shared-string table: each si is plain text (t) or rich text (runs r/t); phonetic runs (rPh) are not text.
// This table is the only part of a workbook held whole in memory.
internal static class XlsxSharedStrings
{
    public static IReadOnlyList<string> Read(XmlReader xml)
    {
        using (xml)
        {
            var strings = new List<string>();
            var text = new StringBuilder();
            var inItem = false;
            var phonetic = 0;

            // ReadElementContentAsString leaves the reader on the node after the element: that node is examined
            // before reading on.
            var advance = true;
            while (!advance || xml.Read())
            {
                advance = true;
                if (xml.NodeType == XmlNodeType.Element)
                {
                    switch (xml.LocalName)
                    {
                        case "si" when xml.IsEmptyElement:
                            strings.Add("");
                            break;
                        case "si":
                            inItem = true;
                            text.Clear();
                            break;
                        case "rPh" when !xml.IsEmptyElement:
                            phonetic++;
                            break;
                        case "t" when inItem && phonetic == 0:
                            text.Append(xml.ReadElementContentAsString());
                            advance = false;
                            break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.EndElement)
                {
                    if (xml.LocalName == "rPh")
                    {
                        phonetic--;
                    }
                    else if (xml.LocalName == "si" && inItem)
                    {
                        strings.Add(text.ToString());
                        inItem = false;
                    }
                }
            }

            return strings;
        }
    }
}
