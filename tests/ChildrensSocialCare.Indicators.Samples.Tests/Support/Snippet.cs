using System.Text;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// A README program (top-level statements) as a static method of a class, so that several programs can be compiled
// into one project and run by name: the compiler turns top-level statements into a static Main method in the same way.
// The using directives at the top stay at the top of the file.
internal static class Snippet
{
    public static string AsClass(string className, string code)
    {
        var lines = Markdown.Normalise(code).Split('\n');
        var directives = lines.TakeWhile(IsPreamble).ToList();
        var body = lines.Skip(directives.Count);
        var b = new StringBuilder();
        foreach (var line in directives)
        {
            b.Append(line).Append('\n');
        }

        b.Append("\ninternal static class ").Append(className).Append("\n{\n    public static void Run()\n    {\n");
        b.Append("#line ").Append(directives.Count + 1).Append(" \"").Append(className).Append(" (README.md code block)\"\n");
        foreach (var line in body)
        {
            b.Append(line).Append('\n');
        }

        b.Append("#line default\n    }\n}\n");
        return b.ToString();
    }

    private static bool IsPreamble(string line)
    {
        var t = line.Trim();
        return t.Length == 0 || t.StartsWith("//", StringComparison.Ordinal)
            || (t.StartsWith("using ", StringComparison.Ordinal) && t.EndsWith(';') && !t.Contains('(', StringComparison.Ordinal)
                && !t.StartsWith("using var ", StringComparison.Ordinal));
    }
}
