using System.Text.Json;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// The command's exit code for each class of input (issue 12), by default, with --keep-going and with --strict:
// good files score (0); rows rejected beside good ones score, with one line per file on standard error saying how many
// and where to see them (0, or 2 under --strict); the same records supplied twice are read once, an error (0, or 2
// under --strict); a file that could not be read stops the command (2), unless --keep-going scores without it and
// says so on standard error and in the output (0).
public sealed class InputClassTests : IDisposable
{
    private readonly TempFolder _files = new("input-classes");
    private readonly string _good;
    private readonly string _rejected;
    private readonly string _unread;
    private readonly string _unreadFile;
    private readonly string _twice;
    private readonly string _episodes;

    public InputClassTests()
    {
        var authority = DemoFiles.Authority(300);
        _good = Folder("good", authority);
        _episodes = Directory.GetFiles(_good, "*_episodes.csv").Max(StringComparer.Ordinal)!;

        _rejected = Folder("rejected", authority);
        File.AppendAllText(Path.Combine(_rejected, Path.GetFileName(_episodes)), "X9,31/02/2015,S,C2,U1,,\nX8,31/02/2015,S,C2,U1,,\n");

        // A care leavers table (OC3) that is a binary file: the episodes of the year are read, its care leavers are not.
        _unread = Folder("unread", authority);
        _unreadFile = Directory.GetFiles(_unread, "*_oc3.csv").Max(StringComparer.Ordinal)!;
        File.WriteAllText(_unreadFile, "\0\0\0\u0007\0PK\0\0\u0003\u0004\0\0\0\0\0\0\0\0\n");

        // The last episodes table again under another name (as a copy left in the folder).
        _twice = Folder("twice", authority);
        File.Copy(Path.Combine(_twice, Path.GetFileName(_episodes)), Path.Combine(_twice, "copy of " + Path.GetFileName(_episodes)));
    }

    [Fact]
    public void Good_files_score_with_exit_code_0_and_under_strict_too()
    {
        var run = ScorecardRun.Run("--ssda903", _good, "--population", "1000", "--format", "json");
        var strict = ScorecardRun.Run("--ssda903", _good, "--population", "1000", "--format", "json", "--strict");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(strict.ExitCode == 0, strict.ToString());
        Assert.Equal(run.Stdout, strict.Stdout);
        Assert.False(run.Json().RootElement.TryGetProperty("incomplete", out _));
    }

    [Fact]
    public void Rows_rejected_are_one_line_on_standard_error_for_their_file_saying_how_many_and_how_to_see_them()
    {
        var run = ScorecardRun.Run("--ssda903", _rejected, "--population", "1000", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Path.Combine(_rejected, Path.GetFileName(_episodes));
        var line = Assert.Single(run.StderrLines, l => l.StartsWith($"scorecard: {file}: ", StringComparison.Ordinal));
        Assert.Matches(@": 2 of [0-9,]+ row\(s\) rejected, 2 error finding\(s\), the first: .*:[0-9]+: DECOM '31/02/2015'", line);
        Assert.EndsWith("(the JSON's diagnostics list them all)", line, StringComparison.Ordinal);
        Assert.Single(run.StderrLines);
    }

    [Fact]
    public void Rows_rejected_under_strict_are_exit_code_2_with_nothing_on_standard_output()
    {
        var run = ScorecardRun.Run("--ssda903", _rejected, "--population", "1000", "--strict");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Equal(2, run.StderrLines.Count);
        Assert.Contains("row(s) rejected", run.StderrLines[0], StringComparison.Ordinal);
        Assert.Contains("(--format json lists them all)", run.StderrLines[0], StringComparison.Ordinal);
        Assert.StartsWith("scorecard: --strict: 2 error finding(s) about the input or the evaluation, so no figure is shown; the first: ", run.StderrLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_under_strict_stops_at_an_error_finding_too()
    {
        var expected = _files.Write("expected.json", ScorecardRun.Run("--ssda903", _good, "--population", "1000", "--format", "json").Succeeded().Stdout);

        Assert.Equal(0, ScorecardRun.Run("verify", "--ssda903", _good, "--expected", expected, "--strict").ExitCode);
        Assert.Equal(2, ScorecardRun.Run("verify", "--ssda903", _rejected, "--expected", expected, "--strict").ExitCode);
    }

    [Fact]
    public void The_same_records_twice_are_read_once_an_error_line_and_exit_code_2_only_under_strict()
    {
        var good = ScorecardRun.Run("--ssda903", _good, "--population", "1000", "--format", "json").Json();
        var run = ScorecardRun.Run("--ssda903", _twice, "--population", "1000", "--format", "json");
        var strict = ScorecardRun.Run("--ssda903", _twice, "--population", "1000", "--strict");

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("1 error finding(s), the first: ", line, StringComparison.Ordinal);
        Assert.Contains("[error csv.file-duplicate]", line, StringComparison.Ordinal);
        Assert.DoesNotContain("rejected", line, StringComparison.Ordinal);
        Assert.Equal(Figures(good), Figures(run.Json()));
        Assert.True(strict.ExitCode == 2, strict.ToString());
        Assert.Equal("", strict.Stdout);
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_exit_code_2_by_default_and_under_strict()
    {
        foreach (var run in new[]
        {
            ScorecardRun.Run("--ssda903", _unread, "--population", "1000"),
            ScorecardRun.Run("--ssda903", _unread, "--population", "1000", "--strict"),
        })
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Equal("", run.Stdout);
            var line = Assert.Single(run.StderrLines);
            Assert.Contains($"could not be read, so no figure is shown (--keep-going scores without them): {_unreadFile} (csv.binary: ", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keep_going_scores_without_a_file_that_could_not_be_read_with_a_warning_and_a_line_in_the_table()
    {
        var run = ScorecardRun.Run("--ssda903", _unread, "--population", "1000", "--keep-going");

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(run.StderrLines, l => l.StartsWith("scorecard: warning: ", StringComparison.Ordinal));
        Assert.StartsWith($"scorecard: warning: could not read {_unreadFile} (csv.binary: ", warning, StringComparison.Ordinal);
        Assert.EndsWith("; the figures leave it out (--keep-going)", warning, StringComparison.Ordinal);
        var incomplete = Assert.Single(run.Stdout.Split('\n'), l => l.StartsWith("Incomplete: ", StringComparison.Ordinal));
        Assert.StartsWith($"Incomplete: 1 file(s) could not be read and are left out of every figure (--keep-going): {_unreadFile} (csv.binary: ", incomplete, StringComparison.Ordinal);
        Assert.Contains("cla-rate", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_going_marks_the_JSON_incomplete_with_one_entry_per_file_left_out()
    {
        var run = ScorecardRun.Run("--ssda903", _unread, "--population", "1000", "--keep-going", "--format", "json");

        var entry = Assert.Single(run.Json().RootElement.GetProperty("incomplete").EnumerateArray());
        Assert.StartsWith($"{_unreadFile} (csv.binary: ", entry.GetString(), StringComparison.Ordinal);
        Assert.Single(run.StderrLines, l => l.StartsWith("scorecard: warning: could not read ", StringComparison.Ordinal));
    }

    [Fact]
    public void Keep_going_in_CSV_and_explanations_still_warns_on_standard_error()
    {
        var csv = ScorecardRun.Run("--ssda903", _unread, "--population", "1000", "--keep-going", "--format", "csv");
        var explain = ScorecardRun.Run("--ssda903", _unread, "--keep-going", "--explain", "cla-rate");

        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.Single(csv.StderrLines, l => l.StartsWith("scorecard: warning: could not read ", StringComparison.Ordinal));
        Assert.True(explain.ExitCode == 0, explain.ToString());
        Assert.Contains("\nIncomplete: 1 file(s) could not be read", explain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_going_says_in_the_HTML_report_which_files_it_left_out()
    {
        var html = _files.Path("report.html");

        var run = ScorecardRun.Run("--ssda903", _unread, "--population", "1000", "--keep-going", "--format", "csv", "--html", html);

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = File.ReadAllText(html);
        Assert.Contains("incomplete: 1 file(s) could not be read", report, StringComparison.Ordinal);
        Assert.Contains("Files left out", report, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(_unreadFile), report, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();

    private string Folder(string name, Synthetic.SyntheticAuthority authority)
    {
        var folder = _files.Path(name);
        DemoFiles.WriteSsda903Csv(authority, folder);
        return folder;
    }

    private static List<string> Figures(JsonDocument json) =>
        [.. json.RootElement.GetProperty("indicators").EnumerateArray().Select(i => $"{i.GetProperty("id").GetString()} {i.GetProperty("display").GetString()}")];
}
