using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// Every indicator the library computes, with its metadata, in the order of the specification's table
/// (<c>INDICATORS.md</c> section 2). The ids are the public contract; this is the only place they are written.
/// </summary>
public static class Catalogue
{
    private const string CinCensus = "DfE Children in need statistics (CIN census)";
    private const string Ssda903 = "DfE Children looked after in England including adoptions (SSDA903)";
    private const string Seed = "Walsall scrutiny report, November 2014";
    private const string Stability = "DfE Stability measures for children looked after in England (SSDA903)";

    private static readonly IndicatorDefinition[] s_all =
    [
        new("referrals-rate", "Referrals per 10,000 children", IndicatorFamily.Referrals, Unit.RatePer10000, 1, Polarity.Context, MeasureKind.Flow,
            "Referrals (CIN census CINdetails) with CINreferralDate in the period; several for one child all count",
            "Population aged 0-17", ["DfE C1"], CinCensus + ", table C1",
            ["Every referral counts, including several for one child."],
            [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
            ReferralIndicators.Rate, annualisable: true),

        new("re-referrals-12m", "Re-referrals within 12 months of a previous referral", IndicatorFamily.Referrals, Unit.Percentage, 1, Polarity.LowerIsBetter, MeasureKind.Flow,
            "Referrals in the period with an earlier referral P of the same child such that P < R <= P + 12 calendar months",
            "Referrals in the period (every referral record)", ["DfE C1"], CinCensus + ", table C1",
            [
                "The 12-month boundary is inclusive: a referral on 10 May 2014 after one on 10 May 2013 is a re-referral.",
                "A referral on the same day as another of the same child is not a re-referral of it (P < R is strict).",
                "Earlier referrals outside the period count as history.",
            ],
            [], ReferralIndicators.ReReferrals),

        new("referrals-nfa", "Referrals resulting in no further action", IndicatorFamily.Referrals, Unit.Percentage, 1, Polarity.Context, MeasureKind.Flow,
            "Referrals in the period with ReferralNFA true", "Referrals in the period", ["DfE C1"], CinCensus + ", table C1",
            ["A referral with no ReferralNFA recorded counts as not NFA."], [], ReferralIndicators.NoFurtherAction),

        new("contacts-outcomes", "Contacts by decision outcome", IndicatorFamily.Contacts, Unit.Count, 1, Polarity.Context, MeasureKind.Flow,
            "Contacts in the period, counted per outcome (referral, early-help, onward-single-agency, advice-information, other)",
            "All contacts in the period (each outcome's share is of these)", ["local (seed 2.7)"], Seed + ", table 2.7",
            ["The value is the number of contacts; the count and share of each outcome are its details."], [], ContactIndicators.Outcomes),

        new("initial-assessments-rate", "Initial assessments completed per 10,000 (legacy, to 2013-14)", IndicatorFamily.Assessments, Unit.RatePer10000, 1, Polarity.Context, MeasureKind.Flow,
            "Initial assessments completed in the period", "Population aged 0-17", ["seed 2.6"], Seed + ", table 2.6",
            ["Annualised as count x 12 / whole months (reproduces Walsall's 810.4 for April-September 2014)."],
            [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
            AssessmentIndicators.InitialRate, annualisable: true),

        new("initial-assessments-10wd", "Initial assessments completed within 10 working days", IndicatorFamily.Assessments, Unit.Percentage, 1, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Initial assessments completed in the period with WorkingDaysBetween(start, completed) <= 10",
            "Initial assessments completed in the period", ["NI 59 (10 WD variant)"], Seed + ", table 2.6; NI 59",
            ["A completion before the start is an invalid record, excluded from both numerator and denominator."],
            [nameof(EvaluationOptions.Calendar)], AssessmentIndicators.Timeliness(AssessmentKind.Initial, 10)),

        new("initial-assessments-child-seen", "Initial assessments where the child was seen", IndicatorFamily.Assessments, Unit.Percentage, 1, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Initial assessments completed in the period where the child was seen",
            "Initial assessments completed in the period with the flag recorded", ["local (seed 2.6)"], Seed + ", table 2.6",
            ["Records without the flag are excluded and listed in the explanation."], [], AssessmentIndicators.ChildSeen(alone: false)),

        new("initial-assessments-child-seen-alone", "Initial assessments where the child was seen alone", IndicatorFamily.Assessments, Unit.Percentage, 1, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Initial assessments completed in the period where the child was seen alone",
            "Initial assessments completed in the period with the flag recorded", ["local (seed 2.6)"], Seed + ", table 2.6",
            ["Records without the flag are excluded and listed in the explanation."], [], AssessmentIndicators.ChildSeen(alone: true)),

        new("core-assessments-35wd", "Core assessments completed within 35 working days (legacy)", IndicatorFamily.Assessments, Unit.Percentage, 1, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Core assessments completed in the period with WorkingDaysBetween(start, completed) <= 35",
            "Core assessments completed in the period", ["NI 60"], "NI 60; Working Together 2010",
            ["A completion before the start is an invalid record, excluded from both numerator and denominator."],
            [nameof(EvaluationOptions.Calendar)], AssessmentIndicators.Timeliness(AssessmentKind.Core, 35)),

        new("assessments-rate", "Assessments completed per 10,000", IndicatorFamily.Assessments, Unit.RatePer10000, 1, Polarity.Context, MeasureKind.Flow,
            "Single assessments with AssessmentAuthorisationDate in the period", "Population aged 0-17", ["DfE C2"], CinCensus + ", table C2",
            ["Every completed assessment counts, including those authorised before they started."],
            [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
            AssessmentIndicators.Rate, annualisable: true),

        new("assessments-45wd", "Assessments completed within 45 working days", IndicatorFamily.Assessments, Unit.Percentage, 1, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Completed assessments with WorkingDaysBetween(AssessmentActualStartDate, AssessmentAuthorisationDate) <= 45",
            "Assessments authorised in the period and not before their start date", ["DfE C2"], CinCensus + ", table C2",
            [
                "Measured from the assessment start (DfE C2 duration) by default; option MeasureFrom = Referral measures from the episode's CINreferralDate (Working Together's wording).",
                "Assessments authorised before they started are left out of the percentage (not of the rate) and listed.",
                "A record with a date outside the working-day calendar's coverage is left out and listed, and the result carries a diagnostic saying how many.",
            ],
            [nameof(EvaluationOptions.AssessmentsMeasureFrom), nameof(EvaluationOptions.Calendar)], AssessmentIndicators.Within45WorkingDays),

        new("s47-rate", "Section 47 enquiries started per 10,000", IndicatorFamily.ChildProtection, Unit.RatePer10000, 1, Polarity.Context, MeasureKind.Flow,
            "Section 47 enquiries with S47ActualStartDate in the period", "Population aged 0-17", ["DfE C4"], CinCensus + ", table C4",
            [], [nameof(EvaluationOptions.Population), nameof(EvaluationOptions.Annualise)],
            AssessmentIndicators.Section47Rate, annualisable: true),

        new("icpc-15wd", "Initial child protection conferences within 15 working days of the S47 start", IndicatorFamily.ChildProtection, Unit.Percentage, 1, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Enquiries with WorkingDaysBetween(S47ActualStartDate, DateOfInitialCPC) <= 15",
            "Section 47 enquiries whose DateOfInitialCPC is in the period and not before the S47 start", ["DfE C4"], CinCensus + ", table C4",
            ["Conferences dated before the S47 start are excluded from the percentage (still counted as conferences) and listed."],
            [nameof(EvaluationOptions.Calendar)], AssessmentIndicators.ConferenceWithin15WorkingDays),

        new("cin-rate", "Children in need at period end per 10,000", IndicatorFamily.ChildrenInNeed, Unit.RatePer10000, 1, Polarity.Context, MeasureKind.Snapshot,
            "Distinct children with a CIN episode open at the period end (referral date <= end, closure empty or after end)",
            "Population aged 0-17", ["DfE B1"], CinCensus + ", table B1",
            ["Open is decided by the dates alone: an NFA referral with no closure date is open."],
            [nameof(EvaluationOptions.Population)], ReferralIndicators.ChildrenInNeed),

        new("cpp-rate", "Children subject of a child protection plan at period end per 10,000", IndicatorFamily.ChildProtection, Unit.RatePer10000, 1, Polarity.Context, MeasureKind.Snapshot,
            "Distinct children with a child protection plan open at the period end", "Population aged 0-17", ["DfE D1"], CinCensus + ", table D1",
            [], [nameof(EvaluationOptions.Population)], ChildProtectionIndicators.Rate),

        new("cpp-second-subsequent", "Children becoming subject of a plan for a second or subsequent time (ever)", IndicatorFamily.ChildProtection, Unit.Percentage, 1, Polarity.LowerIsBetter, MeasureKind.Flow,
            "Children with a plan starting in the period that is not their first: an earlier plan start in the records, or NumberOfPreviousCPP > 0",
            "Distinct children with at least one plan starting in the period", ["NI 65", "DfE D3"], CinCensus + ", table D3; NI 65",
            ["\"Ever\" means regardless of how long ago.", "An earlier plan must start on an earlier day."], [], ChildProtectionIndicators.SecondOrSubsequent),

        new("cpp-repeat-within-2y", "Children becoming subject of a plan whose previous plan ended within 2 years", IndicatorFamily.ChildProtection, Unit.Percentage, 1, Polarity.LowerIsBetter, MeasureKind.Flow,
            "Children with a plan starting in the period whose most recent earlier plan ended on or after (that start - 2 calendar years)",
            "Distinct children with at least one plan starting in the period", ["local (seed 2.23)"], Seed + ", paragraph 2.23",
            [
                "The most recent earlier plan is the one with the latest earlier start; if several share it, any of them.",
                "An earlier plan with no end date is not an ended plan (overlapping plans are a data-quality diagnostic).",
            ],
            [nameof(EvaluationOptions.RepeatPlanLookBackMonths)], ChildProtectionIndicators.RepeatWithinLookBack),

        new("cpp-ended-2y-plus", "Plans ended in the period that had lasted 2 years or more", IndicatorFamily.ChildProtection, Unit.Percentage, 1, Polarity.LowerIsBetter, MeasureKind.Flow,
            "Plans ended in the period with end >= start + 2 calendar years", "Plans with an end date in the period", ["NI 64", "DfE D7"], CinCensus + ", table D7",
            ["Plan-level, as DfE D7.", "A plan that ends before it starts is an invalid record, excluded and listed."], [], ChildProtectionIndicators.EndedTwoYearsPlus),

        new("cpp-open-2y-plus", "Plans open at period end that have lasted 2 years or more", IndicatorFamily.ChildProtection, Unit.Percentage, 1, Polarity.LowerIsBetter, MeasureKind.Snapshot,
            "Plans open at the period end with period end >= start + 2 calendar years", "Plans open at the period end", ["local (seed 2.23)"], Seed + ", paragraph 2.23",
            ["Plan-level."], [], ChildProtectionIndicators.OpenTwoYearsPlus),

        new("cla-rate", "Children looked after at period end per 10,000", IndicatorFamily.LookedAfter, Unit.RatePer10000, 0, Polarity.Context, MeasureKind.Snapshot,
            "Distinct children with an SSDA903 episode open at the period end", "Population aged 0-17", ["DfE A1"], Ssda903,
            [
                "Episodes with legal status V3 or V4 (agreed series of short-term breaks) are ignored entirely.",
                "An episode with no end date stays open even when another episode of the child follows it (only REC X1 joins episodes; the data set reports it).",
            ],
            [nameof(EvaluationOptions.Population)], LookedAfterIndicators.Rate),

        new("cla-3plus-placements", "Looked after at period end with 3 or more placements during the period", IndicatorFamily.LookedAfter, Unit.Percentage, 0, Polarity.LowerIsBetter, MeasureKind.Snapshot,
            "Children looked after at the period end with 3 or more placements overlapping the period",
            "Children looked after at the period end", ["NI 62"], Stability,
            [
                "A placement is a spell with one carer: RNE P or B starts one; L, T and U continue it; temporary placements (T0-T4) and the return from one never start one.",
                "The placement current at the period start counts, and so do placements of an earlier period of care that overlap the period.",
                "V3 and V4 episodes are ignored.",
                "RNE S within a chain of episodes starts a placement; a blank or unknown RNE continues the current one.",
                "Episodes with the same DECOM and DEC are ordered with an X1 ending first, then by their codes, so the result never depends on input order.",
            ],
            [nameof(EvaluationOptions.PlacementChange)], LookedAfterIndicators.ThreeOrMorePlacements),

        new("cla-long-term-stability", "Under 16s looked after 2.5 years or more, in the same placement 2 years or more", IndicatorFamily.LookedAfter, Unit.Percentage, 0, Polarity.HigherIsBetter, MeasureKind.Snapshot,
            "Of those, children whose current placement started on or before (period end - 2 calendar years)",
            "Children looked after at the period end, aged under 16 then, whose current period of care started on or before (period end - 30 calendar months)",
            ["NI 63"], Stability,
            [
                "A period of care is a chain of episodes joined by REC X1 on the same day.",
                "A child placed for adoption with their foster carer (RNE T or U) stays in the same placement.",
                "Age is taken from the header DOB, falling back to the OC3 DOB; where rows disagree, the earliest date is used.",
                "The current period of care and placement are those of the episode open at the period end.",
            ],
            [nameof(EvaluationOptions.PlacementChange)], LookedAfterIndicators.LongTermStability),

        new("care-leavers-suitable-accommodation", "Care leavers in suitable accommodation", IndicatorFamily.CareLeavers, Unit.Percentage, 0, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Cohort rows whose ACCOM is a valid code ending in 1 (suitable)",
            "OC3 rows aged 19, 20 or 21 on their birthday in the period, excluding IN_TOUCH DIED and RHOM", ["NI 147", "DfE F"], Ssda903 + ", care leavers",
            [
                "0, blank and invalid ACCOM codes are \"no information\" and stay in the denominator.",
                "The latest birthday in the period counts; a row of a known collection year (its own, or its return's) describes a birthday in that year.",
            ],
            [nameof(EvaluationOptions.CareLeaverAges)], CareLeaverIndicators.SuitableAccommodation),

        new("care-leavers-eet", "Care leavers in education, employment or training", IndicatorFamily.CareLeavers, Unit.Percentage, 0, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Cohort rows with ACTIV in F1, P1, F2, P2, F3, P3, F4, P4, F5, P5",
            "OC3 rows aged 19, 20 or 21 on their birthday in the period, excluding IN_TOUCH DIED and RHOM", ["NI 148", "DfE F"], Ssda903 + ", care leavers",
            ["F3 and P3 were used before 2021-22 and still count."],
            [nameof(EvaluationOptions.CareLeaverAges)], CareLeaverIndicators.EducationEmploymentTraining),

        new("care-leavers-in-touch", "Care leavers the authority is in touch with", IndicatorFamily.CareLeavers, Unit.Percentage, 0, Polarity.HigherIsBetter, MeasureKind.Flow,
            "Cohort rows with IN_TOUCH YES",
            "OC3 rows aged 19, 20 or 21 on their birthday in the period, excluding IN_TOUCH DIED and RHOM", ["DfE F"], Ssda903 + ", care leavers",
            [], [nameof(EvaluationOptions.CareLeaverAges)], CareLeaverIndicators.InTouch),

        new("adoption-entry-to-placement-days", "Mean days from entering care to moving in with the adoptive family", IndicatorFamily.Adoption, Unit.Days, 0, Polarity.LowerIsBetter, MeasureKind.Flow,
            "Total days from the start of the period of care to the start of the placement (carer spell) in which the child was adopted",
            "Children adopted in the period (an episode ending with REC E11 or E12 in the period)", ["scorecard A1"], Ssda903 + "; adoption scorecard A1",
            [
                "A child adopted by their foster carers counts from the day they moved in with those carers.",
                "The mean is the value; the median and the count are details.",
                "Placements here are always carer spells, whatever the PlacementChange option.",
            ],
            [], LookedAfterIndicators.AdoptionDays),

        new("workforce-agency-share", "Social work posts filled by agency workers", IndicatorFamily.Workforce, Unit.Percentage, 1, Polarity.LowerIsBetter, MeasureKind.Snapshot,
            "Posts filled by agency workers at the latest snapshot in the period", "Filled posts at that snapshot", ["local (seed 2.15)"], Seed + ", paragraph 2.15",
            ["The latest workforce snapshot dated in the period is used."], [], WorkforceIndicators.AgencyShare),

        new("workforce-sickness-change", "Change in sickness absence days per FTE against the previous year", IndicatorFamily.Workforce, Unit.Percentage, 1, Polarity.LowerIsBetter, MeasureKind.Flow,
            "This period's sickness days per FTE minus the same period a year earlier's", "The same period a year earlier's sickness days per FTE",
            ["local (seed 2.15)"], Seed + ", paragraph 2.15",
            [
                "Days per FTE over a period = total sickness days / mean FTE of the sickness records wholly within it.",
                "A negative value is a reduction (the seed report's 22% reduction is -22).",
            ],
            [], WorkforceIndicators.SicknessChange),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> s_byId = s_all.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Every indicator, in the specification's order.</summary>
    public static IReadOnlyList<IndicatorDefinition> All => s_all;

    /// <summary>The indicator with the stable id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No indicator has that id; the message lists the ids.</exception>
    public static IndicatorDefinition Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Find(id) ?? throw new KeyNotFoundException(
            $"There is no indicator '{id}'. The ids are: {string.Join(", ", s_all.Select(d => d.Id))}.");
    }

    /// <summary>The indicator with the stable id <paramref name="id"/>, or <c>null</c>.</summary>
    public static IndicatorDefinition? Find(string id) =>
        id is not null && s_byId.TryGetValue(id.Trim(), out var definition) ? definition : null;
}
