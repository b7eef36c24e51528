using System.Reflection;
using ChildrensSocialCare.Indicators.Tests.Shared;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// Where the repository's files are, seen from the test assembly in tests/.../bin/<configuration>/net10.0.
internal static class Repository
{
    private static readonly Lazy<string> s_root = new(RepositoryRoot.Find);

    public static string Root => s_root.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Readme => Path("README.md");

    // The configuration this test assembly was built in: the samples it runs were built in the same one.
    public static string Configuration =>
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
