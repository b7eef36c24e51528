using System.Globalization;

namespace ChildrensSocialCare.Indicators.Reporting;

// Names of periods for people: "2013-14", "October 2014", "1 April 2014 to 30 September 2014"; and short ones for
// chart axes and series tables, where a snapshot is named by its date.
internal static class PeriodLabels
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static bool IsReportingYear(ReportingPeriod p) =>
        p.Start == new DateOnly(p.End.Year - 1, 4, 1) && p.End == new DateOnly(p.End.Year, 3, 31);

    public static string Long(ReportingPeriod p)
    {
        if (IsReportingYear(p))
        {
            return ReportingYear.Ending(p.End.Year) + " (" + Date(p.Start) + " to " + Date(p.End) + ")";
        }

        if (p.WholeMonths == 1)
        {
            return p.Start.ToString("MMMM yyyy", s_invariant);
        }

        return p.Start == p.End ? Date(p.Start) : Date(p.Start) + " to " + Date(p.End);
    }

    public static string Short(ReportingPeriod p, MeasureKind kind)
    {
        if (kind == MeasureKind.Snapshot)
        {
            // A snapshot is what is open at the end of the period: name the date.
            return p.End.AddDays(1).Day == 1 ? p.End.ToString("MMM yyyy", s_invariant) : p.End.ToString("d MMM yyyy", s_invariant);
        }

        if (IsReportingYear(p))
        {
            return ReportingYear.Ending(p.End.Year).ToString();
        }

        if (p.WholeMonths is { } months)
        {
            return months == 1
                ? p.Start.ToString("MMM yyyy", s_invariant)
                : p.Start.Year == p.End.Year
                    ? p.Start.ToString("MMM", s_invariant) + "-" + p.End.ToString("MMM yyyy", s_invariant)
                    : p.Start.ToString("MMM yyyy", s_invariant) + "-" + p.End.ToString("MMM yyyy", s_invariant);
        }

        return p.Start == p.End
            ? p.Start.ToString("d MMM yyyy", s_invariant)
            : p.Start.ToString("d MMM yyyy", s_invariant) + "-" + p.End.ToString("d MMM yyyy", s_invariant);
    }

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", s_invariant);
}
