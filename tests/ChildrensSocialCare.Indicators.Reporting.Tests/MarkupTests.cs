using System.Text;
using System.Xml;
using ChildrensSocialCare.Indicators.Reporting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

public class MarkupTests
{
    // Law: any text, encoded, parses back as exactly that text, in element content and in an attribute, with the
    // characters XML cannot carry replaced by U+FFFD (compared with a deliberately simple reference built on
    // XmlConvert).
    [Property(MaxTest = 500)]
    public Property Encoded_text_parses_back_as_the_same_text(string? text)
    {
        var s = text ?? "";
        var encoded = Markup.Encode(s);
        var element = Xml.Parse("<p title=\"" + encoded + "\">" + encoded + "</p>");
        var expected = Reference(s);
        // XML reads a line break in content as \n, and any whitespace character in an attribute as a space.
        var content = expected.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var attribute = expected.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
        var title = expected.Contains("\r\n", StringComparison.Ordinal) ? null : attribute;
        return (element.Value == content && (title is null || (string?)element.Attribute("title") == title) && !encoded.Contains('<')).ToProperty();
    }

    [Fact]
    public void Markup_characters_are_escaped()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", Markup.Encode("<a href=\"x\" title='y'>&</a>"));
    }

    [Fact]
    public void Characters_xml_forbids_become_the_replacement_character_and_pairs_survive()
    {
        Assert.Equal("a\uFFFDb\uFFFDc\U0001F600", Markup.Encode("a\u0001b\uD800c\U0001F600"));
    }

    private static string Reference(string s)
    {
        var b = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i]))
            {
                b.Append(s[i]).Append(s[++i]);
            }
            else
            {
                b.Append(XmlConvert.IsXmlChar(s[i]) ? s[i] : '\uFFFD');
            }
        }

        return b.ToString();
    }
}
