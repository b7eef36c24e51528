namespace ChildrensSocialCare.Indicators.Formats.Tests.Published;

// The real 2025 files copied into Fixtures/dfe-published (cut to the rows the tests use; see its SOURCES.md), read
// once with the default options.
internal static class DfeFiles
{
    private static readonly Lazy<PublishedStatistics> s_all = new(() => Read());

    public static ReportingYear Year2025 { get; } = ReportingYear.Ending(2025);

    public static string Folder => Fixture.Path("dfe-published");

    public static PublishedStatistics All => s_all.Value;

    public static PublishedStatistics Read(PublishedOptions? options = null) => PublishedCsv.ReadFolder(Folder, options);

    public static string File(string name) => Fixture.Path("dfe-published", name);

    // A file written by a test, read alone under its name.
    public static PublishedStatistics ReadText(string name, string text, PublishedOptions? options = null)
    {
        using var stream = new MemoryStream(new System.Text.UTF8Encoding(false).GetBytes(text));
        return PublishedCsv.Read(stream, name, options);
    }
}
