using System.Globalization;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Synthetic.Tests;

// Specification 9.2: on the synthetic authority, the same indicator from its Annex A lists (AnnexAExtract, then
// AnnexADataSet) and from its returns agree wherever both can be computed for the same window, the 6 months to the
// reference date. Where they legitimately differ, the test says why and checks the direction of the difference.
public class AnnexAAgreementTests
{
    private static readonly SyntheticAuthority s_authority =
        SyntheticAuthority.Generate(new SyntheticOptions { Seed = 16, Children = 4_000, FirstCollectionYear = 2012, LastCollectionYear = 2015 });

    private static readonly DataSet s_returns = DataSet.Create(s_authority.Records);

    public static TheoryData<string> ReferenceDates => ["2014-01-31", "2014-09-30", "2015-03-15"];

    [Theory]
    [MemberData(nameof(ReferenceDates))]
    public void The_same_indicator_from_Annex_A_and_from_the_returns_agrees_over_the_window(string date)
    {
        var d = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var annexA = AnnexADataSet.Create(AnnexAExtract.From(s_returns, d), d);
        var options = s_authority.EvaluationOptions;
        var (compared, counted) = (0, 0);
        foreach (var indicator in Catalogue.All.Where(i => i.FromAnnexA))
        {
            // List 8's placements are of the 12 months to the reference date: that indicator is compared over them.
            var window = annexA.DefaultPeriod(indicator);
            var fromReturns = s_returns.Evaluate(indicator, window, options);
            var fromAnnexA = annexA.Evaluate(indicator, window, options);
            Assert.True(fromAnnexA.IsAvailable, $"{indicator.Id}: {fromAnnexA.NotAvailableReason}");
            var (r, a) = ((fromReturns.Numerator, fromReturns.Denominator), (fromAnnexA.Numerator, fromAnnexA.Denominator));
            switch (indicator.Id)
            {
                // List 3 gives the number of earlier referrals on each child's latest referral only: a child's earlier
                // referral in the window whose previous referral was before the window is judged from the list alone,
                // which cannot see that previous one. The latest referrals agree, so Annex A finds no more.
                case "re-referrals-12m":
                // List 8's UASC column is "within the last 12 months", read as unaccompanied at the reference date: a
                // child who stopped being unaccompanied in the 12 months is counted by Annex A only.
                case "cla-uasc-share":
                    Assert.Equal(r.Denominator, a.Denominator);
                    Assert.True(indicator.Id == "re-referrals-12m" ? a.Numerator <= r.Numerator : a.Numerator >= r.Numerator, $"{indicator.Id} {d}: returns {r}, Annex A {a}");
                    break;

                // List 7 holds each child's latest plan only: for a child with two plans started in the window the
                // returns judge the first and Annex A the latest, which by its count of previous plans is a second.
                case "cpp-second-subsequent":
                    Assert.Equal(r.Denominator, a.Denominator);
                    Assert.True(a.Numerator >= r.Numerator, $"{indicator.Id} {d}: returns {r}, Annex A {a}");
                    break;

                default:
                    Assert.True(r == a, $"{indicator.Id} {d}: returns {r}, Annex A {a}");
                    break;
            }

            compared++;
            counted += fromAnnexA.Numerator > 0 ? 1 : 0;
        }

        // Every indicator compared, and (so that agreement is not of zeros) all but at most two with something counted.
        Assert.Equal(17, compared);
        Assert.True(counted >= 15, $"{counted} of 17 indicators count something at {d}");
        Assert.True(annexA.Evaluate(Catalogue.Get("cla-rate"), options: options).Numerator > 0);
    }
}
