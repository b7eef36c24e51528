namespace ChildrensSocialCare.Indicators.Formats.Tests;

// The copied fixtures (Fixtures/SOURCES.md says where each comes from).
internal static class Fixture
{
    public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}

// A folder under the system temporary folder, deleted on dispose.
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "csc-formats-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A scan or an open handle on a test machine: leave it to the system's temp clean-up.
        }
    }
}
