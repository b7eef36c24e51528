namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// adoption-order-to-match-days (INDICATORS.md section 8 and 8.1; scorecard A2), in 2013-14.
public class AdoptionOrderToMatchTests
{
    [Fact]
    public void Days_run_from_the_first_E1_or_D1_episode_to_the_first_AD1_match()
    {
        var result = new ReturnBuilder(2014)
            // The order is the first E1 episode (1 March 2013), not the later one; matched 31 May 2013: 91 days.
            .Care("A", "2012-01-01").Then("2013-03-01", "L", legalStatus: "E1").Then("2013-06-01", "T", "A4", legalStatus: "E1")
                .Ends("2014-01-10", "E11").Adoption("A", "2013-05-31").Adoption("A", "2013-09-01")
            // D1 on 1 June 2013; matched 21 May 2013, before the order: -11 days, kept.
            .Care("B", "2012-06-01").Then("2013-06-01", "L", legalStatus: "D1").Ends("2014-02-01", "E12").Adoption("B", "2013-05-21")
            // E1 on 2 January 2013; matched 3 April 2013: 91 days.
            .Care("C", "2012-01-01").Then("2013-01-02", "L", legalStatus: "E1").Ends("2014-03-31", "E11").Adoption("C", "2013-04-03")
            .Care("D", "2012-01-01").Ends("2013-10-01", "E11").Adoption("D", "2013-05-01")               // no placement order
            .Care("E", "2012-01-01", legalStatus: "E1").Ends("2013-11-01", "E11").Adoption("E", null)    // no match date
            .Care("F", "2012-01-01", legalStatus: "E1").Ends("2014-04-01", "E11").Adoption("F", "2013-05-01") // adopted after
            .Evaluate("adoption-order-to-match-days", ReportingPeriod.Year(2014));

        // A 91, B -11, C 91: total 171 over 3 children, mean 57; median 91; D and E are left out and listed.
        Assert.Equal((171m, 3m, 57m), (result.Numerator, result.Denominator, result.Value));
        Assert.Equal(91m, result.Details.Single(d => d.Key == "median").Value);
        Assert.Equal(3m, result.Details.Single(d => d.Key == "count").Numerator);
        Assert.Equal(
            [("D", ExclusionCodes.AdoptionNoPlacementOrder), ("E", ExclusionCodes.AdoptionNoMatchDate)],
            result.Explain().Excluded.Select(x => (x.Entry.ChildId, x.Code)));
    }
}
