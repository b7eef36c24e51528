namespace ChildrensSocialCare.Indicators;

/// <summary>
/// The stable codes of the rules that leave a record out of an indicator (<see cref="Exclusion.Code"/>), as
/// diagnostics have codes: a program can count or filter exclusions by code while the words
/// (<see cref="Exclusion.Rule"/>) stay for people. A code never changes once published; a new rule gets a new code.
/// Each indicator lists the codes it can report in <see cref="IndicatorDefinition.Exclusions"/>.
/// </summary>
public static class ExclusionCodes
{
    /// <summary>A date is outside the working-day calendar's coverage (the words name the calendar and its range); the
    /// result also carries the diagnostic <c>evaluation.outside-calendar</c>.</summary>
    public const string OutsideCalendar = "working-days.outside-calendar";

    /// <summary>An assessment has no referral date to measure from (option MeasureFrom = Referral).</summary>
    public const string AssessmentNoReferralDate = "assessment.no-referral-date";

    /// <summary>An assessment was authorised before its referral date (option MeasureFrom = Referral).</summary>
    public const string AssessmentAuthorisedBeforeReferral = "assessment.authorised-before-referral";

    /// <summary>An assessment was authorised before it started (DfE C2: left out of the percentage, not the rate).</summary>
    public const string AssessmentAuthorisedBeforeStart = "assessment.authorised-before-start";

    /// <summary>A legacy assessment was completed before it started: an invalid record.</summary>
    public const string LegacyCompletedBeforeStart = "legacy-assessment.completed-before-start";

    /// <summary>A legacy initial assessment does not record whether the child was seen.</summary>
    public const string LegacySeenNotRecorded = "legacy-assessment.seen-not-recorded";

    /// <summary>A legacy initial assessment does not record whether the child was seen alone.</summary>
    public const string LegacySeenAloneNotRecorded = "legacy-assessment.seen-alone-not-recorded";

    /// <summary>An initial child protection conference is dated before the section 47 start (DfE C4: still counted
    /// as a conference).</summary>
    public const string ConferenceBeforeSection47Start = "section47.conference-before-start";

    /// <summary>A child protection plan ended before it started: an invalid record.</summary>
    public const string PlanEndedBeforeStart = "plan.ended-before-start";

    /// <summary>An episode of an agreed series of short-term breaks (legal status V3 or V4) is ignored.</summary>
    public const string ShortBreak = "episode.short-break";

    /// <summary>A looked-after child has no date of birth, so their age is unknown.</summary>
    public const string EpisodeNoDateOfBirth = "episode.no-date-of-birth";

    /// <summary>A looked-after child is aged 16 or over at the period end (the words give the age).</summary>
    public const string EpisodeAged16OrOver = "episode.aged-16-or-over";

    /// <summary>A looked-after child's current period of care started less than 2.5 years before the period end.</summary>
    public const string EpisodeLookedAfterUnder30Months = "episode.looked-after-under-30-months";

    /// <summary>An OC3 row has no date of birth (neither on the row nor in the header).</summary>
    public const string CareLeaverNoDateOfBirth = "care-leaver.no-date-of-birth";

    /// <summary>An OC3 row has no birthday in the period (and in its collection year, when known).</summary>
    public const string CareLeaverNoBirthdayInPeriod = "care-leaver.no-birthday-in-period";

    /// <summary>An OC3 row's age on its birthday in the period is not a cohort age (the words give the age and the
    /// cohort).</summary>
    public const string CareLeaverOutsideCohortAge = "care-leaver.outside-cohort-age";

    /// <summary>An OC3 row's IN_TOUCH is DIED or RHOM: outside the cohort (the words give the code).</summary>
    public const string CareLeaverInTouchOutsideCohort = "care-leaver.in-touch-outside-cohort";

    /// <summary>A child of the OC2 cohort has no OC2 row for the collection year of the period end.</summary>
    public const string Oc2NoRow = "oc2.no-row";

    /// <summary>A child of the OC2 cohort has the indicator's OC2 field blank (or a flag other than 1 or 0).</summary>
    public const string Oc2FieldBlank = "oc2.field-blank";

    /// <summary>A child of the OC2 cohort has an SDQ_SCORE outside 0-40.</summary>
    public const string Oc2SdqOutOfRange = "oc2.sdq-out-of-range";

    /// <summary>A child adopted in the period has no episode with legal status E1 or D1 (a placement order) in the period
    /// of care that ended in adoption.</summary>
    public const string AdoptionNoPlacementOrder = "adoption.no-placement-order";

    /// <summary>A child adopted in the period has no DATE_MATCH on their first AD1 row (or no AD1 row).</summary>
    public const string AdoptionNoMatchDate = "adoption.no-match-date";

    /// <summary>A period of care began before the supplied records (its first episode's RNE is not S) and no review
    /// held before the period is recorded to chain the next due date from, so whether its reviews were in time cannot
    /// be told (specification section 8, <c>cla-reviews-on-time</c>).</summary>
    public const string ReviewsUndetermined = "reviews.undetermined";

    // Every code, for the consistency test and for a unit source's fallback words.
    internal static IReadOnlyList<string> All { get; } =
    [
        OutsideCalendar, AssessmentNoReferralDate, AssessmentAuthorisedBeforeReferral, AssessmentAuthorisedBeforeStart,
        LegacyCompletedBeforeStart, LegacySeenNotRecorded, LegacySeenAloneNotRecorded, ConferenceBeforeSection47Start,
        PlanEndedBeforeStart, ShortBreak, EpisodeNoDateOfBirth, EpisodeAged16OrOver, EpisodeLookedAfterUnder30Months,
        CareLeaverNoDateOfBirth, CareLeaverNoBirthdayInPeriod, CareLeaverOutsideCohortAge, CareLeaverInTouchOutsideCohort,
        Oc2NoRow, Oc2FieldBlank, Oc2SdqOutOfRange, AdoptionNoPlacementOrder, AdoptionNoMatchDate, ReviewsUndetermined,
        AnnexASeenAloneNotRecorded, AnnexALookedAfterUnder20WorkingDays, AnnexALookedAfterUnder12Months, AnnexANoDateOfBirth,
        AnnexAReturnInterviewNotRecorded, AnnexAPlacementsNotRecorded,
    ];

    // The rule in words (Exclusion.Rule, unchanged from before the codes). The rules whose words quote the record
    // (an age, a code) are worded by the indicator's unit source; this is the fallback.
    /// <summary>Annex A: the List 7 question "Was the Child Seen Alone?" is not answered.</summary>
    public const string AnnexASeenAloneNotRecorded = "annexa.seen-alone-not-recorded";

    /// <summary>Annex A: a List 8 child has not been looked after for 20 working days at the reference date.</summary>
    public const string AnnexALookedAfterUnder20WorkingDays = "annexa.looked-after-under-20-working-days";

    /// <summary>Annex A: a List 8 child has not been looked after for 12 months at the reference date.</summary>
    public const string AnnexALookedAfterUnder12Months = "annexa.looked-after-under-12-months";

    /// <summary>Annex A: a List 8 child has no date of birth, so whether they are under 5 is not known.</summary>
    public const string AnnexANoDateOfBirth = "annexa.no-date-of-birth";

    /// <summary>Annex A: whether a List 8 child was offered a return interview is not answered.</summary>
    public const string AnnexAReturnInterviewNotRecorded = "annexa.return-interview-not-recorded";

    /// <summary>Annex A: a List 8 child's "Number of Placements in the Last 12 months" is blank.</summary>
    public const string AnnexAPlacementsNotRecorded = "annexa.placements-not-recorded";

    internal static string Words(string code, EvaluationContext c) => code switch
    {
        OutsideCalendar => c.OutsideCalendar,
        AssessmentNoReferralDate => "no referral date to measure from (MeasureFrom = Referral)",
        AnnexASeenAloneNotRecorded => "whether the child was seen alone is not answered",
        AnnexALookedAfterUnder20WorkingDays => "looked after for less than 20 working days at the reference date",
        AnnexALookedAfterUnder12Months => "looked after for less than 12 months at the reference date",
        AnnexANoDateOfBirth => "no date of birth: whether the child is under 5 is not known",
        AnnexAReturnInterviewNotRecorded => "whether a return interview was offered is not answered",
        AnnexAPlacementsNotRecorded => "the number of placements in the last 12 months is blank",
        AssessmentAuthorisedBeforeReferral => "authorised before the referral date",
        AssessmentAuthorisedBeforeStart => "authorised before it started",
        LegacyCompletedBeforeStart => "completed before it started (an invalid record)",
        LegacySeenNotRecorded => "whether the child was seen is not recorded",
        LegacySeenAloneNotRecorded => "whether the child was seen alone is not recorded",
        ConferenceBeforeSection47Start => "initial conference dated before the section 47 start (still counted as a conference)",
        PlanEndedBeforeStart => "ended before it started (an invalid record)",
        ShortBreak => "an agreed series of short-term breaks (V3/V4) is ignored",
        EpisodeNoDateOfBirth => "no date of birth",
        EpisodeLookedAfterUnder30Months => "looked after for less than 2.5 years at the period end",
        CareLeaverNoDateOfBirth => "no date of birth (OC3 or header)",
        CareLeaverNoBirthdayInPeriod => "no birthday in the period (and its collection year)",
        Oc2NoRow => "no OC2 row for the collection year of the period end",
        ReviewsUndetermined => "the period of care began before the records and no earlier review is recorded to chain from",
        Oc2FieldBlank => "the OC2 field is blank (or not 1 or 0)",
        Oc2SdqOutOfRange => "SDQ_SCORE outside 0-40",
        AdoptionNoPlacementOrder => "no episode with legal status E1 or D1 in the period of care that ended in adoption",
        AdoptionNoMatchDate => "no DATE_MATCH on the child's first AD1 row",
        _ => code,
    };
}
