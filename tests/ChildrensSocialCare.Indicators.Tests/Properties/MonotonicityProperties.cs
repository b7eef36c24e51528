using ChildrensSocialCare.Indicators.Records;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Tests.Properties;

/// <summary>Making a late assessment timely never lowers <c>assessments-45wd</c>: it moves one assessment from the
/// denominator alone into the numerator as well.</summary>
public class MonotonicityProperties
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Making_one_late_assessment_timely_never_lowers_assessments_45wd(Seeded s)
    {
        var scenario = s.Case.Scenario;
        var data = DataSet.Create(scenario.ToRecordSet());
        var random = new Random(s.Seed);
        foreach (var p in s.Case.Periods)
        {
            foreach (var o in s.Case.Options)
            {
                // Late: authorised in the period, measured from a known date not after it, more than 45 working days on.
                var late = scenario.Records
                    .Select((r, i) => (Record: r as Assessment, Index: i))
                    .Where(x => x.Record is { AuthorisationDate: { } auth } a && p.Contains(auth) &&
                        (o.AssessmentsMeasureFrom == MeasureFrom.Referral ? a.ReferralDate : a.StartDate) is { } from &&
                        from <= auth && o.Calendar.WorkingDaysBetween(from, auth) > 45)
                    .ToList();
                if (late.Count == 0)
                {
                    continue;
                }

                // Timely: started (and referred) on the day it was authorised, 0 working days.
                var (assessment, index) = late[random.Next(late.Count)];
                var timely = assessment! with { StartDate = assessment.AuthorisationDate!.Value, ReferralDate = assessment.AuthorisationDate };
                var changed = DataSet.Create(scenario.With(scenario.Records.Select((r, i) => i == index ? timely : r)).ToRecordSet());

                var before = data.Evaluate("assessments-45wd", p, o);
                var after = changed.Evaluate("assessments-45wd", p, o);

                Assert.True(after.Value >= before.Value, $"{p}: {before} became {after} when {Scenario.Print(assessment)} was made timely");
                Assert.Equal((before.Numerator + 1, before.Denominator), (after.Numerator, after.Denominator));
                Assert.Equal(data.Evaluate("assessments-rate", p, o).Numerator, changed.Evaluate("assessments-rate", p, o).Numerator);
            }
        }
    }
}
