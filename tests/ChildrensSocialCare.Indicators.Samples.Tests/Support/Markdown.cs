using System.Text.RegularExpressions;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// The parts of README.md the tests read: sections between HTML comment markers, and fenced code blocks.
internal static partial class Markdown
{
    public static string Begin(string name) => $"<!-- {name}:begin -->";

    public static string End(string name) => $"<!-- {name}:end -->";

    // The text between <!-- name:begin --> and <!-- name:end --> (without the marker lines), or a failure that says
    // what is missing.
    public static string Section(string markdown, string name)
    {
        var (start, end) = SectionBounds(markdown, name);
        return markdown[start..end];
    }

    // Replaces the text between the markers (used to regenerate a section).
    public static string ReplaceSection(string markdown, string name, string content)
    {
        var (start, end) = SectionBounds(markdown, name);
        return string.Concat(markdown.AsSpan(0, start), content, markdown.AsSpan(end));
    }

    // The fenced code blocks of a text, in order: (language, code).
    public static IReadOnlyList<(string Language, string Code)> CodeBlocks(string markdown) =>
        Fence().Matches(Normalise(markdown)).Select(m => (m.Groups["lang"].Value, m.Groups["code"].Value)).ToList();

    // The text of the "## title" section, up to the next second-level heading.
    public static string HeadingSection(string markdown, string title)
    {
        var text = Normalise(markdown);
        var heading = $"\n## {title}\n";
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '## {title}' section.");
        var next = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return next < 0 ? text[start..] : text[start..next];
    }

    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static (int Start, int End) SectionBounds(string markdown, string name)
    {
        var begin = markdown.IndexOf(Begin(name), StringComparison.Ordinal);
        var end = markdown.IndexOf(End(name), StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin,
            $"README.md must hold a section between the lines {Begin(name)} and {End(name)}, in that order.");
        Assert.True(markdown.IndexOf(Begin(name), begin + 1, StringComparison.Ordinal) < 0, $"README.md has {Begin(name)} twice.");
        var start = markdown.IndexOf('\n', begin) + 1;
        var stop = markdown.LastIndexOf('\n', end) + 1;
        return (start, Math.Max(start, stop));
    }

    [GeneratedRegex(@"^```(?<lang>[A-Za-z0-9#+-]*)[ \t]*\n(?<code>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
