using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// The records behind each number (INDICATORS.md 1.6): members of the numerator and the denominator with their key dates,
// and every excluded record with its rule.
public class ExplanationTests
{
    [Fact]
    public void Re_referral_explanation_lists_each_referral_with_its_previous_referral()
    {
        var result = new ReturnBuilder()
            .Referral("A", "2013-05-10").Referral("A", "2014-05-10")
            .Referral("B", "2013-05-10").Referral("B", "2014-05-11")
            .Evaluate("re-referrals-12m", ReportingPeriod.Year(2015));
        var explanation = result.Explain();

        var member = Assert.Single(explanation.Numerator);
        Assert.Equal("A", member.ChildId);
        Assert.Equal("referral", member.Kind);
        Assert.Equal(new KeyDate("referral", D("2014-05-10")), member.Dates[0]);
        Assert.Equal(new KeyDate("previous referral", D("2013-05-10")), member.Dates[1]);
        Assert.Equal(["A", "B"], explanation.Denominator.Select(e => e.ChildId));
        Assert.Equal(new KeyDate("previous referral", D("2013-05-10")), explanation.Denominator[1].Dates[1]);
        Assert.Equal(result.Numerator, explanation.Numerator.Count);
        Assert.Equal(result.Denominator, explanation.Denominator.Count);
        Assert.Empty(explanation.Excluded);
        Assert.Equal("A referral: referral 2014-05-10, previous referral 2013-05-10, closure (none)", member.ToString());
    }

    [Fact]
    public void Assessment_timeliness_explanation_lists_members_late_ones_and_exclusions_with_their_rules()
    {
        var result = new ReturnBuilder()
            .Assessment("A", "2014-06-02", "2014-08-04")   // 45 working days: timely
            .Assessment("B", "2014-06-02", "2014-08-05")   // 46: late
            .Assessment("C", "2014-06-10", "2014-06-09")   // authorised before it started
            .Evaluate("assessments-45wd", ReportingPeriod.Year(2015));
        var explanation = result.Explain();

        Assert.Equal(["A"], explanation.Numerator.Select(e => e.ChildId));
        Assert.Equal(["A", "B"], explanation.Denominator.Select(e => e.ChildId));
        Assert.Equal(
            [new KeyDate("referral", null), new KeyDate("start", D("2014-06-02")), new KeyDate("authorised", D("2014-08-05"))],
            explanation.Denominator[1].Dates);
        var excluded = Assert.Single(explanation.Excluded);
        Assert.Equal(("C", "authorised before it started"), (excluded.Entry.ChildId, excluded.Rule));
        Assert.Equal(result.Numerator, explanation.Numerator.Count);
        Assert.Equal(result.Denominator, explanation.Denominator.Count);
    }

    [Fact]
    public void Stability_explanation_gives_the_period_of_care_and_placement_starts_and_the_exclusion_rules()
    {
        var result = new ReturnBuilder()
            .Child("A", "2005-01-01").Care("A", "2010-01-01").Then("2011-05-01", "P", "U2").Open()         // stable
            .Child("B", "2005-01-01").Care("B", "2010-01-01").Then("2013-05-01", "P", "U2").Open()         // not stable
            .Child("C", "1997-01-01").Care("C", "2010-01-01").Open()                                      // aged 17
            .Child("D", "2005-01-01").Care("D", "2013-01-01").Open()                                      // care too short
            .Child("E", "2005-01-01").Care("E", "2014-02-01", legalStatus: "V4").Open()                   // short breaks
            .Evaluate("cla-long-term-stability", ReportingPeriod.Year(2014));
        var explanation = result.Explain();

        var b = explanation.Denominator.Single(e => e.ChildId == "B");
        Assert.Contains(new KeyDate("period of care start", D("2010-01-01")), b.Dates);
        Assert.Contains(new KeyDate("placement start", D("2013-05-01")), b.Dates);
        Assert.Equal(["A"], explanation.Numerator.Select(e => e.ChildId));
        Assert.Equal(["A", "B"], explanation.Denominator.Select(e => e.ChildId));
        var rules = explanation.Excluded.ToDictionary(e => e.Entry.ChildId, e => e.Rule);
        Assert.Equal("aged 17 at the period end (16 or over)", rules["C"]);
        Assert.Equal("looked after for less than 2.5 years at the period end", rules["D"]);
        Assert.Equal("an agreed series of short-term breaks (V3/V4) is ignored", rules["E"]);
        Assert.Equal((1m, 2m), (result.Numerator, result.Denominator));
    }

    [Fact]
    public void Care_leaver_explanation_gives_the_birthday_in_the_period()
    {
        var result = new ReturnBuilder()
            .CareLeaver("A", "1994-06-01", inTouch: "YES")
            .CareLeaver("B", "1994-07-01", inTouch: "DIED")
            .Evaluate("care-leavers-in-touch", ReportingPeriod.Year(2014));
        var explanation = result.Explain();

        var a = Assert.Single(explanation.Numerator);
        Assert.Equal([new KeyDate("date of birth", D("1994-06-01")), new KeyDate("birthday in period", D("2013-06-01"))], a.Dates);
        var excluded = Assert.Single(explanation.Excluded);
        Assert.Equal(("B", "IN_TOUCH DIED: outside the cohort"), (excluded.Entry.ChildId, excluded.Rule));
    }

    [Fact]
    public void Ended_plan_explanation_gives_start_and_end_and_lists_invalid_plans()
    {
        var result = new ReturnBuilder()
            .Plan("A", "2012-01-15", "2014-01-15")
            .Plan("B", "2013-01-15", "2014-01-15")
            .Plan("C", "2014-02-01", "2014-01-15")
            .Evaluate("cpp-ended-2y-plus", ReportingPeriod.Year(2014));
        var explanation = result.Explain();

        var a = Assert.Single(explanation.Numerator);
        Assert.Equal((D("2012-01-15"), D("2014-01-15")), (a.Dates[0].Date!.Value, a.Dates[1].Date!.Value));
        Assert.Equal(["A", "B"], explanation.Denominator.Select(e => e.ChildId));
        Assert.Equal("C", Assert.Single(explanation.Excluded).Entry.ChildId);
    }

    [Fact]
    public void A_date_outside_the_working_day_calendar_is_left_out_and_listed_with_a_clear_reason()
    {
        // The built-in calendar starts on 1 January 2000; this assessment started in December 1999.
        var result = new ReturnBuilder()
            .Initial("A", "1999-12-20", "2000-01-05")
            .Initial("B", "2000-01-04", "2000-01-05")
            .Evaluate("initial-assessments-10wd", ReportingPeriod.Year(2000));

        Assert.Equal((1m, 1m), (result.Numerator, result.Denominator));
        var excluded = Assert.Single(result.Explain().Excluded);
        Assert.Equal("A", excluded.Entry.ChildId);
        Assert.Contains("outside", excluded.Rule, StringComparison.Ordinal);
        Assert.Contains("2000-01-01", excluded.Rule, StringComparison.Ordinal);
    }

    public static TheoryData<string> Ids() => [.. Catalogue.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Explanation_member_counts_equal_the_numerator_and_denominator(string id)
    {
        var result = RichData.Create().Evaluate(id, RichData.Period, RichData.Options);
        var explanation = result.Explain();

        Assert.Same(Catalogue.Get(id), explanation.Indicator);
        Assert.Equal(RichData.Period, explanation.Period);
        switch (result.Unit)
        {
            case Unit.RatePer10000:
                // A rate's denominator is the population: the explanation lists the counted records only.
                Assert.Equal(result.Numerator, explanation.Numerator.Count);
                Assert.Empty(explanation.Denominator);
                break;
            case Unit.Days or Unit.Score:
                // A mean: numerator = total days (or scores), denominator = children; every child is in both lists.
                Assert.Equal(result.Denominator, explanation.Denominator.Count);
                Assert.Equal(result.Denominator, explanation.Numerator.Count);
                break;
            case Unit.Percentage when result.Indicator.Family == IndicatorFamily.Workforce:
                // Workforce figures are amounts (posts, days per FTE), not records: the explanation lists the
                // snapshot or sickness records they come from.
                Assert.NotEmpty(explanation.Denominator);
                break;
            default:
                Assert.Equal(result.Numerator, explanation.Numerator.Count);
                Assert.Equal(result.Denominator, explanation.Denominator.Count);
                break;
        }

        Assert.All(explanation.Numerator, e => Assert.False(string.IsNullOrWhiteSpace(e.ChildId)));
        Assert.All(explanation.Excluded, e => Assert.False(string.IsNullOrWhiteSpace(e.Rule)));
    }
}
