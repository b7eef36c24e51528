using System.CommandLine;
using System.Globalization;
using ChildrensSocialCare.Indicators.Synthetic;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// What to score: the returns (or, without --ssda903 and --cin, the built-in synthetic demo authority) and the period.
internal sealed class DataOptions
{
    public Option<IReadOnlyList<string>> Ssda903 { get; } =
        OptionValues.Paths("--ssda903", "SSDA903 return: a folder of CSV tables, CSV files, or an XML file (repeatable)");

    public Option<IReadOnlyList<string>> Cin { get; } = OptionValues.Paths("--cin", "CIN census: XML files, or folders of them (repeatable)");

    public Option<ReportingPeriod> Year { get; } = OptionValues.Read<ReportingPeriod>("--year", "YEAR",
        "reporting year ending 31 March: 2014 or 2013-14 (default: the latest in the data)",
        (string text, out ReportingPeriod period) =>
        {
            var read = ReportingYear.TryParse(text, out var year);
            period = read ? year.Period : default;
            return read;
        },
        "is not a reporting year (use 2014 or 2013-14)");

    public Option<ReportingPeriod> Period { get; } = OptionValues.Read<ReportingPeriod>("--period", "START..END",
        "any period, e.g. 2014-04-01..2014-09-30 (year to date) or 2014-10 (a month)",
        ReportingPeriod.TryParse, "is not a period (use 2014-04-01..2014-09-30, 2013-14 or 2014-10)");

    public Option<int> DemoChildren { get; } = OptionValues.Read<int>("--demo-children", "N",
        string.Create(CultureInfo.InvariantCulture, $"size of the demo authority (default {DemoAuthority.Latest.Children})"),
        (string text, out int size) =>
        {
            var read = OptionValues.TryWholeNumber(text, out var n) && n is >= 100 and <= 1_000_000;
            size = read ? (int)n : 0;
            return read;
        },
        "is not a whole number from 100 to 1,000,000");

    public Option<bool> KeepGoing { get; } = new("--keep-going")
    {
        Description = "score despite files that could not be read: each is a warning on standard error, and the output says it is incomplete",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "exit code 2 on any error finding about the input or the evaluation, even a rejected row (for CI)",
    };

    public IEnumerable<Option> All => [Ssda903, Cin, Year, Period, DemoChildren, KeepGoing, Strict];

    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetResult(Year) is not null && result.GetResult(Period) is not null)
            {
                result.AddError("give --year or --period, not both");
            }

            if (result.GetValue(KeepGoing) && result.GetValue(Strict))
            {
                result.AddError("give --keep-going or --strict, not both");
            }
        });
    }

    public Arguments Read(ParseResult parsed, Arguments args) => args with
    {
        Ssda903 = parsed.GetValue(Ssda903) ?? [],
        Cin = parsed.GetValue(Cin) ?? [],
        Period = parsed.GetResult(Period) is not null ? parsed.GetValue(Period) : parsed.GetResult(Year) is not null ? parsed.GetValue(Year) : null,
        DemoChildren = parsed.GetResult(DemoChildren) is not null ? parsed.GetValue(DemoChildren) : null,
        KeepGoing = parsed.GetValue(KeepGoing),
        Strict = parsed.GetValue(Strict),
    };
}
