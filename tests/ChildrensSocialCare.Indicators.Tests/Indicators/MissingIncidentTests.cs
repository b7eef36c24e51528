namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// cla-missing and cla-away (INDICATORS.md section 8 and 8.1): children looked after at any time in 2013-14 with a
// missing (M) or away (A) row starting in it.
public class MissingIncidentTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    private static DataSet Incidents() => new ReturnBuilder(2014)
        .Care("A", "2012-01-01").Open().Missing("A", "M", "2013-06-01", "2013-06-02").Missing("A", "A", "2013-07-01")
        .Care("B", "2012-01-01").Open().Missing("B", "M", "2013-03-31", "2013-04-05")       // began the day before
        .Care("C", "2012-01-01").Ends("2013-05-01", "E13").Missing("C", "M", "2013-08-01")   // after leaving care: counts
        .Care("D", "2014-03-31").Open().Missing("D", "A", "2014-03-31")                      // the period's last day
        .Care("E", "2012-01-01").Ends("2013-04-01", "E13").Missing("E", "M", "2013-05-01")   // left care on 1 April: not
        .Care("F", "2012-01-01", legalStatus: "V3").Open().Missing("F", "M", "2013-05-01")   // short breaks: ignored
        .Care("G", "2012-01-01").Open().Missing("G", " m ", "2014-03-31")                    // codes trimmed, case-blind
        .Care("H", "2012-01-01").Open()                                                     // no incident
        .Care("I", "2012-01-01").Open().Missing("I", "M", "2014-04-01")                      // after the period
        .ToDataSet();

    [Fact]
    public void Missing_counts_children_looked_after_in_the_period_with_an_incident_starting_in_it()
    {
        var result = Incidents().Evaluate("cla-missing", Y2014);

        // Looked after during 2013-14: A, B, C, D, G, H, I (E's care ended on 1 April, so [.., 1 April) misses the
        // period); missing in it: A, C, G. 3 / 7 = 42.9% -> 43.
        Assert.Equal((3m, 7m), (result.Numerator, result.Denominator));
        Assert.Equal("43", result.Display);
        Assert.Equal(["A", "C", "G"], result.Explain().Numerator.Select(e => e.ChildId));
        Assert.Equal(ExclusionCodes.ShortBreak, Assert.Single(result.Explain().Excluded).Code);
    }

    [Fact]
    public void Away_counts_absences_without_authorisation_only()
    {
        var result = Incidents().Evaluate("cla-away", Y2014);

        // Away in 2013-14: A (1 July), D (31 March). 2 / 7 = 28.6% -> 29.
        Assert.Equal((2m, 7m), (result.Numerator, result.Denominator));
        Assert.Equal("29", result.Display);
        Assert.Equal(D("2014-03-31"), result.Explain().Numerator.Single(e => e.ChildId == "D").Dates.Single(d => d.Name == "first incident start").Date);
    }

    private static DateOnly D(string iso) => ReturnBuilder.D(iso);
}
