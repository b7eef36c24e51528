using System.CommandLine;
using System.Globalization;

namespace ChildrensSocialCare.Indicators.ScorecardCommand.Commands;

// Scoring an Ofsted Annex A workbook (specification 9): --annex-a FILE.xlsx, with the date of the extract
// (--reference-date; without it, the latest date in the workbook, with a warning). --period overrides the window (the
// 6 months to the reference date) within it. The inspection scorecard is the Annex A measures, then the indicators
// computable from the lists.
internal sealed class AnnexAOptions
{
    public Option<string> AnnexA { get; } = new("--annex-a")
    {
        HelpName = "FILE.xlsx",
        Description = "score an Ofsted Annex A workbook: the inspection measures and the indicators its lists allow",
    };

    public Option<DateOnly> ReferenceDate { get; } = OptionValues.Read<DateOnly>("--reference-date", "DATE",
        "the date of the Annex A extract, e.g. 2024-01-31 (default: the latest date in the workbook, with a warning)",
        (string text, out DateOnly date) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date),
        "is not a date (use 2024-01-31)");

    public IReadOnlyList<Option> All => [AnnexA, ReferenceDate];

    public void AddTo(Command command, DataOptions data)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetResult(AnnexA) is null)
            {
                if (result.GetResult(ReferenceDate) is not null)
                {
                    result.AddError("--reference-date is only for --annex-a");
                }

                return;
            }

            foreach (var other in new Option[] { data.Ssda903, data.Cin, data.Year, data.DemoChildren })
            {
                if (result.GetResult(other) is not null)
                {
                    result.AddError($"give --annex-a or {other.Name}, not both (an Annex A workbook is scored on its own, over --period within its window)");
                }
            }
        });
    }

    public Arguments Read(ParseResult parsed, Arguments args) => args with
    {
        AnnexA = parsed.GetValue(AnnexA),
        ReferenceDate = parsed.GetResult(ReferenceDate) is not null ? parsed.GetValue(ReferenceDate) : null,
    };
}
