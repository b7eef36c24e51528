using System.Text;
using System.Xml;

namespace ChildrensSocialCare.Indicators.Formats;

// Writing XML elements whose text may hold characters XML cannot carry (control characters): those are left out and
// noted, so the writer never throws for content.
internal sealed class XmlText(XmlWriter writer, WriteNotes notes)
{
    public static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        CloseOutput = false,
    };

    public XmlWriter Writer { get; } = writer;

    // An element that is always written, empty when there is no value.
    public void Required(string name, string? value, string? child = null)
    {
        Writer.WriteStartElement(name);
        if (!string.IsNullOrEmpty(value))
        {
            Writer.WriteString(Clean(value, child));
        }

        Writer.WriteEndElement();
    }

    // An element written only when there is a value.
    public void Optional(string name, string? value, string? child = null)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Required(name, value, child);
        }
    }

    private string Clean(string value, string? child)
    {
        if (IsClean(value))
        {
            return value;
        }

        var b = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                b.Append(value[i]);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                b.Append(value, i, 2);
                i++;
            }
        }

        notes.Add("values with characters XML cannot hold (control characters); those characters not written", child);
        return b.ToString();
    }

    private static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                continue;
            }

            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
