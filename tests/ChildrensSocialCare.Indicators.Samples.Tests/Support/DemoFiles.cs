using ChildrensSocialCare.Indicators.Formats;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Support;

// The demo authority's returns (synthetic), written to files with the Formats writers, as a council would have them.
internal static class DemoFiles
{
    // The demo authority at a smaller size (the same seed and years): `scorecard --demo-children N` scores the same
    // records in memory.
    public static SyntheticAuthority Authority(int children) =>
        SyntheticAuthority.Generate(DemoAuthority.Latest with { Children = children });

    // Every year's SSDA903 return as CSV tables in one folder (SSDA903_2022_header.csv ...).
    public static void WriteSsda903Csv(SyntheticAuthority authority, string folder)
    {
        foreach (var year in authority.Returns)
        {
            Ssda903Csv.WriteFolder(year, folder);
        }
    }

    // Every year's SSDA903 return as one XML file each (SSDA903_2022.xml ...); returns the files.
    public static IReadOnlyList<string> WriteSsda903Xml(SyntheticAuthority authority, string folder)
    {
        Directory.CreateDirectory(folder);
        return authority.Returns.Select(year =>
        {
            var path = Path.Combine(folder, $"SSDA903_{year.CollectionYear}.xml");
            Ssda903Xml.Write(year, path);
            return path;
        }).ToList();
    }

    // Every year's CIN census as one XML file each (CIN_Census_2022.xml ...); returns the files.
    public static IReadOnlyList<string> WriteCinCensus(SyntheticAuthority authority, string folder)
    {
        Directory.CreateDirectory(folder);
        return authority.Returns.Select(year =>
        {
            var path = Path.Combine(folder, $"CIN_Census_{year.CollectionYear}.xml");
            CinCensusXml.Write(year, path);
            return path;
        }).ToList();
    }
}
