using System.Globalization;

namespace ChildrensSocialCare.Indicators.Reporting;

// The table of a breakdown (specification section 5): one row per group, as the scorecard shows a whole result.
public sealed partial class TextTableModel
{
    /// <summary>
    /// A breakdown: a heading line with the indicator and dimension, then one row per group with its label, value,
    /// numerator / denominator, share of the units and interval; below, the reason of the groups whose value is not
    /// available (a rate without the group's population) and, under disclosure control, the key to its symbols.
    /// </summary>
    /// <param name="breakdown">The breakdown, from <c>DataSet.Breakdown</c>.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    /// <returns>The table.</returns>
    public static TextTableModel Breakdown(Breakdown breakdown, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var disclosure = options?.Disclosure;
        var level = breakdown.Whole.Interval?.Level ?? breakdown.Groups.Select(g => g.Interval?.Level).FirstOrDefault(l => l is not null) ?? default;
        TextTableColumn[] columns =
        [
            new(breakdown.Dimension.Title), new("Value", TextAlignment.Right), new("Numerator / denominator", TextAlignment.Right),
            new("Share", TextAlignment.Right), new(level + " interval"),
        ];
        var rows = breakdown.Groups.Select(g => Cells(BreakdownRows.Cells(g, breakdown.Whole.Indicator, disclosure)));
        var notes = new List<string>();
        var reasons = breakdown.Groups.Where(g => g.NotAvailableReason is not null).Select(g => g.NotAvailableReason!).Distinct().ToList();
        if (reasons.Count > 0)
        {
            notes.Add("");
            notes.Add("n/a: " + string.Join("; ", reasons));
        }

        if (disclosure is not null)
        {
            notes.Add("");
            notes.Add(TextTable.SymbolsKey);
        }

        return new TextTableModel(columns, rows)
        {
            Heading =
            [
                string.Create(CultureInfo.InvariantCulture,
                    $"{breakdown.Indicator.Title} ({breakdown.Indicator.Id}) by {breakdown.Dimension.Title.ToLowerInvariant()}, {PeriodLabels.Long(breakdown.Period)}: {Figures.Value(breakdown.Whole, disclosure)}"),
                "",
            ],
            Notes = notes,
        };
    }
}
