using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ChildrensSocialCare.Indicators.Tests.Shared;

// A class of diagnostic codes as its tests see it: its public string constants, the summary of each in the assembly's
// XML documentation, and the codes a markdown table in docs/ lists (the first column, `code`). One copy, linked into
// each test project whose package has such a class (<Compile Include="../Shared/DiagnosticCodeClass.cs" ... />).
internal static partial class DiagnosticCodeClass
{
    public static IReadOnlyList<(string Name, string Code)> Constants(Type type) =>
    [
        .. type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!)),
    ];

    // The <summary> text of each constant, from the XML documentation file beside the assembly; "" when missing.
    public static IReadOnlyDictionary<string, string> Summaries(Type type)
    {
        var path = Path.ChangeExtension(type.Assembly.Location, ".xml");
        var members = XDocument.Load(path).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m);
        return Constants(type).ToDictionary(
            c => c.Name,
            c => members.TryGetValue($"F:{type.FullName}.{c.Name}", out var m) ? m.Element("summary")?.Value.Trim() ?? "" : "");
    }

    // The codes in the first column of the markdown tables of a document of the repository.
    public static IReadOnlyList<string> Listed(string document) =>
    [
        .. File.ReadLines(Path.Combine(RepositoryRoot.Find(), document))
            .Select(line => TableRow().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value),
    ];

    public static bool IsWellFormed(string code) => Shape().IsMatch(code);

    [GeneratedRegex(@"^\| `([a-z0-9.-]+)` \|")]
    private static partial Regex TableRow();

    // Dotted lower-case words: "episodes.x1-gap", "csv.column-missing".
    [GeneratedRegex(@"^[a-z0-9]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex Shape();
}
