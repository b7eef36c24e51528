using System.Text.Json;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// The core and Formats packages packed from this checkout to a local folder, with a version of their own, and
// throwaway console projects that consume them as a council developer would: a PackageReference, a nuget.config that
// adds the folder as a source (the machine's default source is kept), no project reference. Built once, shared by the
// tests of the "package" collection.
public sealed class PackageFeed : IDisposable
{
    public const string Core = "ChildrensSocialCare.Indicators";
    public const string Formats = "ChildrensSocialCare.Indicators.Formats";

    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(8);
    private readonly TempFolder _temp = new("package");
    private readonly Lazy<ProcessResult> _pack;

    public PackageFeed()
    {
        // A version no earlier run has used, so no cache can serve a stale copy (NuGet extracts by id and version).
        Version = $"0.0.0-test.g{Guid.NewGuid():N}";
        _pack = new Lazy<ProcessResult>(Pack);
    }

    public string Version { get; }

    public string Folder => _temp.Path("feed");

    // Each consumer's NuGet global packages folder: empty at first, so the packages are extracted from the feed.
    public string PackagesFolder => _temp.Path("nuget-packages");

    public string PackagePath(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    // Packs both packages once (Release, both target frameworks, analyzers off: they do not change the package).
    // The build goes to a temporary artifacts folder, never to the projects' own bin and obj.
    public ProcessResult EnsurePacked()
    {
        var result = _pack.Value;
        Assert.True(result.ExitCode == 0, $"dotnet pack failed.\n{result}");
        return result;
    }

    private ProcessResult Pack()
    {
        // A solution filter of the two projects, so one dotnet pack builds and packs both.
        var filter = _temp.Write("pack.slnf", JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = Repository.Path("Indicators.sln"),
                projects = new[] { $"src/{Core}/{Core}.csproj", $"src/{Formats}/{Formats}.csproj" },
            },
        }));
        return Dotnet.Run(
            ["pack", filter, "-c", "Release", "-o", Folder, "--artifacts-path", _temp.Path("artifacts"),
             $"-p:MinVerVersionOverride={Version}", "-p:RunAnalyzers=false", "-nologo", "-nodeReuse:false"],
            Repository.Root, s_buildTimeout);
    }

    // Writes and builds a console project in its own folder that references the packed packages (its NuGet packages
    // folder is PackagesFolder); the result runs the built program.
    public Consumer BuildConsumer(string name, IReadOnlyList<string> packages, IReadOnlyDictionary<string, string> sources)
    {
        EnsurePacked();
        var folder = _temp.Path(name);
        Directory.CreateDirectory(folder);

        // The temporary folder may sit under a folder with MSBuild or NuGet files of its own: these empty files stop
        // MSBuild's search upwards, so the project is built exactly as written here.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(folder, file), "<Project />\n");
        }

        // The local folder as a source, beside the machine's default (no <clear/>); packages already on the machine
        // (Sep, from the default source) are found in its global packages folder without a download.
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="indicators-test-feed" value="{Folder}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{MachinePackagesFolder()}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        var references = string.Concat(packages.Select(p => $"""

                <PackageReference Include="{p}" Version="{Version}" />
            """));
        File.WriteAllText(Path.Combine(folder, $"{name}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>{references}
              </ItemGroup>
            </Project>
            """);
        foreach (var (file, text) in sources)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        var build = Dotnet.Run(["build", $"{name}.csproj", "-c", "Release", "-o", Path.Combine(folder, "out"), "-nologo", "-nodeReuse:false"],
            folder, s_buildTimeout, new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder });
        return new Consumer(folder, Path.Combine(folder, "out", $"{name}.dll"), build);
    }

    public void Dispose() => _temp.Dispose();

    private static string MachinePackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}

public sealed record Consumer(string Folder, string Program, ProcessResult Build)
{
    public ProcessResult Run(string workingDirectory, params string[] arguments)
    {
        Assert.True(Build.ExitCode == 0, $"The consumer project did not build.\n{Build}");
        return Dotnet.Run([Program, .. arguments], workingDirectory, TimeSpan.FromMinutes(2));
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "package";
}
