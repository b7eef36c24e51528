using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;

namespace ChildrensSocialCare.Indicators.Notebooks.Tests;

// A C# kernel as a notebook user has one after referencing the packages: display(...) and the other kernel helpers,
// and the assemblies of ChildrensSocialCare.Indicators, .Reporting, .Formats and .Synthetic that this test run built.
internal static class IndicatorKernel
{
    public static CSharpKernel Create()
    {
        var kernel = new CSharpKernel().UseKernelHelpers();
        kernel.AddAssemblyReferences(
        [
            typeof(Scorecard).Assembly.Location,
            typeof(Reporting.HtmlTables).Assembly.Location,
            typeof(Formats.Ssda903Csv).Assembly.Location,
            typeof(Synthetic.DemoAuthority).Assembly.Location,
        ]);
        return kernel;
    }

    // A tiny data set, written as a notebook cell would write it. Synthetic: the children are invented, and one id is
    // markup, as an id read from a file could be.
    // Referrals in 2013-14: A 2013-05-10 and 2014-01-10 (a re-referral), "<b>B</b>" 2013-07-01: 1 of 3.
    // Looked after: L1 from 2012-01-01, L2 from 2013-09-01.
    public const string DataSetCode = """
        using ChildrensSocialCare.Indicators;
        using ChildrensSocialCare.Indicators.Records;

        var records = new RecordSet { CollectionYear = 2014 };
        records.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2013, 5, 10)));
        records.CinEpisodes.Add(new CinEpisode("A", new DateOnly(2014, 1, 10)));
        records.CinEpisodes.Add(new CinEpisode("<b>B</b>", new DateOnly(2013, 7, 1)));
        records.Episodes.Add(new LookedAfterEpisode("L1", new DateOnly(2012, 1, 1), "S", "C2", "U1"));
        records.Episodes.Add(new LookedAfterEpisode("L2", new DateOnly(2013, 9, 1), "S", "C2", "U1"));
        var data = DataSet.Create(records);
        var options = EvaluationOptions.Default.WithPopulation(10_000);
        var year = ReportingPeriod.Year(2014);
        """;
}
