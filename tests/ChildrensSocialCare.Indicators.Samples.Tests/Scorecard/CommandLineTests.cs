using System.CommandLine;
using System.Text.RegularExpressions;
using ChildrensSocialCare.Indicators.Samples.Tests.Support;
using ChildrensSocialCare.Indicators.ScorecardCommand;
using ChildrensSocialCare.Indicators.ScorecardCommand.Commands;
using Spectre.Console;

namespace ChildrensSocialCare.Indicators.Samples.Tests.Scorecard;

// The command line is declared (samples/Scorecard/Commands): the indicator options come from the catalogue's option
// names, help and completions from the declarations, and a terminal sees the plain text's cells in Spectre tables.
public sealed class CommandLineTests
{
    private static readonly RootCommand s_root = ScorecardCommandLine.Create(new Streams(TextWriter.Null, TextWriter.Null));

    private static Command Verify => s_root.Subcommands.Single(c => c.Name == "verify");

    [Fact]
    public void Every_evaluation_option_an_indicator_names_is_an_option_of_score_and_verify()
    {
        var declared = new IndicatorOptions().ByProperty;
        var named = Catalogue.All.SelectMany(d => d.Options).Distinct().ToList();

        Assert.Equal(named.Order(StringComparer.Ordinal), declared.Keys.Order(StringComparer.Ordinal));
        Assert.All(declared.Values.Select(o => o.Name), name =>
        {
            Assert.Contains(s_root.Options, o => o.Name == name);
            Assert.Contains(Verify.Options, o => o.Name == name);
        });
    }

    [Fact]
    public void Indicator_options_set_the_evaluation_options_they_name_and_leave_the_rest_at_their_defaults()
    {
        var indicators = new IndicatorOptions();
        var command = new RootCommand();
        foreach (var option in indicators.All)
        {
            command.Options.Add(option);
        }

        var parsed = command.Parse(["--measure-from", "referral", "--placement-change", "any-placement-change", "--look-back-months", "12",
            "--care-leaver-ages", "21,19", "--population", "63,597", "--annualize"]);
        Assert.Empty(parsed.Errors);

        var options = indicators.Read(parsed);

        Assert.Equal(EvaluationOptions.Default with
        {
            AssessmentsMeasureFrom = MeasureFrom.Referral,
            PlacementChange = PlacementChange.AnyPlacementChange,
            RepeatPlanLookBackMonths = 12,
            CareLeaverAges = [19, 21],
            Population = 63_597,
            Annualise = true,
        }, options);
        Assert.Equal(EvaluationOptions.Default, indicators.Read(command.Parse([])));
    }

    [Theory]
    [InlineData("--measure-from", "start", "referral")]
    [InlineData("--placement-change", "carer", "any")]
    [InlineData("--format", "table", "json", "csv")]
    [InlineData("--calendar", "england-and-wales")]
    public void A_choice_completes_with_its_words(string option, params string[] words)
    {
        var completions = s_root.Parse($"{option} ").GetCompletions().Select(c => c.Label);

        Assert.Equal(words.Order(StringComparer.Ordinal), completions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Explain_and_indicators_complete_with_the_catalogue_ids()
    {
        var ids = Catalogue.All.Select(d => d.Id).Order(StringComparer.Ordinal);

        Assert.Equal(ids, s_root.Parse("--explain ").GetCompletions().Select(c => c.Label).Order(StringComparer.Ordinal));
        Assert.Equal(ids, s_root.Parse("--indicators ").GetCompletions().Select(c => c.Label).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Help_shows_every_option_of_the_command_with_its_description_and_the_defaults_of_EvaluationOptions()
    {
        var help = ScorecardRun.Run("--help").Succeeded().Stdout;
        var verifyHelp = ScorecardRun.Run("verify", "--help").Succeeded().Stdout;

        Assert.Equal(help, ScorecardRun.Run("help").Succeeded().Stdout);
        Assert.All(s_root.Options.Concat(Verify.Options).Where(o => !o.Hidden), o =>
        {
            Assert.Contains(o.Name, help, StringComparison.Ordinal);
            Assert.Contains(o.Description!.Split(' ')[0], help, StringComparison.Ordinal);
        });
        Assert.All(Verify.Options.Where(o => !o.Hidden), o => Assert.Contains(o.Name, verifyHelp, StringComparison.Ordinal));
        Assert.DoesNotContain("--explain", verifyHelp, StringComparison.Ordinal);
        var unwrapped = Regex.Replace(help, @"\n +(?=[^ -])", " ");
        Assert.Contains($"(default {EvaluationOptions.Default.RepeatPlanLookBackMonths}; changes cpp-repeat-within-2y)", unwrapped, StringComparison.Ordinal);
        Assert.Contains($"(default {string.Join(",", EvaluationOptions.Default.CareLeaverAges)}; changes", unwrapped, StringComparison.Ordinal);
        Assert.Contains("--measure-from start|referral", help, StringComparison.Ordinal);
        Assert.DoesNotContain(help.Split('\n'), line => line.EndsWith(' '));
    }

    [Fact]
    public void The_long_words_of_a_choice_score_as_the_short_ones()
    {
        var shortWords = ScorecardRun.Demo("--placement-change", "any", "--measure-from", "start", "--indicators", "cla-3plus-placements,assessments-45wd", "--format", "json").Succeeded().Stdout;
        var longWords = ScorecardRun.Demo("--placement-change", "ANY-PLACEMENT-CHANGE", "--measure-from", "assessment-start", "--indicators", "cla-3plus-placements,assessments-45wd", "--format", "json").Succeeded().Stdout;

        Assert.Equal(shortWords, longWords);
    }

    [Fact]
    public void A_terminal_sees_the_plain_texts_cells_in_drawn_tables()
    {
        var plain = ScorecardRun.Demo("--indicators", "cla-rate,re-referrals-12m").Succeeded().Stdout;
        var drawn = OnTerminal("--demo-children", ScorecardRun.SmallDemo.ToString(System.Globalization.CultureInfo.InvariantCulture), "--indicators", "cla-rate,re-referrals-12m");

        var table = TextTable.Find(plain, "Indicator");
        Assert.DoesNotContain('│', plain);
        Assert.Contains("╭", drawn, StringComparison.Ordinal);
        foreach (var row in table.Rows.Prepend(table.Names))
        {
            Assert.Contains(drawn.Split('\n'), line => line.StartsWith('│') &&
                line.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SequenceEqual(row.Where(c => c.Length > 0)));
        }

        // The lines around the table are the plain text's.
        Assert.All(plain.Split('\n').TakeWhile(l => !l.StartsWith("Indicator", StringComparison.Ordinal)), line => Assert.Contains(line, drawn, StringComparison.Ordinal));

        var list = OnTerminal("list");
        Assert.All(Catalogue.All, d => Assert.Contains($"│ {d.Id} ", list, StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_terminal_alignment_and_colours_come_from_the_table_model()
    {
        var args = new[] { "--demo-children", ScorecardRun.SmallDemo.ToString(System.Globalization.CultureInfo.InvariantCulture), "--indicators", "re-referrals-12m,icpc-15wd" };
        var plain = TextTable.Find(ScorecardRun.Run(args).Succeeded().Stdout, "Indicator");
        var drawn = OnTerminal(args);
        var coloured = OnTerminal(true, args);

        // Numerator / denominator is aligned right: its cells are padded on the left, up to the border.
        var fraction = plain.Rows[0][plain.Column("Numerator / denominator")];
        Assert.Matches($"  {Regex.Escape(fraction)} │", drawn);

        // A judged comparison is green when better and red when worse (the words say so too); other cells have no colour.
        var red = Ansi(new Text("x", new Style(Color.Red)));
        var green = Ansi(new Text("x", new Style(Color.Green)));
        var judged = plain.Rows.Select(r => r[plain.Column(plain.Names.Single(n => n.StartsWith("England", StringComparison.Ordinal)))]).Where(c => c.Length > 0).ToList();
        Assert.NotEmpty(judged);
        Assert.All(judged, cell => Assert.Contains((cell.EndsWith(" better", StringComparison.Ordinal) ? green : cell.EndsWith(" worse", StringComparison.Ordinal) ? red : "") + cell, coloured, StringComparison.Ordinal));
        Assert.DoesNotContain(red + "re-referrals-12m", coloured, StringComparison.Ordinal);
    }

    // The escape sequence that starts a text's style, as a terminal with colours writes it.
    private static string Ansi(Text text)
    {
        var screen = new StringWriter();
        Colour(screen).Write(text);
        var written = screen.ToString();
        return written[..written.IndexOf('x', StringComparison.Ordinal)];
    }

    private static IAnsiConsole Colour(StringWriter screen) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        ColorSystem = ColorSystemSupport.Standard,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(screen),
    });

    [Fact]
    public void On_a_narrow_terminal_the_other_columns_wrap_and_indicator_ids_stay_whole()
    {
        var drawn = OnTerminal(false, 100, "--demo-children", ScorecardRun.SmallDemo.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.All(drawn.Split('\n'), line => Assert.True(line.Length <= 100, line));
        Assert.All(Catalogue.All, d => Assert.Contains($"│ {d.Id} ", drawn, StringComparison.Ordinal));
    }

    private static string OnTerminal(params string[] args) => OnTerminal(false, args);

    private static string OnTerminal(bool colours, params string[] args) => OnTerminal(colours, 200, args);

    private static string OnTerminal(bool colours, int width, params string[] args)
    {
        var screen = new StringWriter { NewLine = "\n" };
        var terminal = colours ? Colour(screen) : AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(screen),
        });
        terminal.Profile.Width = width;
        terminal.Profile.Capabilities.Unicode = true;
        var stderr = new StringWriter();

        var exit = ScorecardApp.Run(args, TextWriter.Null, stderr, null, terminal);

        Assert.True(exit == 0, stderr.ToString());
        return screen.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
