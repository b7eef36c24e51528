using System.Reflection;
using System.Text.RegularExpressions;

namespace ChildrensSocialCare.Indicators.Tests.Shared;

// The conventions every package keeps (ARCHITECTURE.md), checked by reflection over its assembly and a look at its
// source folder, as NodaTime's ConsistencyTest does. One copy, linked into each test project, which checks its own
// package (<Compile Include="../Shared/PackageConventions.cs" Link="Shared/PackageConventions.cs" />).
internal static partial class PackageConventions
{
    // The problems with the public types of the package whose assembly is `assembly` (source in src/<name>/):
    // - every public top-level type is declared in a file named after it (one idea per file; a partial type may add
    //   files named <Type>.<Part>.cs), or, for a small companion (an entry record beside its list), in the file of a
    //   public type whose name its own name starts or ends with;
    // - its namespace is the one its folder means: the package's root namespace, except under the `namespaceFolders`
    //   (the core's Records/), whose types are in <root>.<folder>.
    public static IReadOnlyList<string> Violations(Assembly assembly, params string[] namespaceFolders)
    {
        var root = assembly.GetName().Name!;
        var folder = Path.Combine(RepositoryRoot.Find(), "src", root);
        var declarations = Declarations(folder);
        var exported = assembly.GetExportedTypes().Where(t => !t.IsNested).Select(t => t.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsNested).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var name = type.Name.Split('`')[0];
            if (!declarations.TryGetValue(name, out var files))
            {
                problems.Add($"{type.FullName}: no file under src/{root} declares it");
                continue;
            }

            foreach (var (file, fileNamespace) in files)
            {
                var relative = Path.GetRelativePath(folder, file);
                var top = relative.Split(Path.DirectorySeparatorChar) is { Length: > 1 } segments ? segments[0] : "";
                var expected = namespaceFolders.Contains(top) ? root + "." + top : root;
                if (fileNamespace != expected)
                {
                    problems.Add($"{type.FullName}: {relative} declares namespace {fileNamespace}; its folder means {expected}");
                }
            }

            var owners = files.Select(f => Path.GetFileName(f.File).Split('.')[0]).ToList();
            var named = owners.Contains(name)
                || owners.Any(o => o != name && exported.Contains(o) && (name.StartsWith(o, StringComparison.Ordinal) || name.EndsWith(o, StringComparison.Ordinal)));
            if (!named)
            {
                problems.Add($"{type.FullName}: declared in {string.Join(", ", files.Select(f => Path.GetRelativePath(folder, f.File)))}, not in a file named after it");
            }
        }

        return problems;
    }

    // The C# files of a package's source folder (not bin/ or obj/).
    public static IEnumerable<string> SourceFiles(string package)
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "src", package);
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));
    }

    // Type name -> the files that declare it as public (a partial type may have several), with each file's namespace.
    private static Dictionary<string, List<(string File, string Namespace)>> Declarations(string folder)
    {
        var map = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles(Path.GetFileName(folder)))
        {
            var text = File.ReadAllText(file);
            var ns = NamespacePattern().Match(text) is { Success: true } m ? m.Groups[1].Value : "";
            foreach (Match declaration in DeclarationPattern().Matches(text))
            {
                var name = declaration.Groups["name"].Value;
                if (!map.TryGetValue(name, out var files))
                {
                    map[name] = files = [];
                }

                files.Add((file, ns));
            }
        }

        return map;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    // A top-level public declaration (at the start of a line: nested types are indented).
    [GeneratedRegex(@"^public\s+(?:(?:static|sealed|abstract|readonly|partial|ref)\s+)*(?:record\s+struct|record\s+class|record|class|struct|interface|enum|delegate\s+[\w<>\[\]?,. ]+?)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex DeclarationPattern();
}
