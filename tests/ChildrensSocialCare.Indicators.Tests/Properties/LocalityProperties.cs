using System.Globalization;
using ChildrensSocialCare.Indicators.Records;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// Records a period cannot see change none of its results.
/// <list type="bullet">
/// <item>Records dated wholly after the period's end change no indicator at all: flows count events in the period,
/// snapshots what is open at its end, and every look-back (re-referrals, earlier plans, periods of care, placements)
/// looks only backwards.</item>
/// <item>Records dated wholly before the look-back window (referrals more than 12 months before the start, closed
/// before it; assessments, enquiries, contacts and plans over before the start; sickness more than a year before;
/// episodes ending before the start and before the child's first episode) change every indicator except two:
/// <c>cpp-second-subsequent</c> counts an earlier plan "ever", however long ago, and <c>cpp-repeat-within-2y</c>
/// looks at the most recent earlier plan by start date, which an old plan that overlapped a later one can become (see
/// the facts below). Episodes have no fixed look-back (a period of care can be years long), so they are kept from
/// joining the child's episodes rather than dated before a window.</item>
/// <item>OC3 rows carry no dates of their own (their birthday decides), so care leavers are not part of this law.</item>
/// </list>
/// </summary>
public class LocalityProperties
{
    private static readonly string[] LookBackForever = ["cpp-second-subsequent", "cpp-repeat-within-2y"];

    private static void AssertUnchanged(Seeded s, Func<IReadOnlyList<object>, ReportingPeriod, int, List<object>> extra, IEnumerable<string> only)
    {
        var scenario = s.Case.Scenario;
        var data = DataSet.Create(scenario.ToRecordSet());
        var differences = new List<string>();
        foreach (var p in s.Case.Periods)
        {
            var added = extra(scenario.Records, p, s.Seed);
            var more = DataSet.Create(scenario.With([.. scenario.Records, .. added]).ToRecordSet());
            foreach (var o in s.Case.Options)
            {
                differences.AddRange(Transformations.Differences(data.Scorecard(p, o), more.Scorecard(p, o), only)
                    .Select(d => d + "\n  after adding:\n  " + string.Join("\n  ", added.Select(Scenario.Print))));
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void Records_dated_after_the_period_change_no_result(Seeded s) =>
        AssertUnchanged(s, Outside.AfterPeriod, Catalogue.All.Select(d => d.Id));

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void Records_dated_before_the_look_back_window_change_no_result_but_plan_history(Seeded s) =>
        AssertUnchanged(s, Outside.BeforeWindow, Catalogue.All.Select(d => d.Id).Except(LookBackForever));

    // Why cpp-second-subsequent is not local: "ever" means however long ago. A plan that ended in 2001 makes the 2014
    // plan a second plan (by hand: 1 child with a plan starting in 2013-14, and it has an earlier plan: 1 / 1).
    [Fact]
    public void A_plan_ended_long_before_the_period_still_makes_the_next_one_a_second_plan()
    {
        var r = new RecordSet();
        r.ChildProtectionPlans.Add(new ChildProtectionPlan("A", D("2013-06-01")));
        var without = DataSet.Create(r).Evaluate("cpp-second-subsequent", ReportingPeriod.Year(2014));
        r.ChildProtectionPlans.Add(new ChildProtectionPlan("A", D("2000-06-01"), D("2001-01-01")));
        var with = DataSet.Create(r).Evaluate("cpp-second-subsequent", ReportingPeriod.Year(2014));

        Assert.Equal((0m, 1m), (without.Numerator, without.Denominator));
        Assert.Equal((1m, 1m), (with.Numerator, with.Denominator));
    }

    // Why cpp-repeat-within-2y is not local: the most recent earlier plan is the one with the latest earlier start.
    // By hand: the 2013-06-01 plan's most recent earlier plan is the 2005 one, which ended 2012-12-31, after
    // 2011-06-01 (start - 2 years): 1 / 1. Add a plan from 2006 to 2007, long over: it starts later than the 2005 plan,
    // so it becomes the most recent earlier plan, and it ended before 2011-06-01: 0 / 1.
    [Fact]
    public void An_old_plan_can_become_the_most_recent_earlier_plan()
    {
        var r = new RecordSet();
        r.ChildProtectionPlans.Add(new ChildProtectionPlan("A", D("2013-06-01")));
        r.ChildProtectionPlans.Add(new ChildProtectionPlan("A", D("2005-01-01"), D("2012-12-31")));
        var without = DataSet.Create(r).Evaluate("cpp-repeat-within-2y", ReportingPeriod.Year(2014));
        r.ChildProtectionPlans.Add(new ChildProtectionPlan("A", D("2006-01-01"), D("2007-01-01")));
        var with = DataSet.Create(r).Evaluate("cpp-repeat-within-2y", ReportingPeriod.Year(2014));

        Assert.Equal((1m, 1m), (without.Numerator, without.Denominator));
        Assert.Equal((0m, 1m), (with.Numerator, with.Denominator));
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
