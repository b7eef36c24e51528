using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators.Tests.Indicators.AnnexA;

// The inspection measures of specification 9.3, hand-worked at the reference date d = Wednesday 31 January 2024: the
// lists' window is 1 August 2023 to 31 January 2024; d - 42 days = 20 December 2023; d - 3 months = 31 October 2023;
// d - 6 months = 31 July 2023; d - 12 months = 31 January 2023.
public class InspectionMeasureTests
{
    private static readonly DateOnly Reference = D("2024-01-31");

    [Fact]
    public void Inspection_measures_are_kept_out_of_the_catalogue_and_found_by_id()
    {
        Assert.Equal(50, Catalogue.All.Count);
        Assert.Equal(13, Catalogue.Inspection.Count);
        Assert.All(Catalogue.Inspection, d => Assert.Equal(IndicatorFamily.Inspection, d.Family));
        Assert.All(Catalogue.Inspection, d => Assert.True(d.FromAnnexA, d.Id));
        Assert.DoesNotContain(Catalogue.All, d => d.Family == IndicatorFamily.Inspection);
        Assert.Same(Catalogue.Inspection[4], Catalogue.Get("cpp-visited-6-weeks"));
    }

    [Fact]
    public void A_plan_visit_exactly_42_days_before_the_reference_date_is_within_6_weeks()
    {
        var data = AnnexADataSet.Create(new AnnexALists
        {
            ChildProtectionPlans =
            [
                Plan("A", "2023-06-01") with { LastStatutoryVisit = D("2023-12-20") },   // d - 42: in
                Plan("B", "2023-06-01") with { LastStatutoryVisit = D("2023-12-19") },   // d - 43: out
                Plan("C", "2023-06-01"),                                                // no visit: not visited
                Plan("D", "2023-06-01") with { EndDate = D("2024-01-10"), LastStatutoryVisit = D("2024-01-05") }, // ended: not on a plan at d
                Plan("E", "2023-06-01") with { LastStatutoryVisit = D("2024-01-31") },   // on d: in
            ],
        }, Reference);

        // 2 of the 4 children on a plan at d: 50.0%.
        var result = data.Evaluate(Catalogue.Get("cpp-visited-6-weeks"));
        Assert.Equal((2m, 4m), (result.Numerator, result.Denominator));
        Assert.Equal(50m, result.Value);
        Assert.NotNull(result.Interval);
        Assert.Equal(["A", "E"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void A_plan_started_exactly_3_months_ago_needs_no_review_yet_and_an_older_one_a_review_within_6_months()
    {
        var data = AnnexADataSet.Create(new AnnexALists
        {
            ChildProtectionPlans =
            [
                Plan("A", "2023-10-31"),                                                        // d - 3 months: in time without a review
                Plan("B", "2023-10-30"),                                                        // a day earlier, no review: out
                Plan("C", "2023-01-01") with { LatestReviewConference = D("2023-07-31") },      // review at d - 6 months: in
                Plan("D", "2023-01-01") with { LatestReviewConference = D("2023-07-30") },      // a day earlier: out
            ],
        }, Reference);

        var result = data.Evaluate(Catalogue.Get("cpp-review-in-time"));
        Assert.Equal((2m, 4m), (result.Numerator, result.Denominator));
        Assert.Equal(["A", "C"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void An_under_5s_health_assessment_at_6_months_and_a_day_is_late_and_under_5_is_by_date_of_birth()
    {
        var data = AnnexADataSet.Create(new AnnexALists
        {
            ChildrenInCare =
            [
                InCare("A", "2022-01-01", "2020-03-01") with { LastHealthAssessment = D("2023-07-31") },  // aged 3, d - 6 months: in
                InCare("B", "2022-01-01", "2020-03-01") with { LastHealthAssessment = D("2023-07-30") },  // aged 3, 6 months and a day: out
                InCare("C", "2022-01-01", "2019-01-31") with { LastHealthAssessment = D("2023-07-30") },  // 5 on d: 12 months apply: in
                InCare("D", "2022-01-01", "2019-02-01") with { LastHealthAssessment = D("2023-07-30") },  // 4 at d (5 tomorrow): out
                InCare("E", "2022-01-01", null) with { LastHealthAssessment = D("2023-12-01") },          // no date of birth: left out
                InCare("F", "2023-02-01", "2020-03-01") with { LastHealthAssessment = D("2023-12-01") },  // under 12 months in care: left out
            ],
        }, Reference);

        var result = data.Evaluate(Catalogue.Get("cla-health-assessment-in-time"));
        Assert.Equal((2m, 4m), (result.Numerator, result.Denominator));
        var explanation = result.Explain();
        Assert.Equal(["A", "C"], explanation.Numerator.Select(e => e.ChildId));
        Assert.Equal([("E", ExclusionCodes.AnnexANoDateOfBirth), ("F", ExclusionCodes.AnnexALookedAfterUnder12Months)],
            explanation.Excluded.Select(x => (x.Entry.ChildId, x.Code)));
    }

    [Fact]
    public void Dental_checks_use_12_months_for_every_age()
    {
        var data = AnnexADataSet.Create(new AnnexALists
        {
            ChildrenInCare =
            [
                InCare("A", "2022-01-01", "2020-03-01") with { LastDentalCheck = D("2023-01-31") },  // d - 12 months: in
                InCare("B", "2022-01-01", "2010-03-01") with { LastDentalCheck = D("2023-01-30") },  // a day earlier: out
            ],
        }, Reference);

        var result = data.Evaluate(Catalogue.Get("cla-dental-check-in-time"));
        Assert.Equal((1m, 2m), (result.Numerator, result.Denominator));
    }

    [Fact]
    public void Children_in_care_visits_and_reviews()
    {
        var data = AnnexADataSet.Create(new AnnexALists
        {
            ChildrenInCare =
            [
                // Visit on d - 42: in. Review on d - 6 months: in.
                InCare("A", "2023-01-01", "2012-01-01") with { LastSocialWorkVisit = D("2023-12-20"), LatestReview = D("2023-07-31") },
                // Visit on d - 43: out. Review a day before d - 6 months: out.
                InCare("B", "2023-01-01", "2012-01-01") with { LastSocialWorkVisit = D("2023-12-19"), LatestReview = D("2023-07-30") },
                // Started Saturday 20 January 2024: 8 working days to d (22-26, 29-31 January), under 20: left out of
                // the reviews; no visit: not visited.
                InCare("C", "2024-01-20", "2012-01-01"),
                // Started Tuesday 2 January 2024: 21 working days to d; the first review falls due on the 20th, Tuesday
                // 30 January (3-5, 8-12, 15-19, 22-26, 29-30 January); held 29 January: in time.
                InCare("D", "2024-01-02", "2012-01-01") with { LatestReview = D("2024-01-29") },
                // Ceased 15 January: not looked after at d.
                InCare("E", "2023-01-01", "2012-01-01") with { PeriodEnd = D("2024-01-15"), LastSocialWorkVisit = D("2024-01-10") },
            ],
        }, Reference);

        var visits = data.Evaluate(Catalogue.Get("cla-visited-6-weeks"));
        Assert.Equal((1m, 4m), (visits.Numerator, visits.Denominator));

        var reviews = data.Evaluate(Catalogue.Get("cla-review-in-time"));
        Assert.Equal((2m, 3m), (reviews.Numerator, reviews.Denominator));
        var explanation = reviews.Explain();
        Assert.Equal(["A", "D"], explanation.Numerator.Select(e => e.ChildId));
        Assert.Equal([("C", ExclusionCodes.AnnexALookedAfterUnder20WorkingDays)], explanation.Excluded.Select(x => (x.Entry.ChildId, x.Code)));
    }

    [Fact]
    public void Open_assessments_past_45_working_days_count_from_the_start_to_the_reference_date()
    {
        // Counting back 45 working days from d (the start day not counted): 22 in January (not the 1st), 19 in
        // December (not the 25th and 26th), then 30, 29, 28, 27 November: WorkingDaysBetween(Fri 24 November, d) = 45.
        var data = AnnexADataSet.Create(new AnnexALists
        {
            Assessments =
            [
                new AnnexAAssessment(new AnnexAChild("A"), D("2023-11-24")),                                        // 45: not past
                new AnnexAAssessment(new AnnexAChild("B"), D("2023-11-23")),                                        // 46: past
                new AnnexAAssessment(new AnnexAChild("C"), D("2023-09-01")) { AuthorisationDate = D("2023-12-01") }, // authorised: not open
            ],
        }, Reference);

        var result = data.Evaluate(Catalogue.Get("assessments-open-over-45wd"));
        Assert.Equal((1m, 2m), (result.Numerator, result.Denominator));
        Assert.Equal(["B"], result.Explain().Numerator.Select(e => e.ChildId));
    }

    [Fact]
    public void Contacts_rates_and_contacts_that_led_to_a_referral()
    {
        var data = AnnexADataSet.Create(new AnnexALists
        {
            Contacts =
            [
                new AnnexAContact(new AnnexAChild("A"), D("2023-09-01")),
                new AnnexAContact(new AnnexAChild("B"), D("2023-09-10")),
                new AnnexAContact(new AnnexAChild("C"), D("2023-07-01")),   // before the window
                new AnnexAContact(new AnnexAChild("C"), D("2023-10-01")),
            ],
            Referrals =
            [
                new AnnexAReferral(new AnnexAChild("A"), D("2023-09-01")),   // on the day of the contact: referred
                new AnnexAReferral(new AnnexAChild("B"), D("2023-09-05")),   // before the contact: not
                new AnnexAReferral(new AnnexAChild("C"), D("2023-08-01")),   // before the first contact in the period: not
            ],
            EarlyHelpAssessments = [new AnnexAEarlyHelpAssessment(new AnnexAChild("E"), D("2023-12-01"))],
        }, Reference);

        var referred = data.Evaluate(Catalogue.Get("contacts-to-referral"));
        Assert.Equal((1m, 3m), (referred.Numerator, referred.Denominator));

        // 3 contacts in the 6 months to d, population 10,000, annualised: 3 x 12 / 6 = 6.0 per 10,000.
        var options = EvaluationOptions.Default with { Population = 10_000, Annualise = true };
        var contacts = data.Evaluate(Catalogue.Get("contacts-rate"), options: options);
        Assert.Equal(3m, contacts.Numerator);
        Assert.Equal(6m, contacts.Value);
        Assert.True(contacts.IsAnnualised);

        var earlyHelp = data.Evaluate(Catalogue.Get("early-help-assessments-rate"), options: options);
        Assert.Equal(2m, earlyHelp.Value);
    }

    [Fact]
    public void Return_interviews_are_of_children_missing_in_the_12_months_with_the_question_answered()
    {
        var data = AnnexADataSet.Create(new AnnexALists
        {
            ChildrenInCare =
            [
                InCare("A", "2023-01-01", "2008-01-01") with { MissingEpisodesInLast12Months = 2, ReturnInterviewOffered = true },
                InCare("B", "2023-01-01", "2008-01-01") with { MissingEpisodesInLast12Months = 1, ReturnInterviewOffered = false },
                InCare("C", "2023-01-01", "2008-01-01") with { MissingEpisodesInLast12Months = 0, ReturnInterviewOffered = false },
                InCare("D", "2023-01-01", "2008-01-01") with { MissingEpisodesInLast12Months = 3 },
                // Ceased in the window: still counts (the count is of the 12 months).
                InCare("E", "2023-01-01", "2008-01-01") with { PeriodEnd = D("2023-11-01"), MissingEpisodesInLast12Months = 1, ReturnInterviewOffered = true },
            ],
        }, Reference);

        var result = data.Evaluate(Catalogue.Get("cla-missing-return-interview"));
        Assert.Equal((2m, 3m), (result.Numerator, result.Denominator));
        Assert.Equal([("D", ExclusionCodes.AnnexAReturnInterviewNotRecorded)], result.Explain().Excluded.Select(x => (x.Entry.ChildId, x.Code)));
    }

    [Fact]
    public void Seen_alone_leaves_out_an_unanswered_question()
    {
        var data = AnnexADataSet.Create(new AnnexALists
        {
            ChildProtectionPlans = [Plan("A", "2023-06-01") with { SeenAlone = true }, Plan("B", "2023-06-01") with { SeenAlone = false }, Plan("C", "2023-06-01")],
        }, Reference);

        var result = data.Evaluate(Catalogue.Get("cpp-seen-alone"));
        Assert.Equal((1m, 2m), (result.Numerator, result.Denominator));
        Assert.Equal(ExclusionCodes.AnnexASeenAloneNotRecorded, Assert.Single(result.Explain().Excluded).Code);
    }

    [Fact]
    public void Pathway_plans_within_6_months_and_not_available_without_the_column()
    {
        AnnexACareLeaver Leaver(string id, string? review) => new(new AnnexAChild(id)) { LatestPathwayPlanReview = review is null ? null : D(review) };
        AnnexACareLeaver[] leavers = [Leaver("A", "2023-07-31"), Leaver("B", "2023-07-30"), Leaver("C", null)];

        var result = AnnexADataSet.Create(new AnnexALists { CareLeavers = leavers }, Reference).Evaluate(Catalogue.Get("care-leavers-pathway-plan-in-time"));
        Assert.Equal((1m, 3m), (result.Numerator, result.Denominator));

        var old = AnnexADataSet.Create(new AnnexALists
        {
            CareLeavers = leavers,
            AbsentColumns = [new AnnexAAbsentColumn(9, "Latest Pathway Plan Review Date")],
        }, Reference).Evaluate(Catalogue.Get("care-leavers-pathway-plan-in-time"));
        Assert.False(old.IsAvailable);
        Assert.Contains("Latest Pathway Plan Review Date", old.NotAvailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_on_a_data_set_of_returns_is_not_available_with_the_reason()
    {
        var result = new ReturnBuilder(2024).Plan("A", "2023-06-01").ToDataSet().Evaluate(Catalogue.Get("cpp-visited-6-weeks"), ReportingPeriod.Year(2024));
        Assert.False(result.IsAvailable);
        Assert.Contains("AnnexADataSet", result.NotAvailableReason, StringComparison.Ordinal);
        Assert.Empty(result.Explain().Numerator);
    }

    internal static DateOnly D(string iso) => ReturnBuilder.D(iso);

    internal static AnnexAChildProtectionPlan Plan(string id, string start) => new(new AnnexAChild(id), D(start));

    internal static AnnexAChildInCare InCare(string id, string start, string? dateOfBirth) =>
        new(new AnnexAChild(id) { DateOfBirth = dateOfBirth is null ? null : D(dateOfBirth) }, D(start));
}
