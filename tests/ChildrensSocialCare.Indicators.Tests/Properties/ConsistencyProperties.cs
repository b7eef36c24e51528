using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>
/// A result agrees with its own explanation (specification 1.6), and a scorecard with the indicators evaluated one by
/// one.
/// </summary>
public class ConsistencyProperties
{
    // Members listed, by unit: a percentage lists one member per unit of its numerator and of its denominator, and
    // every numerator member is also a denominator member; a rate lists the events or children counted (its
    // denominator is the population, listed by no one); a mean of days lists each adopted child in both lists (the
    // numerator is their total days); a count lists what it counts. The workforce indicators measure posts and days,
    // not records, so their members are the snapshots and absences used and are not counted here.
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void The_explanation_lists_as_many_members_as_the_numerator_and_the_denominator_count(Case c)
    {
        var data = DataSet.Create(c.Scenario.ToRecordSet());
        foreach (var p in c.Periods)
        {
            foreach (var o in c.Options)
            {
                foreach (var r in data.Scorecard(p, o).Where(r => r.IsAvailable && !r.Id.StartsWith("workforce-", StringComparison.Ordinal)))
                {
                    var e = r.Explain();
                    var why = $"{r}: explanation lists {e.Numerator.Count} / {e.Denominator.Count} for {p}";
                    switch (r.Unit)
                    {
                        case Unit.Percentage:
                            Assert.True(e.Numerator.Count == r.Numerator && e.Denominator.Count == r.Denominator, why);
                            var denominator = e.Denominator.Select(Key).ToList();
                            foreach (var member in e.Numerator)
                            {
                                Assert.True(denominator.Remove(Key(member)), $"{why}: numerator member {member} is not in the denominator");
                            }

                            break;
                        case Unit.RatePer10000:
                            Assert.True(e.Numerator.Count == r.Numerator && e.Denominator.Count == 0, why);
                            break;
                        case Unit.Days or Unit.Score:
                            Assert.True(e.Numerator.Count == r.Denominator && e.Denominator.Count == r.Denominator, why);
                            break;
                        case Unit.Count:
                            Assert.True(e.Numerator.Count == r.Numerator, why);
                            break;
                    }

                    // Nothing is both counted and left out.
                    var excluded = e.Excluded.Select(x => x.Entry.Record).OfType<object>().ToHashSet(ReferenceEqualityComparer.Instance);
                    Assert.DoesNotContain(e.Denominator, m => m.Record is not null && excluded.Contains(m.Record));
                }
            }
        }
    }

    private static string Key(ExplanationEntry e) => e.ChildId + " " + e.Kind + " " + string.Join(",", e.Dates);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void A_scorecard_equals_its_indicators_evaluated_one_by_one(Case c)
    {
        var data = DataSet.Create(c.Scenario.ToRecordSet());
        // The whole catalogue's scorecard is family by family (Catalogue.ByFamily).
        var ids = Catalogue.ByFamily.Select(d => d.Id).ToList();
        foreach (var p in c.Periods)
        {
            foreach (var o in c.Options)
            {
                var card = data.Scorecard(p, o);
                Assert.Equal(ids, card.Select(r => r.Id));
                var differences = Transformations.Differences(ids.Select(id => data.Evaluate(id, p, o)), card).ToList();
                Assert.True(differences.Count == 0, string.Join("\n", differences));

                // A scorecard of chosen indicators, in the order asked for, says the same.
                var reversed = Enumerable.Reverse(ids).ToList();
                differences = Transformations.Differences(reversed.Select(id => card[id]), data.Scorecard(reversed, p, o)).ToList();
                Assert.True(differences.Count == 0, string.Join("\n", differences));
            }
        }
    }
}
