namespace ChildrensSocialCare.Indicators.Reporting;

// The table of a breakdown (specification section 5).
public static partial class HtmlTables
{
    /// <summary>
    /// A breakdown as a table: one row per group with its label, value, numerator / denominator, share of the units
    /// and confidence interval (as <see cref="TextTableModel.Breakdown"/> shows them), the whole result in the caption,
    /// and below, why a group's value is not available (a rate without the group's population).
    /// </summary>
    /// <param name="breakdown">The breakdown, from <c>DataSet.Breakdown</c>.</param>
    /// <param name="options">Disclosure control; exact figures when <c>null</c>.</param>
    /// <returns>The HTML table.</returns>
    public static string Breakdown(Breakdown breakdown, PresentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var disclosure = options?.Disclosure;
        var level = breakdown.Whole.Interval?.Level ?? breakdown.Groups.Select(g => g.Interval?.Level).FirstOrDefault(l => l is not null) ?? default;
        var m = new Markup();
        m.Open("table", Styles.Table, "csc-table csc-breakdown", ("data-indicator", breakdown.Indicator.Id), ("data-dimension", breakdown.Dimension.Id)).Line();
        m.Element("caption", $"{breakdown.Indicator.Title} by {breakdown.Dimension.Title.ToLowerInvariant()}, {PeriodLabels.Long(breakdown.Period)}: {Figures.Value(breakdown.Whole, disclosure)}", Styles.Caption).Line();
        m.Open("thead").Open("tr");
        m.Element("th", breakdown.Dimension.Title, Styles.Head, null, ("scope", "col"));
        m.Element("th", "Value", Styles.HeadNumber, null, ("scope", "col"));
        m.Element("th", "Numerator / denominator", Styles.HeadNumber, null, ("scope", "col"));
        m.Element("th", "Share", Styles.HeadNumber, null, ("scope", "col"));
        m.Element("th", level + " interval", Styles.HeadNumber, null, ("scope", "col"));
        m.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var g in breakdown.Groups)
        {
            var cells = BreakdownRows.Cells(g, breakdown.Indicator, disclosure);
            m.Open("tr", null, null, ("data-group", g.Key));
            m.Element("th", cells[0], Styles.RowHead, null, ("scope", "row"));
            m.Element("td", cells[1], Styles.Value);
            m.Element("td", cells[2], Styles.Number);
            m.Element("td", cells[3], Styles.Number);
            m.Element("td", cells[4], Styles.Number);
            m.Close("tr").Line();
        }

        m.Close("tbody").Line().Close("table");
        var reasons = breakdown.Groups.Where(g => g.NotAvailableReason is not null).Select(g => g.NotAvailableReason!).Distinct().ToList();
        if (reasons.Count > 0)
        {
            m.Line().Element("p", "n/a: " + string.Join("; ", reasons), Styles.Note, "csc-breakdown-note");
        }

        return m.ToString();
    }
}
