using System.CommandLine;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// scorecard verify --expected FILE: recomputes each expected figure at its published precision; exit code 0 when all
// match, 1 with a table of the differences (for CI).
internal static class VerifyCommand
{
    public static Command Create(DataOptions data, IndicatorOptions indicators, Option<bool> publication, Streams streams)
    {
        var expected = new Option<string>("--expected")
        {
            HelpName = "FILE",
            Description = "JSON of expected figures: the output of --format json, or { \"indicators\": [ { \"id\": \"...\", \"display\": \"...\" } ] }",
        };
        var verify = new Command("verify", "recompute and compare with published figures (for CI)") { expected };
        data.AddTo(verify);
        foreach (var option in indicators.All)
        {
            verify.Options.Add(option);
        }

        verify.Options.Add(publication);
        verify.Validators.Add(result =>
        {
            if (result.GetResult(expected) is null)
            {
                result.AddError("verify needs --expected <expected.json>");
            }
        });
        verify.SetAction(parsed => Run(
            data.Read(parsed, new Arguments { Options = indicators.Read(parsed), Publication = parsed.GetValue(publication) }),
            parsed.GetValue(expected)!, streams));
        return verify;
    }

    private static int Run(Arguments args, string expectedFile, Streams streams)
    {
        var (figures, problem) = ExpectedFigures.Read(expectedFile);
        var expected = figures ?? throw new InputException(problem!);
        var (_, card, _) = Scoring.Evaluate(args, expected.Figures.Select(f => f.Indicator.Id).ToList(), expected.Period, expected.Population, streams);
        var disclosure = args.Publication || expected.Publication ? DisclosureControl.LocalAuthority : null;
        var differences = expected.Compare(card, disclosure);
        var output = streams.Out;
        if (differences.Count == 0)
        {
            output.Line($"All {expected.Figures.Count} figures match for {Scoring.PeriodText(card.Period)}.");
            return ScorecardApp.Success;
        }

        var rows = new List<string[]> { new[] { "indicator", "expected", "actual", "numerator / denominator" } };
        rows.AddRange(differences.Select(d => new[] { d.Id, d.Expected, d.Actual, d.Detail }));
        output.Line($"{differences.Count} of {expected.Figures.Count} figures differ for {Scoring.PeriodText(card.Period)}:");
        output.Table(rows);
        return ScorecardApp.Differences;
    }
}
