using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// cpp-rate, cpp-second-subsequent, cpp-repeat-within-2y, cpp-ended-2y-plus, cpp-open-2y-plus.
public class ChildProtectionIndicatorTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    [Fact]
    public void Plan_rate_counts_distinct_children_with_a_plan_open_at_the_period_end()
    {
        var result = new ReturnBuilder()
            .Plan("A", "2013-05-01")                         // open
            .Plan("A", "2013-09-01")                         // A again (overlapping): once
            .Plan("B", "2013-05-01", "2014-03-31")           // ended on the period end: not open
            .Plan("C", "2013-05-01", "2014-04-01")           // ended the day after: open
            .Plan("D", "2014-03-31")                         // started on the period end: open
            .Plan("E", "2014-04-01")                         // starts after
            .Evaluate("cpp-rate", Y2014, EvaluationOptions.Default.WithPopulation(30_000));

        // A, C, D: 3 / 30,000 x 10,000 = 1.0 per 10,000.
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(1m, result.Value);
    }

    [Fact]
    public void Second_or_subsequent_plan_counts_an_earlier_plan_ever_or_NumberOfPreviousCPP()
    {
        var result = new ReturnBuilder()
            .Plan("A", "2001-01-01", "2001-06-01").Plan("A", "2013-06-01")   // earlier plan 12 years ago: yes ("ever")
            .Plan("B", "2013-06-01", previousPlans: 2)                        // no earlier record, NumberOfPreviousCPP 2: yes
            .Plan("C", "2013-06-01", previousPlans: 0)                        // first: no
            .Plan("D", "2013-06-01")                                          // nothing recorded: no
            .Plan("E", "2013-05-01", "2013-08-01").Plan("E", "2013-10-01")    // two in the period; the second is not the first: yes
            .Plan("F", "2013-07-01").Plan("F", "2013-07-01")                  // two starting the same day: neither is earlier: no
            .Plan("G", "2012-01-01", "2012-06-01")                            // no plan starting in the period: not in the denominator
            .Evaluate("cpp-second-subsequent", Y2014);

        // Denominator: A, B, C, D, E, F (distinct children, E once). Numerator: A, B, E. 3 / 6 = 50.0%.
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(6m, result.Denominator);
        Assert.Equal("50.0", result.Display);
        Assert.Equal(["A", "B", "E"], result.Explain().Numerator.Select(e => e.ChildId));
        Assert.Equal(["A", "B", "C", "D", "E", "F"], result.Explain().Denominator.Select(e => e.ChildId));
    }

    [Fact]
    public void Repeat_plan_within_two_years_uses_the_most_recent_earlier_plan_with_an_inclusive_boundary()
    {
        var result = new ReturnBuilder()
            // New plans start 1 Jun 2013; 1 Jun 2013 - 2 calendar years = 1 Jun 2011.
            .Plan("A", "2010-01-01", "2011-06-01").Plan("A", "2013-06-01")   // ended on the boundary: yes
            .Plan("B", "2010-01-01", "2011-05-31").Plan("B", "2013-06-01")   // ended the day before: no
            .Plan("C", "2013-06-01", previousPlans: 3)                        // NumberOfPreviousCPP alone: no ended plan known: no
            // D: the most recent earlier plan (start 1 Feb 2011) ended 1 Mar 2011, before the boundary; an older plan ended
            // 1 Jan 2013, within it. Only the most recent earlier plan decides: no.
            .Plan("D", "2011-01-01", "2013-01-01").Plan("D", "2011-02-01", "2011-03-01").Plan("D", "2013-06-01")
            // E: the most recent earlier plan has no end date: not an ended plan: no.
            .Plan("E", "2010-01-01", "2012-01-01").Plan("E", "2012-06-01").Plan("E", "2013-06-01")
            // F: two earlier plans share the latest earlier start; one is open, one ended 1 Mar 2012: any of them: yes.
            .Plan("F", "2012-01-01").Plan("F", "2012-01-01", "2012-03-01").Plan("F", "2013-06-01")
            // G: tie where both ended before the boundary: no.
            .Plan("G", "2010-01-01", "2010-06-01").Plan("G", "2010-01-01", "2011-01-01").Plan("G", "2013-06-01")
            // H: two plans in the period; the second's previous (the first) ended 1 Aug 2013: yes.
            .Plan("H", "2013-05-01", "2013-08-01").Plan("H", "2013-10-01")
            .Evaluate("cpp-repeat-within-2y", Y2014);

        // Denominator: A-H (8). Numerator: A, F, H. 3 / 8 = 37.5%.
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(8m, result.Denominator);
        Assert.Equal("37.5", result.Display);
        Assert.Equal(["A", "F", "H"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void An_earlier_plan_still_open_when_the_next_starts_is_a_diagnostic()
    {
        var data = new ReturnBuilder().Plan("E", "2012-06-01").Plan("E", "2013-06-01").ToDataSet();

        var diagnostic = Assert.Single(data.Diagnostics);
        Assert.Equal("plans.overlap", diagnostic.Code);
        Assert.Equal("E", diagnostic.ChildId);
    }

    [Fact]
    public void The_repeat_plan_look_back_is_an_option()
    {
        var data = new ReturnBuilder()
            .Plan("A", "2010-01-01", "2011-06-01").Plan("A", "2013-06-01")   // ended 24 months before
            .Plan("B", "2010-01-01", "2012-06-01").Plan("B", "2013-06-01")   // ended 12 months before
            .ToDataSet();

        var twelve = data.Evaluate("cpp-repeat-within-2y", Y2014, EvaluationOptions.Default with { RepeatPlanLookBackMonths = 12 });

        // 1 Jun 2013 - 12 months = 1 Jun 2012: only B.
        Assert.Equal(1m, twelve.Numerator);
        Assert.Equal(2m, twelve.Denominator);
        Assert.Equal(2m, data.Evaluate("cpp-repeat-within-2y", Y2014).Numerator);
    }

    [Fact]
    public void Plan_ending_exactly_two_years_after_it_started_lasted_two_years()
    {
        var result = new ReturnBuilder()
            .Plan("A", "2012-01-15", "2014-01-15")   // end = start + 2 years: yes
            .Plan("B", "2012-01-15", "2014-01-14")   // a day short: no
            .Plan("C", "2012-02-29", "2014-02-28")   // 29 Feb 2012 + 2 years = 28 Feb 2014: yes
            .Plan("D", "2012-03-01", "2014-02-28")   // no
            .Plan("E", "2010-01-01", "2014-03-31")   // ended on the period end: in the period, 4 years: yes
            .Plan("F", "2010-01-01", "2014-04-01")   // ended after the period: out
            .Plan("G", "2013-05-01")                 // open: out
            .Evaluate("cpp-ended-2y-plus", Y2014);

        // Ended in 2013-14: A, B, C, D, E; lasting 2 years or more: A, C, E: 3 / 5 = 60.0%.
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(5m, result.Denominator);
        Assert.Equal(["A", "C", "E"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void Plan_ending_before_it_started_is_left_out_of_the_ended_plans_and_listed()
    {
        var result = new ReturnBuilder()
            .Plan("A", "2013-09-01", "2013-08-01")
            .Plan("B", "2013-01-01", "2013-08-01")
            .Evaluate("cpp-ended-2y-plus", Y2014);

        Assert.Equal(0m, result.Numerator);
        Assert.Equal(1m, result.Denominator);
        var excluded = Assert.Single(result.Explain().Excluded);
        Assert.Equal("A", excluded.Entry.ChildId);
        Assert.Contains("ended before it started", excluded.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_plan_lasting_two_years_at_the_period_end_is_counted_and_a_plan_ending_on_it_is_not_open()
    {
        var result = new ReturnBuilder()
            .Plan("A", "2012-03-31")                 // 31 Mar 2014 >= 31 Mar 2012 + 2 years: yes
            .Plan("B", "2012-04-01")                 // a day short: no
            .Plan("C", "2010-01-01", "2014-03-31")   // ended on the period end: not open
            .Plan("D", "2010-01-01", "2014-04-01")   // open at the end, 4 years: yes
            .Plan("E", "2014-03-31")                 // started on the period end: open, 0 years
            .Evaluate("cpp-open-2y-plus", Y2014);

        // Open: A, B, D, E; 2 years or more: A, D: 2 / 4 = 50.0%.
        Assert.Equal(2m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
    }

    [Fact]
    public void Open_plan_two_years_at_a_period_ending_on_29_February()
    {
        // Period 1 Mar 2015 - 29 Feb 2016. A plan from 28 Feb 2014 reaches 2 years on 28 Feb 2016: yes. One from 1 Mar 2014
        // reaches them on 1 Mar 2016: no.
        var result = new ReturnBuilder()
            .Plan("A", "2014-02-28")
            .Plan("B", "2014-03-01")
            .Evaluate("cpp-open-2y-plus", Period("2015-03-01", "2016-02-29"));

        Assert.Equal(1m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
    }
}
