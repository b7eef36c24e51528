using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

public class RobustnessTests
{
    // Any options within their documented ranges generate an authority whose returns combine back to its records and
    // whose records stay in order (small sizes, so that 40 random option sets take a few seconds).
    [Property(MaxTest = 40)]
    public Property Any_valid_options_generate_consistent_records(int seed, byte size, byte first, byte years, byte a, byte b, byte c)
    {
        var firstYear = 2001 + (first % 28);
        var options = new SyntheticOptions
        {
            Seed = seed,
            Children = 1 + (size % 150),
            FirstCollectionYear = firstYear,
            LastCollectionYear = Math.Min(2030, firstYear + (years % 4)),
            ReReferralShare = (a % 61) / 100.0,
            NoFurtherActionShare = (b % 51) / 100.0,
            PlansLastingTwoYearsOrMoreShare = (c % 30) / 100.0,
            AssessmentsWithin45WorkingDaysShare = (a % 101) / 100.0,
            CareLeaversInTouchShare = 1 - ((b % 40) / 100.0),
            CareLeaversSuitableAccommodationShare = 0.5,
            RepeatPlanFactor = (c % 50) / 10.0,
            LookedAfterPer10000 = 20 + a,
        };

        var authority = SyntheticAuthority.Generate(options);
        var records = authority.Records;
        var ordered =
            records.CinEpisodes.All(e => e.ClosureDate is null || e.ClosureDate >= e.ReferralDate) &&
            records.Assessments.All(x => x.AuthorisationDate is null || x.AuthorisationDate >= x.StartDate) &&
            records.ChildProtectionPlans.All(p => p.EndDate is null || p.EndDate > p.StartDate) &&
            records.Episodes.All(e => e.End is null || e.End > e.Start);
        var combined = authority.ToDataSet().Scorecard(ReportingPeriod.Year(options.LastCollectionYear), authority.EvaluationOptions);
        var fromReturns = DataSet.Create(authority.Returns).Scorecard(ReportingPeriod.Year(options.LastCollectionYear), authority.EvaluationOptions);
        var same = combined.Zip(fromReturns).All(p => p.First.Numerator == p.Second.Numerator && p.First.Denominator == p.Second.Denominator);

        return (records.Children.Count == options.Children && ordered && same && authority.Population > 0)
            .Label($"{options}");
    }
}
