using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Package;

// The packages as a council developer gets them: packed from this checkout, restored from a local folder into a
// console project that has no project reference, built and run.
[Collection(PackageCollection.Name)]
[Trait("category", "package")]
public class PackageTests(PackageFeed feed)
{
    // A program a consumer writes against the packages: one indicator on a tiny return typed by hand, and the same
    // return through the Formats package's CSV writer and reader.
    private const string ConsumerProgram = """
        using System.Reflection;
        using ChildrensSocialCare.Indicators;
        using ChildrensSocialCare.Indicators.Formats;
        using ChildrensSocialCare.Indicators.Records;

        var census = new RecordSet { CollectionYear = 2015, Source = "consumer" };
        census.CinEpisodes.Add(new CinEpisode("A", ReferralDate: new(2014, 4, 1)));
        census.CinEpisodes.Add(new CinEpisode("B", ReferralDate: new(2014, 5, 12)));
        census.CinEpisodes.Add(new CinEpisode("A", ReferralDate: new(2014, 9, 30)));
        var result = DataSet.Create(census).Evaluate("re-referrals-12m", ReportingPeriod.Year(2015), EvaluationOptions.Default);
        Console.WriteLine(result);

        var ssda903 = new RecordSet { CollectionYear = 2015, Source = "consumer" };
        ssda903.Children.Add(new Child("C1", new DateOnly(2008, 6, 1), "1") { Ethnicity = "WBRI" });
        ssda903.Children.Add(new Child("C2", new DateOnly(2010, 2, 3), "2") { Ethnicity = "WBRI" });
        ssda903.Episodes.Add(new LookedAfterEpisode("C1", new DateOnly(2014, 7, 1), "S", "C2", "U1"));
        ssda903.Episodes.Add(new LookedAfterEpisode("C2", new DateOnly(2014, 8, 1), "S", "C2", "U1", new DateOnly(2014, 12, 1), "E11"));
        var folder = Path.Combine(args[0], "ssda903");
        Ssda903Csv.WriteFolder(ssda903, folder);
        var read = Ssda903Csv.ReadFolder(folder);
        var lookedAfter = DataSet.Create(read.Returns).Evaluate("cla-rate", ReportingPeriod.Year(2015), new EvaluationOptions { Population = 10_000 });
        Console.WriteLine(lookedAfter);

        foreach (var assembly in new[] { typeof(DataSet).Assembly, typeof(Ssda903Csv).Assembly })
        {
            Console.WriteLine($"{assembly.GetName().Name} {assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
        }
        """;

    [Fact]
    public void Packed_core_and_formats_restore_from_a_local_folder_build_and_run_in_a_console_project()
    {
        var consumer = feed.BuildConsumer("Consumer", [PackageFeed.Core, PackageFeed.Formats],
            new Dictionary<string, string> { ["Program.cs"] = ConsumerProgram });
        var run = consumer.Run(consumer.Folder, consumer.Folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Hand calculation: three referrals in 2014-15; A's on 30 September 2014 follows A's on 1 April 2014 within
        // 12 months: 1 of 3 = 33.3%.
        Assert.Equal("re-referrals-12m: 33.3 (1 / 3)", lines[0]);
        // C1 is looked after on 31 March 2015, C2 left care on 1 December 2014: 1 per 10,000 aged 0-17.
        Assert.Equal("cla-rate: 1 (1 / 10000)", lines[1]);
        // The assemblies that ran are the packed ones (the version is this run's own), restored into the consumer's
        // own packages folder from the local folder.
        Assert.StartsWith($"{PackageFeed.Core} {feed.Version}", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{PackageFeed.Formats} {feed.Version}", lines[3], StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(feed.PackagesFolder, PackageFeed.Core.ToLowerInvariant(), feed.Version)),
            $"The core package was not extracted into the consumer's packages folder {feed.PackagesFolder}.");

        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer.Folder, "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries");
        foreach (var id in new[] { PackageFeed.Core, PackageFeed.Formats })
        {
            Assert.Equal("package", libraries.GetProperty($"{id}/{feed.Version}").GetProperty("type").GetString());
        }
    }

    [Fact]
    public void Packages_hold_the_readme_and_the_XML_documentation_for_both_target_frameworks()
    {
        feed.EnsurePacked();
        foreach (var id in new[] { PackageFeed.Core, PackageFeed.Formats })
        {
            using var package = ZipFile.OpenRead(feed.PackagePath(id));
            var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("README.md", entries);
            foreach (var tfm in new[] { "net8.0", "net10.0" })
            {
                Assert.Contains($"lib/{tfm}/{id}.dll", entries);
                Assert.Contains($"lib/{tfm}/{id}.xml", entries);
                var docs = XDocument.Load(package.GetEntry($"lib/{tfm}/{id}.xml")!.Open());
                Assert.True(docs.Descendants("member").Count() > 50, $"{id} {tfm}: the XML documentation file has almost no members.");
            }

            var readme = new StreamReader(package.GetEntry("README.md")!.Open()).ReadToEnd();
            // Each package carries the readme written for it, not the repository's.
            Assert.Equal(File.ReadAllText(Repository.Path("src", id, "README.md")), readme);
            Assert.Equal("README.md", Nuspec(package).Descendants().Single(e => e.Name.LocalName == "readme").Value);
        }
    }

    [Fact]
    public void Core_package_depends_on_nothing_and_formats_on_the_core_of_the_same_version()
    {
        feed.EnsurePacked();
        using var core = ZipFile.OpenRead(feed.PackagePath(PackageFeed.Core));
        var coreGroups = Nuspec(core).Descendants().Where(e => e.Name.LocalName == "group").ToList();
        Assert.Equal(["net10.0", "net8.0"], coreGroups.Select(g => (string)g.Attribute("targetFramework")!).Select(Tfm).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Nuspec(core).Descendants(), e => e.Name.LocalName == "dependency");

        using var formats = ZipFile.OpenRead(feed.PackagePath(PackageFeed.Formats));
        var dependencies = Nuspec(formats).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(d => ((string)d.Attribute("id")!, (string)d.Attribute("version")!)).Distinct().ToList();
        Assert.Contains((PackageFeed.Core, feed.Version), dependencies);
        Assert.Equal([PackageFeed.Core, "Sep"], dependencies.Select(d => d.Item1).Distinct().Order(StringComparer.Ordinal));
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    // ".NETCoreApp8.0" / "net8.0" -> "net8.0".
    private static string Tfm(string nuspecFramework) =>
        nuspecFramework.StartsWith(".NETCoreApp", StringComparison.Ordinal) ? "net" + nuspecFramework[".NETCoreApp".Length..] : nuspecFramework;
}
