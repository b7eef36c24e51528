using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

// Where the repository's sample notebooks are, found from the test's output folder (tests run from a clone).
internal static class Repository
{
    public static string? Root { get; } = RepositoryRoot.TryFind();

    /// <summary>samples/notebooks of the repository, or null outside a clone.</summary>
    public static string? SampleNotebooks =>
        Root is { } root && Directory.Exists(Path.Combine(root, "samples", "notebooks")) ? Path.Combine(root, "samples", "notebooks") : null;

    /// <summary>Every samples/notebooks/**/*.ipynb, in ordinal order.</summary>
    public static IReadOnlyList<string> SampleNotebookPaths() => SampleNotebooks is { } folder
        ? [.. Directory.EnumerateFiles(folder, "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>The path of a sample notebook; fails when the repository or the notebook is missing.</summary>
    public static string SampleNotebook(string fileName)
    {
        var path = Path.Combine(SampleNotebooks ?? throw new InvalidOperationException("samples/notebooks not found above " + AppContext.BaseDirectory), fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException("No such sample notebook.", path);
    }
}
