using System.CommandLine;
using System.CommandLine.Invocation;
using ChildrensSocialCare.Indicators.ScorecardCommand.Commands;
using Spectre.Console;

namespace ChildrensSocialCare.Indicators.ScorecardCommand;

// The scorecard command: the declared command line (Commands/) parsed and invoked. Run never throws: every problem is
// one line on standard error and an exit code (0 success, 1 verify found differences, 2 bad arguments or unusable
// input, 3 an internal error).
internal static class ScorecardApp
{
    public const int Success = 0;
    public const int Differences = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    // progress: where to show that a long step is still going (a terminal's standard error); null shows nothing, so
    // that redirected standard error holds only the findings and the one line of an error. terminal: standard output
    // when it is a terminal, where tables are drawn by Spectre.Console; null writes plain text to stdout.
    public static int Run(IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr, TextWriter? progress = null, IAnsiConsole? terminal = null)
    {
        try
        {
            var parsed = ScorecardCommandLine.Create(new Streams(stdout, stderr, progress, terminal)).Parse(argv);
            if (parsed.Action is ParseErrorAction)
            {
                var error = parsed.Errors[0].Message.TrimEnd('.');
                Error(stderr, error.Contains("--help", StringComparison.Ordinal) || error.Contains("'list'", StringComparison.Ordinal)
                    ? error
                    : $"{error} (run with --help)");
                return BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            Error(stderr, e.Message);
            return BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(stderr, e.Message);
            return BadInput;
        }
#pragma warning disable CA1031 // A command line tool reports, rather than crashes on, an unexpected error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Error(stderr, $"internal error ({e.GetType().Name}: {e.Message}); please report it with the command line used");
            return InternalError;
        }
    }

    // The demo authority is shown beside published England figures (england.json, with each figure's source).
    internal static IReadOnlyList<Comparator> BuiltInEnglandFigures()
    {
        using var stream = typeof(ScorecardApp).Assembly.GetManifestResourceStream("england.json")
            ?? throw new InvalidOperationException("The england.json resource is missing from the build.");
        using var reader = new StreamReader(stream);
        return Comparator.ReadJson(reader.ReadToEnd());
    }

    // An error is one line: a message that quotes a file's content (a diagnostic's value) cannot break it into
    // several or send control characters to the terminal.
    internal static string OneLine(string text) => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)).Trim();

    private static void Error(TextWriter stderr, string message) => stderr.WriteLine("scorecard: " + OneLine(message));
}
