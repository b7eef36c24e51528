using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// adoption-entry-to-placement-days: days from entering care to moving in with the adoptive family.
public class AdoptionIndicatorTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    private static ReturnBuilder TwoAdoptions() => new ReturnBuilder()
        // A: entered care 10 Jan 2012 (residential), moved to foster carers 1 May 2012, placed for adoption with them
        // (RNE T) 1 Jun 2013, adopted (E12) 1 Dec 2013. Moved in with the adopters 1 May 2012:
        // 10 Jan -> 1 May 2012 = 21 (rest of Jan) + 29 (Feb, leap year) + 31 + 30 + 1 = 112 days.
        .Care("A", "2012-01-10", "K2").Then("2012-05-01", "P", "U1").Then("2013-06-01", "T", "A4", legalStatus: "E1")
            .Ends("2013-12-01", "E12")
        // B: entered care 15 Jan 2013, placed with new adopters (RNE P) 1 Jul 2013, adopted (E11) 20 Feb 2014:
        // 15 Jan -> 1 Jul 2013 = 16 + 28 + 31 + 30 + 31 + 30 + 1 = 167 days.
        .Care("B", "2013-01-15", "U1").Then("2013-07-01", "P", "A5", legalStatus: "E1").Ends("2014-02-20", "E11")
        // C: adopted after the period: out.
        .Care("C", "2013-01-15", "U1").Then("2013-07-01", "P", "A5").Ends("2014-04-01", "E11")
        // D: left care in the period by another route (E4A): not adopted.
        .Care("D", "2013-01-15", "U1").Ends("2013-07-01", "E4A");

    [Fact]
    public void Mean_days_from_entering_care_to_moving_in_with_the_adoptive_family()
    {
        var result = TwoAdoptions().Evaluate("adoption-entry-to-placement-days", Y2014);

        // (112 + 167) / 2 = 139.5 days, shown half away from zero as 140.
        Assert.Equal(279m, result.Numerator);
        Assert.Equal(2m, result.Denominator);
        Assert.Equal(139.5m, result.Value);
        Assert.Equal("140", result.Display);
        Assert.Equal(139.5m, result.Details.Single(d => d.Key == "median").Value);
        Assert.Equal(2m, result.Details.Single(d => d.Key == "count").Value);
    }

    [Fact]
    public void Adoption_by_foster_carers_counts_from_the_day_the_child_moved_in_with_them_whatever_the_placement_option()
    {
        var options = EvaluationOptions.Default with { PlacementChange = PlacementChange.AnyPlacementChange };

        var result = TwoAdoptions().Evaluate("adoption-entry-to-placement-days", Y2014, options);

        // Still 1 May 2012 for A (the RNE T episode of 1 Jun 2013 does not restart the carer spell): 279 / 2.
        Assert.Equal(279m, result.Numerator);
        var a = result.Explain().Numerator.Single(e => e.ChildId == "A");
        Assert.Contains(new KeyDate("moved in with adopters", D("2012-05-01")), a.Dates);
        Assert.Contains(new KeyDate("entered care", D("2012-01-10")), a.Dates);
    }

    [Fact]
    public void Adoption_days_count_from_the_start_of_the_whole_period_of_care()
    {
        var result = new ReturnBuilder()
            // Care from 1 Jan 2013 with a legal-status change (X1 chain), placed with adopters 1 Mar 2013 (59 days:
            // 31 + 28), adopted 1 Mar 2014.
            .Care("A", "2013-01-01", legalStatus: "C1").Then("2013-02-01", "L", legalStatus: "C2").Then("2013-03-01", "P", "A5")
                .Ends("2014-03-01", "E11")
            // An earlier period of care that ended (E13) does not count: from 1 Jun 2013 to 1 Jul 2013 = 30 days.
            .Care("B", "2012-01-01").Ends("2013-01-01", "E13")
            .Care("B", "2013-06-01").Then("2013-07-01", "P", "A5").Ends("2014-03-31", "E12")
            // Three children make an odd count for the median: C placed with adopters the day care began: 0 days.
            .Care("C", "2013-05-01", "A5").Ends("2013-11-01", "E11")
            .Evaluate("adoption-entry-to-placement-days", Y2014);

        // 59 + 30 + 0 = 89 over 3 = 29.67, shown as 30; median 30.
        Assert.Equal(89m, result.Numerator);
        Assert.Equal(3m, result.Denominator);
        Assert.Equal("30", result.Display);
        Assert.Equal(30m, result.Details.Single(d => d.Key == "median").Value);
    }

    [Fact]
    public void No_adoptions_in_the_period_is_not_applicable()
    {
        var result = new ReturnBuilder().Care("A", "2013-01-01").Open().Evaluate("adoption-entry-to-placement-days", Y2014);

        Assert.True(result.IsAvailable);
        Assert.Null(result.Value);
        Assert.Equal("n/a", result.Display);
        Assert.Null(result.Details.Single(d => d.Key == "median").Value);
    }
}
