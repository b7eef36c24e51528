using ChildrensSocialCare.Indicators.Samples.Tests.Support;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// Bad arguments, missing files and unreadable data: exactly one line on standard error that says what is wrong,
// no stack trace, nothing on standard output, and exit code 2 (the usage text: "2 bad arguments, missing or unreadable
// input").
public sealed class ErrorTests : IDisposable
{
    private readonly TempFolder _files = new("errors");

    public ErrorTests()
    {
        Directory.CreateDirectory(_files.Path("empty"));
        _files.Write("no-returns/notes.txt", "Minutes of the scrutiny panel.\n");
        // An episodes table whose rows are not SSDA903 episodes: a bad date, a row cut short, control characters.
        _files.Write("corrupt/SSDA903_2015_episodes.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA1,31/02/2015,S,C2,U1,,\n\u0001\u001b[31mB2,\"unterminated\n");
        _files.Write("garbage.xml", "this is not XML\n");
        // A readable header beside an episodes "table" that is a binary file, and one separated by semicolons: figures
        // from the header alone would be shown as if they were the return (issue 12), so the command stops.
        _files.Write("binary/SSDA903_2015_header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,1,01/01/2010,WBRI,,,\n");
        _files.Write("binary/SSDA903_2015_episodes.csv", "\0\0\0\u0007\0PK\0\0\u0003\u0004\0\0\0\0\0\0\0\0\n");
        // The header table saved under the episodes table's name: read by its columns, the return would have no episodes.
        _files.Write("misnamed/SSDA903_2015_header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,1,01/01/2010,WBRI,,,\n");
        _files.Write("misnamed/SSDA903_2015_episodes.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nB9,1,01/01/2012,WBRI,,,\n");
        _files.Write("semicolons/SSDA903_2015_header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,1,01/01/2010,WBRI,,,\n");
        _files.Write("semicolons/SSDA903_2015_episodes.csv", "CHILD;DECOM;RNE;LS;PLACE;DEC;REC\nA1;01/04/2014;S;C2;U1;;\n");
        _files.Write("malformed.json", "{ \"indicatorId\": ");
        _files.Write("object.json", "{ \"indicatorId\": \"cla-rate\" }");
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "--bogus", "Unrecognized command or argument '--bogus'" },
        { "--year 20x", "--year '20x' is not a reporting year" },
        { "--period 2015-04-01..2014-01-01", "--period '2015-04-01..2014-01-01' is not a period" },
        { "--format xml", "--format 'xml' is not one of table, json, csv" },
        { "--population -5", "--population '-5' is not a positive whole number" },
        { "--population", "Required argument missing for option: '--population'" },
        { "--indicators cla-rate,nonsense", "unknown id 'nonsense'" },
        { "--explain nonsense", "unknown indicator 'nonsense'" },
        { "--explain cla-rate --publication", "--explain lists children by id, so it cannot be combined with --publication" },
        { "--explain cla-rate --format csv", "--explain lists children as a table or JSON" },
        { "--expected {files}/malformed.json", "--expected is only for the verify command" },
        { "verify", "verify needs --expected" },
        { "verify --expected {files}/missing.json", "cannot read {files}/missing.json" },
        { "frobnicate", "Unrecognized command or argument 'frobnicate'" },
        { "--ssda903", "Required argument missing for option: '--ssda903'" },
        { "--ssda903 {files}/missing", "--ssda903: no such file or folder: {files}/missing" },
        { "--cin {files}/missing.xml", "--cin: no such file or folder: {files}/missing.xml" },
        { "--cin {files}/empty", "--cin: no .xml files in {files}/empty" },
        { "--ssda903 {files}/empty", "no records could be read from the files given" },
        { "--ssda903 {files}/no-returns", "no records could be read from the files given" },
        { "--ssda903 {files}/corrupt", "no records could be read from the files given: {files}/corrupt/SSDA903_2015_episodes.csv" },
        { "--cin {files}/garbage.xml", "The XML is not well formed" },
        { "--ssda903 {files}/garbage.xml", "1 file(s) could not be read, so no figure is shown (--keep-going scores without them): {files}/garbage.xml (xml.malformed" },
        { "--ssda903 {files}/binary", "1 file(s) could not be read, so no figure is shown (--keep-going scores without them): {files}/binary/SSDA903_2015_episodes.csv (csv.binary" },
        { "--ssda903 {files}/misnamed", "could not be read, so no figure is shown (--keep-going scores without them): {files}/misnamed/SSDA903_2015_episodes.csv (ssda903.table-misnamed" },
        { "--ssda903 {files}/semicolons", "1 file(s) could not be read, so no figure is shown (--keep-going scores without them): {files}/semicolons/SSDA903_2015_episodes.csv (csv.delimiter" },
        { "--demo-children 300 --compare {files}/missing.json", "--compare: no such file: {files}/missing.json" },
        { "--demo-children 300 --compare {files}/malformed.json", "--compare {files}/malformed.json: not valid JSON" },
        { "--demo-children 300 --compare {files}/object.json", "expected a JSON array of comparators" },
        { "--demo-children 300 --output {files}/missing/out.txt", "cannot write {files}/missing/out.txt" },
        { "--demo-children 50", "--demo-children '50' is not a whole number from 100 to 1,000,000" },
        { "--measure-from end", "--measure-from 'end' is not start or referral" },
        { "--placement-change some", "--placement-change 'some' is not carer or any" },
        { "--look-back-months 0", "--look-back-months '0' is not a positive whole number" },
        { "--care-leaver-ages 19,x", "--care-leaver-ages '19,x' is not a list of ages such as 19,20,21" },
        { "--calendar scotland", "--calendar 'scotland' is not england-and-wales" },
        { "--year 2015 --period 2014-10", "give --year or --period, not both" },
        { "--keep-going --strict", "give --keep-going or --strict, not both" },
        { "--ssda903 {files}/binary --strict", "1 file(s) could not be read, so no figure is shown (--keep-going scores without them): {files}/binary/SSDA903_2015_episodes.csv (csv.binary" },
        { "list --year 2015", "Unrecognized command or argument '--year'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_one_line_on_standard_error_and_exit_code_2(string arguments, string message)
    {
        var args = arguments.Split(' ').Select(a => a.Replace("{files}", _files.FullName, StringComparison.Ordinal)).ToArray();

        var run = ScorecardRun.Run(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("scorecard: ", line, StringComparison.Ordinal);
        Assert.Contains(message.Replace("{files}", _files.FullName, StringComparison.Ordinal), line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ChildrensSocialCare.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, char.IsControl);
    }

    [Fact]
    public void Unreadable_rows_beside_readable_ones_are_findings_on_standard_error_and_the_scorecard_is_still_printed()
    {
        var authority = DemoFiles.Authority(300);
        var folder = _files.Path("mixed");
        DemoFiles.WriteSsda903Csv(authority, folder);
        File.AppendAllText(Path.Combine(folder, "SSDA903_2025_episodes.csv"), "X9,31/02/2025,S,C2,U1,,\n");

        var run = ScorecardRun.Run("--ssda903", folder, "--population", "1000", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.StderrLines, l => l.Contains("SSDA903_2025_episodes.csv", StringComparison.Ordinal) && l.Contains("[error ", StringComparison.Ordinal));
        Assert.Contains("finding(s) about the input", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();
}
