using ChildrensSocialCare.Indicators.Records;
using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// contacts-outcomes (seed 2.7), workforce-agency-share and workforce-sickness-change (seed 2.15).
public class ContactAndWorkforceIndicatorTests
{
    [Fact]
    public void Contacts_are_counted_per_outcome_with_shares_of_all_contacts_in_the_period()
    {
        var result = new ReturnBuilder()
            .Contact("A", "2014-04-01", ContactOutcome.Referral)
            .Contact("A", "2014-04-01", ContactOutcome.EarlyHelp)              // the same child twice on a day: two contacts
            .Contact("B", "2014-05-01", ContactOutcome.EarlyHelp)
            .Contact("C", "2014-06-01", ContactOutcome.AdviceInformation)
            .Contact("D", "2014-09-30", ContactOutcome.OnwardSingleAgency)
            .Contact("E", "2014-07-01", ContactOutcome.Other)
            .Contact("F", "2014-07-01", (ContactOutcome)42)                    // an outcome the library does not know: other
            .Contact("G", "2014-03-31", ContactOutcome.Referral)               // before the period
            .Contact("H", "2014-10-01", ContactOutcome.Referral)               // after
            .Evaluate("contacts-outcomes", Period("2014-04-01", "2014-09-30"));

        // 7 contacts; referral 1 (14.29%), early help 2 (28.57%), onward 1, advice 1, other 2 (28.57%).
        Assert.Equal(7m, result.Numerator);
        Assert.Equal(7m, result.Value);
        var byKey = result.Details.ToDictionary(d => d.Key);
        Assert.Equal(["referral", "early-help", "onward-single-agency", "advice-information", "other"], result.Details.Select(d => d.Key));
        Assert.Equal([1m, 2m, 1m, 1m, 2m], result.Details.Select(d => d.Numerator));
        Assert.All(result.Details, d => Assert.Equal(7m, d.Denominator));
        Assert.Equal("28.6", Rounding.Format(byKey["early-help"].Value!.Value, 1));
        Assert.Equal("14.3", Rounding.Format(byKey["referral"].Value!.Value, 1));
    }

    [Fact]
    public void Walsall_contact_outcomes_for_April_to_September_2014()
    {
        // Seed report 2.5 and 2.7 (YTD Sep-14): 6,395 contacts; early help 1,389; onward single agency 103; advice and
        // information 3,889. The report does not split the remaining 6,395 - 5,381 = 1,014; they are referrals here.
        // Shares by hand: 1,389 / 6,395 = 21.72% -> 21.7; 103 / 6,395 = 1.61% -> 1.6; 3,889 / 6,395 = 60.81% -> 60.8;
        // 1,014 / 6,395 = 15.86% -> 15.9.
        var b = new ReturnBuilder();
        var day = D("2014-04-01");
        void Add(int n, ContactOutcome outcome)
        {
            for (var i = 0; i < n; i++)
            {
                b.Set.Contacts.Add(new Contact("C" + b.Set.Contacts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), day.AddDays(i % 183), outcome));
            }
        }

        Add(1_389, ContactOutcome.EarlyHelp);
        Add(103, ContactOutcome.OnwardSingleAgency);
        Add(3_889, ContactOutcome.AdviceInformation);
        Add(1_014, ContactOutcome.Referral);

        var result = b.Evaluate("contacts-outcomes", ReportingPeriod.YearToDate(D("2014-09-30")));

        Assert.Equal(6_395m, result.Numerator);
        var share = result.Details.ToDictionary(d => d.Key, d => Rounding.Format(d.Value!.Value, 1));
        Assert.Equal("21.7", share["early-help"]);
        Assert.Equal("1.6", share["onward-single-agency"]);
        Assert.Equal("60.8", share["advice-information"]);
        Assert.Equal("15.9", share["referral"]);
        Assert.Equal("0.0", share["other"]);
    }

    [Fact]
    public void Agency_share_uses_the_latest_snapshot_in_the_period()
    {
        var result = new ReturnBuilder()
            .Snapshot("2014-09-30", 200, 80)
            .Snapshot("2014-10-31", 200, 69)     // seed 2.15, "almost 35%": 69 / 200 = 34.5%
            .Snapshot("2014-11-30", 200, 10)     // after the period
            .Evaluate("workforce-agency-share", ReportingPeriod.YearToDate(D("2014-10-31")));

        Assert.Equal(69m, result.Numerator);
        Assert.Equal(200m, result.Denominator);
        Assert.Equal("34.5", result.Display);
    }

    [Fact]
    public void Agency_share_without_a_snapshot_in_the_period_is_not_applicable()
    {
        var result = new ReturnBuilder().Snapshot("2014-11-30", 200, 10).Evaluate("workforce-agency-share", ReportingPeriod.Year(2014));

        Assert.Null(result.Value);
        Assert.Equal("n/a", result.Display);
    }

    [Fact]
    public void Sickness_fell_22_percent_as_the_seed_report_says()
    {
        // Seed 2.15: "a 22% reduction in sickness absence in the service over the last year", to October 2014.
        // Year to Oct 2013: FTE alternating 240 and 260 (mean 250), 250 days a month: 3,000 / 250 = 12.0 days per FTE.
        // Year to Oct 2014: FTE 250, 195 days a month: 2,340 / 250 = 9.36 days per FTE.
        // Change: (9.36 - 12) / 12 x 100 = -22.0%.
        var b = new ReturnBuilder();
        for (var m = 0; m < 12; m++)
        {
            var earlier = D("2012-11-01").AddMonths(m);
            b.Sickness(Iso(earlier), Iso(earlier.AddMonths(1).AddDays(-1)), m % 2 == 0 ? 240 : 260, 250);
            var later = D("2013-11-01").AddMonths(m);
            b.Sickness(Iso(later), Iso(later.AddMonths(1).AddDays(-1)), 250, 195);
        }

        // A record straddling the two years belongs to neither.
        b.Sickness("2013-10-15", "2013-11-14", 1, 1_000);

        var result = b.Evaluate("workforce-sickness-change", ReportingPeriod.TwelveMonthsEnding(D("2014-10-31")));

        Assert.Equal(-22m, result.Value);
        Assert.Equal("-22.0", result.Display);
        Assert.Equal(12m, result.Denominator);
    }

    [Fact]
    public void Sickness_change_without_last_years_records_is_not_applicable()
    {
        var result = new ReturnBuilder()
            .Sickness("2014-04-01", "2014-04-30", 100, 50)
            .Evaluate("workforce-sickness-change", ReportingPeriod.Month(2014, 4));

        Assert.Null(result.Value);
        Assert.Equal("n/a", result.Display);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
