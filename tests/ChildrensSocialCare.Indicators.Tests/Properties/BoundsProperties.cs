using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// Every result is within the bounds of its unit: a percentage has 0 &lt;= numerator &lt;= denominator and a value in
/// [0, 100]; anything but a count is not applicable exactly when its denominator is 0; a rate has a non-negative count over the population
/// and a non-negative value; a count is its own value; a mean of days is non-negative. <c>workforce-sickness-change</c>
/// is a change, not a share: it can be negative or above 100, so only its not-applicable rule is checked.
/// </summary>
public class BoundsProperties
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Every_result_is_within_the_bounds_of_its_unit(Case c)
    {
        var data = DataSet.Create(c.Scenario.ToRecordSet());
        foreach (var p in c.Periods)
        {
            foreach (var o in c.Options)
            {
                foreach (var r in data.Scorecard(p, o).Where(r => r.IsAvailable))
                {
                    var why = $"{r} for {p}, {Case.Describe(o)}";
                    // Not applicable exactly when there is nothing to divide by; a count always has a value.
                    Assert.True(r.Value is null == (r.Unit != Unit.Count && r.Denominator == 0), why);
                    switch (r.Unit)
                    {
                        case Unit.Percentage when r.Id == "workforce-sickness-change":
                            break;
                        case Unit.Percentage:
                            Assert.True(0 <= r.Numerator && r.Numerator <= r.Denominator, why);
                            Assert.True(r.Value is null or (>= 0 and <= 100), why);
                            break;
                        case Unit.RatePer10000:
                            Assert.True(r.Numerator >= 0 && r.Numerator == decimal.Truncate(r.Numerator), why);
                            Assert.Equal(o.Population, (long)r.Denominator);
                            Assert.True(r.Value is null or >= 0, why);
                            break;
                        case Unit.Count:
                            Assert.True(r.Numerator >= 0 && r.Value == r.Numerator, why);
                            break;
                        case Unit.Days:
                            Assert.True(r.Numerator >= 0 && r.Denominator >= 0 && r.Value is null or >= 0, why);
                            break;
                        case Unit.Score:
                            // A mean SDQ score: every score is 0 to 40.
                            Assert.True(r.Numerator >= 0 && r.Denominator >= 0 && r.Value is null or (>= 0 and <= 40), why);
                            break;
                    }
                }
            }
        }
    }
}
