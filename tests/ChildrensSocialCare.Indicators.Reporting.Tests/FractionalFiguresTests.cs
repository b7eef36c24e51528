using ChildrensSocialCare.Indicators.Records;
using ChildrensSocialCare.Indicators.Reporting;

namespace ChildrensSocialCare.Indicators.Reporting.Tests;

public class FractionalFiguresTests
{
    [Fact]
    public void Posts_in_full_time_equivalents_are_not_treated_as_counts_under_disclosure_control()
    {
        // 0.4 of 2.1 FTE filled by agency workers: 19.0%. The numerator and denominator are posts, not counts of
        // children, so disclosure control neither truncates them (to 0 and 2) nor suppresses them.
        var r = new RecordSet();
        r.WorkforceSnapshots.Add(new WorkforceSnapshot(new DateOnly(2014, 9, 30), 2.1m, 0.4m));
        var card = DataSet.Create(r).Scorecard(["workforce-agency-share"], ReportingPeriod.Year(2015));

        var text = TextTable.Scorecard(card, new PresentationOptions { Disclosure = DisclosureControl.LocalAuthority });

        Assert.Contains("0.4 / 2.1", text, StringComparison.Ordinal);
        Assert.Contains("19.0", text, StringComparison.Ordinal);
    }
}
