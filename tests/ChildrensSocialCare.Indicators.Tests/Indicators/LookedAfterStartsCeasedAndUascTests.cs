using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// cla-started-rate, cla-ceased, cla-ceased-adopted and cla-uasc-share (INDICATORS.md section 8 and 8.1), over the
// periods of care of section 2.
public class LookedAfterStartsCeasedAndUascTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    // ---- cla-started-rate ----

    [Fact]
    public void Started_rate_counts_each_child_once_with_a_period_of_care_starting_in_the_period()
    {
        var result = new ReturnBuilder()
            .Care("A", "2013-05-01").Ends("2013-06-01", "E13")                       // started twice: once,
            .Care("A", "2013-09-01").Open()                                           // through the first start
            .Care("B", "2013-03-31").Then("2013-06-01", "P", "U2").Open()             // started the day before the period
            .Care("C", "2014-03-31").Open()                                           // on the period end: in it
            .Care("D", "2014-04-01").Open()                                           // the day after: not
            .Care("E", "2013-06-01", legalStatus: "V3").Open()                        // short breaks: ignored
            .Episode("F", "2012-01-01", "S", dec: "2013-07-01", rec: "X1")            // an X1 followed by a gap ends care,
            .Episode("F", "2013-07-10", "P")                                          // so care starts again on 10 July
            .Evaluate("cla-started-rate", Y2014, EvaluationOptions.Default.WithPopulation(30_000));

        // A, C, F: 3 / 30,000 x 10,000 = 1 per 10,000.
        Assert.Equal(3m, result.Numerator);
        Assert.Equal(1m, result.Value);
        var explained = result.Explain().Numerator;
        Assert.Equal(["A", "C", "F"], explained.Select(e => e.ChildId));
        Assert.Equal(D("2013-05-01"), explained[0].Dates.Single(d => d.Name == "period of care start").Date);
    }

    [Fact]
    public void Started_rate_annualises_a_part_year()
    {
        var result = new ReturnBuilder()
            .Care("A", "2013-05-01").Open().Care("B", "2013-10-01").Open()
            .Evaluate("cla-started-rate", Period("2013-04-01", "2013-09-30"),
                EvaluationOptions.Default.WithPopulation(10_000) with { Annualise = true });

        // A only (B starts in October): 1 x 12 / 6 months / 10,000 x 10,000 = 2 per 10,000.
        Assert.True(result.IsAnnualised);
        Assert.Equal((1m, 2m), (result.Numerator, result.Value));
    }

    // ---- cla-ceased and cla-ceased-adopted ----

    private static DataSet Ceasing() => new ReturnBuilder()
        .Care("A", "2013-05-01").Ends("2013-06-01", "E13")                            // ceased twice: once, by the
        .Care("A", "2013-09-01").Ends("2014-02-01", "E11")                            // last occasion (adopted)
        .Care("B", "2012-01-01").Then("2013-06-01", "P", "U2").Ends("2014-03-31", "E4A") // on the period end: in it
        .Care("C", "2013-01-01").Ends("2014-04-01", "E13")                            // the day after: not
        .Episode("D", "2012-01-01", "S", dec: "2013-07-01", rec: "X1")                // an X1 followed by a gap
        .Episode("D", "2013-07-10", "P")                                              // ends care on 1 July
        .Care("E", "2013-01-01", legalStatus: "V4").Ends("2013-12-01", "E13")         // short breaks: ignored
        .Care("G", "2013-01-01").Then("2013-10-01", "P", "U2").Open()                 // X1 continues care
        .Care("H", "2012-01-01").Ends("2013-05-01", "E12")                            // adopted first, then ceased
        .Care("H", "2013-08-01").Ends("2013-11-01", "E13")                            // again: the last occasion is E13
        .ToDataSet();

    [Fact]
    public void Ceased_counts_each_child_once_through_the_last_period_of_care_ending_in_the_period()
    {
        var result = Ceasing().Evaluate("cla-ceased", Y2014);

        // A, B, D, H: a count, so numerator = value = 4 and no denominator (section 8.1).
        Assert.Equal((4m, 0m, 4m), (result.Numerator, result.Denominator, result.Value));
        Assert.Equal("4", result.Display);
        var explained = result.Explain();
        Assert.Equal(["A", "B", "D", "H"], explained.Numerator.Select(e => e.ChildId));
        Assert.Empty(explained.Denominator);
        Assert.Equal(D("2014-02-01"), explained.Numerator[0].Dates.Single(d => d.Name == "DEC").Date);
    }

    [Fact]
    public void Ceased_adopted_judges_each_child_by_the_last_occasion()
    {
        var result = Ceasing().Evaluate("cla-ceased-adopted", Y2014);

        // Of A, B, D, H only A's last occasion is E11 (H's adoption in May was not the last): 1 / 4 = 25%.
        Assert.Equal((1m, 4m), (result.Numerator, result.Denominator));
        Assert.Equal(25m, result.Value);
        Assert.Equal(["A"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    // ---- cla-uasc-share ----

    [Fact]
    public void Uasc_share_counts_a_UASC_row_whose_DUC_is_blank_or_after_the_period_end()
    {
        var result = new ReturnBuilder()
            .Care("A", "2013-01-01").Open().Uasc("A")                                 // DUC blank: UASC
            .Care("B", "2013-01-01").Open().Uasc("B", "2014-03-31")                   // ceased UASC on the period end: not
            .Care("C", "2013-01-01").Open().Uasc("C", "2014-04-01")                   // ceases the day after: UASC
            .Care("D", "2013-01-01").Open()                                           // no UASC row
            .Care("E", "2013-01-01").Ends("2014-01-01", "E13").Uasc("E")              // not looked after at the end
            .Care("F", "2013-01-01", legalStatus: "V3").Open().Uasc("F")              // short break: excluded
            .Evaluate("cla-uasc-share", Y2014);

        // Looked after at 31 March 2014: A, B, C, D; UASC then: A, C. 2 / 4 = 50%.
        Assert.Equal((2m, 4m), (result.Numerator, result.Denominator));
        Assert.Equal(50m, result.Value);
        Assert.Equal(["A", "C"], result.Explain().Numerator.Select(e => e.ChildId));
        Assert.Equal(ExclusionCodes.ShortBreak, Assert.Single(result.Explain().Excluded).Code);
    }
}
