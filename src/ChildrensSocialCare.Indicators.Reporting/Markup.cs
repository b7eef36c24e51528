using System.Globalization;
using System.Text;

namespace ChildrensSocialCare.Indicators.Reporting;

// Writes HTML (and the SVG it embeds) as well-formed XML: every element closed, every attribute quoted, only the five
// XML entities. Child ids, codes, comparator names and sources are untrusted text, so everything that is not markup
// written here goes through Encode.
internal sealed class Markup
{
    private readonly StringBuilder _b = new();

    public int Length => _b.Length;

    // Escapes text for element content and attribute values alike. Characters XML forbids (controls other than tab,
    // line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so hostile input can neither
    // open markup nor make an SVG unparseable.
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var b = new StringBuilder(text.Length + 16);
        Encode(b, text);
        return b.ToString();
    }

    public static void Encode(StringBuilder b, string? text)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                case '\t' or '\n' or '\r': b.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': b.Append('\uFFFD'); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        b.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        b.Append('\uFFFD');
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }
    }

    // A bulleted list of text items; nothing at all when there are none.
    public Markup List(IEnumerable<string> items, string? style = null)
    {
        var any = false;
        foreach (var item in items)
        {
            if (!any)
            {
                Open("ul", style);
                any = true;
            }

            Element("li", item);
        }

        return any ? Close("ul") : this;
    }

    // Opens an element. Attribute names are literals of this library; values are encoded.
    public Markup Open(string tag, string? style = null, string? cls = null, params (string Name, string? Value)[] attributes)
    {
        _b.Append('<').Append(tag);
        Attribute("class", cls);
        Attribute("style", style);
        foreach (var (name, value) in attributes)
        {
            Attribute(name, value);
        }

        _b.Append('>');
        return this;
    }

    // An element with no content, written as <tag ... />.
    public Markup Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        _b.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            Attribute(name, value);
        }

        _b.Append("/>");
        return this;
    }

    public Markup Close(string tag)
    {
        _b.Append("</").Append(tag).Append('>');
        return this;
    }

    public Markup Text(string? text)
    {
        Encode(_b, text);
        return this;
    }

    public Markup Element(string tag, string? text, string? style = null, string? cls = null, params (string Name, string? Value)[] attributes) =>
        Open(tag, style, cls, attributes).Text(text).Close(tag);

    // Trusted markup produced by this library.
    public Markup Raw(string markup)
    {
        _b.Append(markup);
        return this;
    }

    public Markup Line()
    {
        _b.Append('\n');
        return this;
    }

    public override string ToString() => _b.ToString();

    // A coordinate or length for SVG, invariant, one decimal place.
    public static string Number(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    private void Attribute(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        _b.Append(' ').Append(name).Append("=\"");
        Encode(_b, value);
        _b.Append('"');
    }
}
