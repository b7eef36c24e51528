using ChildrensSocialCare.Indicators.Tests.Oracle;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// The engine agrees with the deliberately simple reference implementation (<see cref="ReferenceIndicators"/>) on the
/// numerator, denominator, value and availability of every indicator, for whole years, years to date, single months,
/// rolling years, two-year and arbitrary periods, under random options (population, annualising, MeasureFrom,
/// PlacementChange, look-back, care-leaver ages, an extra bank holiday).
/// </summary>
public class OracleAgreementProperties
{
    [Fact]
    public void The_reference_implements_every_indicator_of_the_catalogue()
    {
        Assert.Equal(Catalogue.All.Select(d => d.Id), ReferenceIndicators.Ids);
    }

    // 500 data sets x 6 periods x 2 option sets x 28 indicators.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public void Engine_agrees_with_the_reference_implementation_on_every_indicator(Case c)
    {
        var records = c.Scenario.ToRecordSet();
        var data = DataSet.Create(records);
        var differences = (from p in c.Periods
                           from o in c.Options
                           from d in Agreement.Differences(data, records, p, o)
                           select d + " | " + Case.Describe(o)).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }
}
