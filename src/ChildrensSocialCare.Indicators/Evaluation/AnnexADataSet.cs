using System.Collections.ObjectModel;
using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

/// <summary>
/// An Ofsted Annex A workbook's lists as a data set for one reference date (the date of the extract; specification
/// 9.2): the definitions of sections 2 and 8 whose inputs the lists hold evaluate from it
/// (<see cref="IndicatorDefinition.FromAnnexA"/>), the others are not available with the reason, and the inspection
/// measures of section 9.3 (the catalogue's inspection list) evaluate from the lists themselves.
/// </summary>
/// <remarks>
/// <para>The lists cover the 6 months to the reference date (lists 1-8) and the 12 months (lists 10-11): a period
/// defaults to that window ending at the reference date, and a period reaching outside it is an error. A snapshot
/// (what is open at the period end) is taken at the reference date only. Rates over the window are annualised when
/// <see cref="EvaluationOptions.Annualise"/> is set.</para>
/// <para>The lists become the returns' records as <see cref="Decisions"/> says (List 1 has no outcome, List 6 holds
/// each child's latest episode, List 8 one period of care per child).</para>
/// </remarks>
public sealed class AnnexADataSet
{
    private AnnexADataSet(AnnexALists lists, DateOnly referenceDate, bool inferred)
    {
        Lists = lists;
        ReferenceDate = referenceDate;
        IsReferenceDateInferred = inferred;
        Data = DataSet.FromAnnexA(lists, referenceDate);
        IReadOnlyList<Diagnostic> warning = inferred
            ? [new Diagnostic(DiagnosticSeverity.Warning, IndicatorDiagnosticCodes.AnnexAReferenceDateInferred,
                $"No reference date was given; the latest date in the Annex A lists, {referenceDate:yyyy-MM-dd}, is used as the date of the extract.")]
            : [];
        Diagnostics = new ReadOnlyCollection<Diagnostic>([.. warning, .. Data.Diagnostics]);
    }

    /// <summary>The decisions taken where the lists say less than the returns (how the lists become records).</summary>
    public static IReadOnlyList<string> Decisions { get; } =
    [
        "List 1 has no contact outcome: contacts by outcome are not available from Annex A.",
        "List 3 referrals and List 6 episodes are CIN episodes: the List 6 row whose CIN Start Date is one of the child's referral dates closes that referral; a List 3 referral that is not the child's List 6 episode is taken as closed on its referral date (List 6 holds each child's most recent episode only).",
        "List 8 is one period of care per child, from Date Started to be Looked After, with a second episode from the Start Date of Most Recent Placement when that is later (a change of carer); the earlier part's placement and legal status are taken to be the current ones.",
        "A List 8 child with UASC = Y (within the last 12 months) is unaccompanied at the reference date.",
        "List 9 rows are care-leaver outcomes of no collection year: the birthday in the period decides the cohort.",
        "Children with three or more placements are read from List 8's \"Number of Placements in the Last 12 months\", so only over the 12 months to the reference date; a blank count is left out and listed.",
    ];

    /// <summary>The lists.</summary>
    public AnnexALists Lists { get; }

    /// <summary>The reference date: the date of the extract, the end of every period.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>Whether <see cref="ReferenceDate"/> was not given but taken as the latest date in the lists.</summary>
    public bool IsReferenceDateInferred { get; }

    /// <summary>The lists as a data set (its records are the lists' rows as <see cref="Decisions"/> says). Evaluating
    /// it directly behaves as evaluating through this object, except that a period outside the window is a result
    /// not available instead of an error.</summary>
    public DataSet Data { get; }

    /// <summary>The warning when the reference date was inferred, and the data set's findings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The window of lists 1-9: the 6 months ending at the reference date.</summary>
    public ReportingPeriod Window => new(ReferenceDate.AddMonths(-AnnexAData.WindowMonths).AddDays(1), ReferenceDate);

    /// <summary>The window of lists 10 and 11 (adoption): the 12 months ending at the reference date.</summary>
    public ReportingPeriod AdoptionWindow => new(ReferenceDate.AddMonths(-AnnexAData.AdoptionWindowMonths).AddDays(1), ReferenceDate);

    /// <summary>Builds the data set of <paramref name="lists"/> at <paramref name="referenceDate"/>; without one, the
    /// latest date in the lists (not a date of birth), with a warning.</summary>
    /// <param name="lists">The lists (from <c>AnnexAWorkbook.Read</c>, or built).</param>
    /// <param name="referenceDate">The date of the extract.</param>
    /// <exception cref="ArgumentException">No reference date was given and the lists hold no date.</exception>
    public static AnnexADataSet Create(AnnexALists lists, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (referenceDate is { } given)
        {
            return new AnnexADataSet(lists, given, false);
        }

        var latest = LatestDate(lists) ?? throw new ArgumentException(
            "No reference date was given and the Annex A lists hold no date to take it from.", nameof(referenceDate));
        return new AnnexADataSet(lists, latest, true);
    }

    /// <summary>The period <paramref name="indicator"/> is evaluated over by default: <see cref="AdoptionWindow"/> for
    /// the adoption measures of List 10 and the placements of List 8 in the last 12 months, else
    /// <see cref="Window"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    public ReportingPeriod DefaultPeriod(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var months = AnnexAData.WindowMonthsOf(indicator);
        return new ReportingPeriod(ReferenceDate.AddMonths(-months).AddDays(1), ReferenceDate);
    }

    /// <summary>Evaluates <paramref name="indicator"/> over <paramref name="period"/> (by default
    /// <see cref="DefaultPeriod"/>). An indicator whose inputs the lists do not hold is not available, with the
    /// reason.</summary>
    /// <param name="indicator">The indicator (from the <c>Catalogue</c>: any indicator, or an inspection measure).</param>
    /// <param name="period">The period, inside the lists' window and ending on or before the reference date.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The period reaches outside the lists' window; the message says
    /// which.</exception>
    public IndicatorResult Evaluate(IndicatorDefinition indicator, ReportingPeriod? period = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var p = period ?? DefaultPeriod(indicator);
        Check(p, DefaultPeriod(indicator));
        return Data.Evaluate(indicator, p, options);
    }

    /// <summary>Evaluates <paramref name="indicators"/> over <paramref name="period"/> (by default
    /// <see cref="Window"/>, the 6 months to the reference date), in the order given.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <param name="period">The period, inside <see cref="Window"/>.</param>
    /// <param name="options">The options; <see cref="EvaluationOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The period reaches outside the lists' window.</exception>
    public Scorecard Scorecard(IReadOnlyList<IndicatorDefinition> indicators, ReportingPeriod? period = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var p = period ?? Window;
        Check(p, Window);
        return Data.Scorecard(indicators, p, options);
    }

    private static void Check(ReportingPeriod period, ReportingPeriod window)
    {
        if (period.Start < window.Start || period.End > window.End)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period,
                $"The period {period} reaches outside the Annex A lists' window, {window.Start:yyyy-MM-dd} to {window.End:yyyy-MM-dd} (the {window.Months} months to the reference date).");
        }
    }

    // The latest event date of the lists: dates of birth (an unborn child's is expected) are not event dates.
    private static DateOnly? LatestDate(AnnexALists lists)
    {
        DateOnly? latest = null;
        void See(DateOnly? date)
        {
            if (date is { } d && (latest is null || d > latest))
            {
                latest = d;
            }
        }

        foreach (var r in lists.Contacts) { See(r.Date); }
        foreach (var r in lists.EarlyHelpAssessments) { See(r.StartDate); See(r.CompletionDate); }
        foreach (var r in lists.Referrals) { See(r.Date); }
        foreach (var r in lists.Assessments) { See(r.StartDate); See(r.AuthorisationDate); }
        foreach (var r in lists.Section47Enquiries) { See(r.StrategyDiscussionDate); See(r.ConferenceDate); }
        foreach (var r in lists.ChildrenInNeed) { See(r.StartDate); See(r.LastSeen); See(r.ClosureDate); }
        foreach (var r in lists.ChildProtectionPlans) { See(r.StartDate); See(r.LastStatutoryVisit); See(r.LatestReviewConference); See(r.EndDate); }
        foreach (var r in lists.ChildrenInCare)
        {
            See(r.PeriodStart); See(r.LegalStatusStart); See(r.LatestReview); See(r.LastSocialWorkVisit); See(r.LastIroContact);
            See(r.LastHealthAssessment); See(r.LastDentalCheck); See(r.PeriodEnd); See(r.PlacementStart);
        }

        foreach (var r in lists.CareLeavers) { See(r.LatestPathwayPlanReview); See(r.LatestContact); }
        foreach (var r in lists.Adoptions)
        {
            See(r.EnteredCare); See(r.DecisionToPlace); See(r.PlacementOrder); See(r.Matched); See(r.PlacedForAdoption);
            See(r.AdoptionOrder); See(r.DecisionReversed); See(r.FosteringForAdoption);
        }

        return latest;
    }
}
