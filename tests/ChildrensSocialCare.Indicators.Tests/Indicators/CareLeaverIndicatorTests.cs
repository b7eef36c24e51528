using static ChildrensSocialCare.Indicators.Tests.Indicators.ReturnBuilder;

namespace ChildrensSocialCare.Indicators.Tests.Indicators;

// care-leavers-suitable-accommodation, care-leavers-eet, care-leavers-in-touch: OC3 rows aged 19, 20 or 21 on their
// birthday in the period, excluding IN_TOUCH DIED and RHOM.
public class CareLeaverIndicatorTests
{
    private static readonly ReportingPeriod Y2014 = ReportingPeriod.Year(2014);

    [Fact]
    public void The_cohort_is_aged_19_to_21_on_the_birthday_in_the_period()
    {
        var result = new ReturnBuilder()
            .CareLeaver("A18", "1995-06-01")   // 18 on 1 Jun 2013: out
            .CareLeaver("B19", "1994-06-01")   // 19: in
            .CareLeaver("C20", "1993-04-01")   // 20 on 1 Apr 2013, the period's first day: in
            .CareLeaver("D21", "1993-03-31")   // 21 on 31 Mar 2014, the period's last day: in
            .CareLeaver("E22", "1991-06-01")   // 22: out
            .Evaluate("care-leavers-in-touch", Y2014);

        Assert.Equal(["B19", "C20", "D21"], result.Explain().Denominator.Select(e => e.ChildId));
        Assert.Equal(3m, result.Denominator);
        var rules = result.Explain().Excluded.ToDictionary(e => e.Entry.ChildId, e => e.Rule);
        Assert.Contains("aged 18", rules["A18"], StringComparison.Ordinal);
        Assert.Contains("aged 22", rules["E22"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_cohort_ages_are_an_option()
    {
        var result = new ReturnBuilder()
            .CareLeaver("A18", "1995-06-01")
            .CareLeaver("B19", "1994-06-01")
            .CareLeaver("E22", "1991-06-01")
            .Evaluate("care-leavers-in-touch", Y2014, EvaluationOptions.Default with { CareLeaverAges = [17, 18] });

        Assert.Equal(["A18"], result.Explain().Denominator.Select(e => e.ChildId));
    }

    [Fact]
    public void Young_people_who_died_or_returned_home_are_outside_the_cohort()
    {
        var result = new ReturnBuilder()
            .CareLeaver("A", "1994-06-01", inTouch: "YES")
            .CareLeaver("B", "1994-06-01", inTouch: "NO")
            .CareLeaver("C", "1994-06-01", inTouch: "REFU")
            .CareLeaver("D", "1994-06-01", inTouch: "NREQ")
            .CareLeaver("E", "1994-06-01", inTouch: "DIED")
            .CareLeaver("F", "1994-06-01", inTouch: " rhom")   // codes are trimmed and case-blind
            .Evaluate("care-leavers-in-touch", Y2014);

        // Cohort A-D; in touch A: 1 / 4 = 25%.
        Assert.Equal(1m, result.Numerator);
        Assert.Equal(4m, result.Denominator);
        Assert.Equal("25", result.Display);
        Assert.Equal(["E", "F"], result.Explain().Excluded.Select(e => e.Entry.ChildId));
    }

    [Fact]
    public void Suitable_accommodation_needs_a_valid_code_ending_in_1_and_no_information_stays_in_the_denominator()
    {
        var result = new ReturnBuilder()
            .CareLeaver("A", "1994-06-01", accommodation: "B1")   // suitable
            .CareLeaver("B", "1994-06-01", accommodation: "c1 ")  // suitable (trimmed, case-blind)
            .CareLeaver("C", "1994-06-01", accommodation: "B2")   // unsuitable
            .CareLeaver("D", "1994-06-01", accommodation: "0")    // no information
            .CareLeaver("E", "1994-06-01", accommodation: "")     // blank: no information
            .CareLeaver("F", "1994-06-01", accommodation: "Q1")   // not a code: no information
            .CareLeaver("G", "1994-06-01", accommodation: "S1")   // S exists only as S2: not valid
            .CareLeaver("H", "1994-06-01", accommodation: "B11")  // not a code
            .Evaluate("care-leavers-suitable-accommodation", Y2014);

        // 2 / 8 = 25%.
        Assert.Equal(2m, result.Numerator);
        Assert.Equal(8m, result.Denominator);
        Assert.Equal("25", result.Display);
    }

    [Fact]
    public void Education_employment_or_training_includes_F3_and_P3_used_before_2021_22()
    {
        var result = new ReturnBuilder()
            .CareLeaver("A", "1994-06-01", activity: "F1").CareLeaver("B", "1994-06-01", activity: "P2")
            .CareLeaver("C", "1994-06-01", activity: "F3").CareLeaver("D", "1994-06-01", activity: "p3")
            .CareLeaver("E", "1994-06-01", activity: "F4").CareLeaver("F", "1994-06-01", activity: "P5")
            .CareLeaver("G", "1994-06-01", activity: "G4").CareLeaver("H", "1994-06-01", activity: "G6")
            .CareLeaver("I", "1994-06-01", activity: "0").CareLeaver("J", "1994-06-01", activity: "")
            .Evaluate("care-leavers-eet", Y2014);

        // A-F in EET of 10: 60%.
        Assert.Equal(6m, result.Numerator);
        Assert.Equal(10m, result.Denominator);
        Assert.Equal("60", result.Display);
    }

    [Fact]
    public void A_29_February_birthday_falls_on_28_February_in_a_common_year()
    {
        // Born 29 Feb 1996: 19 on 28 Feb 2015.
        var data = new ReturnBuilder().CareLeaver("A", "1996-02-29").ToDataSet();

        // 1 Mar 2014 - 28 Feb 2015 contains 28 Feb 2015: aged 19, in the cohort.
        var endingOn28 = data.Evaluate("care-leavers-in-touch", ReportingPeriod.TwelveMonthsEnding(D("2015-02-28")));
        // 28 Feb 2014 - 27 Feb 2015 contains only 28 Feb 2014, the 18th birthday: out.
        var endingOn27 = data.Evaluate("care-leavers-in-touch", ReportingPeriod.TwelveMonthsEnding(D("2015-02-27")));
        // 1 Mar 2014 - 27 Feb 2015 contains no birthday: out, listed.
        var noBirthday = data.Evaluate("care-leavers-in-touch", Period("2014-03-01", "2015-02-27"));

        Assert.Equal(1m, endingOn28.Denominator);
        Assert.Equal(0m, endingOn27.Denominator);
        Assert.Contains("aged 18", Assert.Single(endingOn27.Explain().Excluded).Rule, StringComparison.Ordinal);
        Assert.Equal(0m, noBirthday.Denominator);
        Assert.Contains("no birthday", Assert.Single(noBirthday.Explain().Excluded).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_period_longer_than_a_year_the_latest_birthday_counts()
    {
        // Born 1 Jun 1993: 19 on 1 Jun 2012 and 20 on 1 Jun 2013; the period 1 Apr 2012 - 31 Mar 2014 holds both.
        var data = new ReturnBuilder().CareLeaver("A", "1993-06-01").ToDataSet();
        var twoYears = Period("2012-04-01", "2014-03-31");

        Assert.Equal(0m, data.Evaluate("care-leavers-in-touch", twoYears, EvaluationOptions.Default with { CareLeaverAges = [19] }).Denominator);
        Assert.Equal(1m, data.Evaluate("care-leavers-in-touch", twoYears, EvaluationOptions.Default with { CareLeaverAges = [20] }).Denominator);
    }

    [Fact]
    public void The_OC3_date_of_birth_falls_back_to_the_header_and_a_row_without_either_is_listed()
    {
        var result = new ReturnBuilder()
            .Child("A", "1994-06-01").CareLeaver("A", null)             // header DOB: 19, in
            .Child("B", "1980-01-01").CareLeaver("B", "1993-06-01")     // the OC3 DOB wins over the header: 20, in
            .CareLeaver("C", null)                                       // neither: out, listed
            .Evaluate("care-leavers-in-touch", Y2014);

        Assert.Equal(["A", "B"], result.Explain().Denominator.Select(e => e.ChildId));
        var excluded = Assert.Single(result.Explain().Excluded);
        Assert.Equal("C", excluded.Entry.ChildId);
        Assert.Contains("no date of birth", excluded.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_OC3_row_describes_the_birthday_in_its_returns_collection_year()
    {
        // The 2013-14 return's row (birthday 1 Jun 2013) says nothing about 2014-15, whose birthday is 1 Jun 2014.
        var data = new ReturnBuilder(2014).CareLeaver("A", "1994-06-01").ToDataSet();

        Assert.Equal(1m, data.Evaluate("care-leavers-in-touch", ReportingPeriod.Year(2014)).Denominator);
        var later = data.Evaluate("care-leavers-in-touch", ReportingPeriod.Year(2015));
        Assert.Equal(0m, later.Denominator);
        Assert.Contains("no birthday in the period", Assert.Single(later.Explain().Excluded).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cohort_empty_because_only_other_years_rows_exist_is_a_warning_on_the_result_never_silence()
    {
        // The 2014-15 return's rows (birthdays 1 Jun 2013 at 19 and 20 would count in 2013-14) describe 2014-15: scored
        // for 2013-14 the cohort is 0 of 0, which the result says.
        var data = new ReturnBuilder(2015).CareLeaver("A", "1994-06-01").CareLeaver("B", "1993-06-01").ToDataSet();

        var result = data.Evaluate("care-leavers-in-touch", Y2014);

        Assert.Equal(0m, result.Denominator);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, IndicatorDiagnosticCodes.EvaluationCohortEmptyForYear), (d.Severity, d.Code));
        Assert.StartsWith("care-leavers-in-touch: the care-leaver cohort is empty for ", d.Message, StringComparison.Ordinal);
        Assert.Contains("2 OC3 row(s) of other collection years (the latest 2015) have a birthday in the period", d.Message, StringComparison.Ordinal);
        Assert.Contains(data.Scorecard(["care-leavers-eet"], Y2014, EvaluationOptions.Default).Diagnostics,
            x => x.Code == IndicatorDiagnosticCodes.EvaluationCohortEmptyForYear);
    }

    [Fact]
    public void A_cohort_with_rows_of_its_own_year_gets_no_empty_cohort_warning_even_when_a_month_has_no_birthday()
    {
        var data = DataSet.Create(
        [
            new ReturnBuilder(2014).CareLeaver("A", "1994-06-01").Set,
            new ReturnBuilder(2015).CareLeaver("B", "1994-06-01").Set,
        ]);

        Assert.Empty(data.Evaluate("care-leavers-in-touch", Y2014).Diagnostics);
        var july = data.Evaluate("care-leavers-in-touch", new ReportingPeriod(new DateOnly(2013, 7, 1), new DateOnly(2013, 7, 31)));
        Assert.Equal(0m, july.Denominator);
        Assert.Empty(july.Diagnostics);
    }

    [Fact]
    public void No_care_leaver_rows_at_all_is_not_an_empty_cohort_warning()
    {
        Assert.Empty(new ReturnBuilder(2014).Child("A", "1994-06-01").Evaluate("care-leavers-in-touch", Y2014).Diagnostics);
    }
}
