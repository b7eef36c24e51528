using ChildrensSocialCare.Indicators.Reporting;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using ChildrensSocialCare.Indicators.ScorecardCommand;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// Several files are read in parallel across the cores; what the command scores, and every finding in its order, is
// what reading them one after the other gives.
public sealed class ParallelReadingTests : IDisposable
{
    private readonly TempFolder _work = new("parallel");

    [Fact]
    public void Files_read_in_parallel_give_the_records_and_findings_of_reading_them_one_after_the_other()
    {
        var authority = DemoFiles.Authority(800);
        var ssda903 = DemoFiles.WriteSsda903Xml(authority, _work.Path("ssda903"));
        var censuses = DemoFiles.WriteCinCensus(authority, _work.Path("cin"));
        // A census that cannot be read and one with a rejected row, so that there are findings to keep in order.
        var garbage = _work.Write("bad/CIN_Census_2013.xml", "this is not XML\n");
        var args = new Arguments { Ssda903 = ssda903, Cin = [.. censuses, garbage], KeepGoing = true };

        var sequential = DataLoader.Load(args, null, threads: 1);
        var parallel = DataLoader.Load(args, null, threads: 4);

        Assert.Equal(sequential.Diagnostics.Select(d => d.ToString()), parallel.Diagnostics.Select(d => d.ToString()));
        Assert.NotEmpty(sequential.Diagnostics);
        Assert.Equal(sequential.Incomplete, parallel.Incomplete);
        Assert.Single(sequential.Incomplete);
        Assert.Equal(sequential.FileErrors, parallel.FileErrors);
        Assert.Equal(sequential.LatestYear, parallel.LatestYear);
        Assert.Equal(sequential.Data.ChildIds, parallel.Data.ChildIds);
        Assert.Equal(sequential.Data.Episodes, parallel.Data.Episodes);
        Assert.Equal(sequential.Data.CinEpisodes.Select(e => (e.ChildId, e.ReferralDate, e.ClosureDate)), parallel.Data.CinEpisodes.Select(e => (e.ChildId, e.ReferralDate, e.ClosureDate)));
        Assert.Equal(sequential.Data.Assessments.Count, parallel.Data.Assessments.Count);
        var ids = Catalogue.All.Select(d => d.Id).ToList();
        var options = authority.EvaluationOptions;
        Assert.Equal(
            JsonReport.Write(sequential.Data.Scorecard(ids, ReportingPeriod.Year(2015), options), sequential.Diagnostics, null),
            JsonReport.Write(parallel.Data.Scorecard(ids, ReportingPeriod.Year(2015), options), parallel.Diagnostics, null));
    }

    [Fact]
    public void A_missing_file_is_named_before_anything_is_read()
    {
        var args = new Arguments { Ssda903 = [_work.Path("none")], Cin = [_work.Path("missing.xml")] };

        var e = Assert.Throws<InputException>(() => DataLoader.Load(args, null, threads: 4));

        Assert.Contains("--ssda903: no such file or folder", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();
}
