namespace ChildrensSocialCare.Indicators.Tests.Shared;

// The root of the repository (the folder that holds Indicators.sln), found by walking up from the test assembly's
// folder, tests/<project>/bin/<configuration>/net10.0: tests run from a clone. One copy, linked into each test project
// that needs it (<Compile Include="../Shared/RepositoryRoot.cs" Link="Shared/RepositoryRoot.cs" />).
internal static class RepositoryRoot
{
    /// <summary>The nearest folder above the test assembly that holds Indicators.sln, or null when there is none.</summary>
    public static string? TryFind()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indicators.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository root; fails when the test assembly is not inside a clone.</summary>
    public static string Find() => TryFind() ?? throw new InvalidOperationException($"No Indicators.sln above {AppContext.BaseDirectory}.");
}
