namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// A folder of its own under the system temporary folder, deleted on dispose.
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose)
    {
        FullName = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "indicators-samples-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(FullName);
    }

    public string FullName { get; }

    public string Path(params string[] parts) => System.IO.Path.Combine([FullName, .. parts]);

    public string Write(string relativePath, string text)
    {
        var path = Path(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullName, recursive: true);
        }
        catch (IOException)
        {
            // A process that has just exited may still hold a file for a moment; the folder is in the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
