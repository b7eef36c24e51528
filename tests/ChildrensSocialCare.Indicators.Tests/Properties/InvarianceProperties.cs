using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// Changes that carry no information leave every result (availability, numerator, denominator, value, details)
/// unchanged: the order of the records, how they are spread over consecutive yearly returns, and the names of the
/// children.
/// </summary>
public class InvarianceProperties
{
    private static void AssertSameResults(Case c, DataSet expected, DataSet actual)
    {
        var differences = (from p in c.Periods
                           from o in c.Options
                           from d in Transformations.Differences(expected.Scorecard(p, o), actual.Scorecard(p, o))
                           select d + " | " + Case.Describe(o)).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Shuffling_the_records_changes_no_result(Seeded s)
    {
        var scenario = s.Case.Scenario;
        AssertSameResults(s.Case,
            DataSet.Create(scenario.ToRecordSet()),
            DataSet.Create(scenario.With(Transformations.Shuffle(scenario.Records, s.Seed)).ToRecordSet()));
    }

    // Each record goes into one of two consecutive returns, or identically into both (the later one then wins).
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Splitting_the_records_over_two_yearly_returns_changes_no_result(Seeded s)
    {
        var scenario = s.Case.Scenario;
        AssertSameResults(s.Case,
            DataSet.Create(scenario.ToRecordSet()),
            DataSet.Create(Transformations.Split(scenario, s.Seed)));
    }

    // Specification 1.5: the later return wins, whatever order the returns are given in.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void A_later_return_replaces_the_older_version_of_a_record(Seeded s)
    {
        var scenario = s.Case.Scenario;
        AssertSameResults(s.Case,
            DataSet.Create(scenario.ToRecordSet()),
            DataSet.Create(Transformations.Split(scenario, s.Seed, stale: true, latestFirst: s.Seed % 2 == 0)));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Renaming_the_children_changes_no_result(Seeded s)
    {
        var scenario = s.Case.Scenario;
        AssertSameResults(s.Case,
            DataSet.Create(scenario.ToRecordSet()),
            DataSet.Create(scenario.With(Transformations.Rename(scenario.Records, s.Seed)).ToRecordSet()));
    }
}
