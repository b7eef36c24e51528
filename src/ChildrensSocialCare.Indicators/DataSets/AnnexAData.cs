using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// What a data set built from Ofsted Annex A lists keeps of them (specification 9): the lists, the reference date
// (the extract's date), the tables the inspection measures scan, and the columns the definitions of sections 2 and 8
// read differently from Annex A (List 3's "Number of Referrals in Last 12 Months").
internal sealed class AnnexAData
{
    // The lists' window: lists 1-8 cover the 6 months to the reference date, lists 10-11 the 12 months.
    public const int WindowMonths = 6;
    public const int AdoptionWindowMonths = 12;

    // The lists of no data set (a data set built from returns), so that a measure's units can be described when it
    // is not available.
    public static AnnexAData Empty { get; } = new(new AnnexALists(), DateOnly.MaxValue, new ChildIndex([]));

    public AnnexAData(AnnexALists lists, DateOnly referenceDate, ChildIndex ids)
    {
        Lists = lists;
        ReferenceDate = referenceDate;
        Contacts = new AnnexAContactTable([.. lists.Contacts], ids);
        EarlyHelp = new AnnexAEarlyHelpTable([.. lists.EarlyHelpAssessments], ids);
        Referrals = new AnnexAReferralTable([.. lists.Referrals], ids);
        Assessments = new AnnexAAssessmentTable([.. lists.Assessments], ids);
        Plans = new AnnexAPlanTable([.. lists.ChildProtectionPlans], ids);
        Care = new AnnexACareTable([.. lists.ChildrenInCare], ids);
        CareLeavers = new AnnexACareLeaverTable([.. lists.CareLeavers], ids);

        // Each child's List 8 "Number of Placements in the Last 12 months" (-1 when blank).
        PlacementsInLast12Months = new int[ids.Count];
        Array.Fill(PlacementsInLast12Months, -1);
        foreach (var r in lists.ChildrenInCare)
        {
            PlacementsInLast12Months[ids[r.Child.ChildId]] = r.PlacementsInLast12Months ?? -1;
        }

        // Each child's latest listed referral, and the number in the 12 months before it the list gives on it.
        LatestReferral = new int[ids.Count];
        ReferralsInLast12Months = new int[ids.Count];
        Array.Fill(LatestReferral, Day.None);
        Array.Fill(ReferralsInLast12Months, -1);
        var t = Referrals;
        for (var i = 0; i < t.Count; i++)
        {
            var child = t.Child[i];
            if (t.Date[i] >= LatestReferral[child])
            {
                LatestReferral[child] = t.Date[i];
                ReferralsInLast12Months[child] = t.Records[i].ReferralsInLast12Months ?? -1;
            }
        }
    }

    public AnnexALists Lists { get; }

    public DateOnly ReferenceDate { get; }

    public int Reference => ReferenceDate.DayNumber;

    public AnnexAContactTable Contacts { get; }

    public AnnexAEarlyHelpTable EarlyHelp { get; }

    public AnnexAReferralTable Referrals { get; }

    public AnnexAAssessmentTable Assessments { get; }

    public AnnexAPlanTable Plans { get; }

    public AnnexACareTable Care { get; }

    public AnnexACareLeaverTable CareLeavers { get; }

    // Per child index: the day of the child's latest List 3 referral (Day.None when none), and its "Number of
    // Referrals in Last 12 Months" (-1 when blank).
    public int[] LatestReferral { get; }

    public int[] ReferralsInLast12Months { get; }

    public int[] PlacementsInLast12Months { get; }

    // The months of the window `indicator` reads.
    public static int WindowMonthsOf(IndicatorDefinition indicator) =>
        indicator.AnnexAWindowMonths > 0 ? indicator.AnnexAWindowMonths
        : indicator.Family == IndicatorFamily.Adoption ? AdoptionWindowMonths : WindowMonths;

    // The first day of the window of `months` months ending at the reference date.
    public DateOnly WindowStart(int months) => ReferenceDate.AddMonths(-months).AddDays(1);

    // Why `period` cannot be evaluated for `indicator` from the lists, or null: it must lie inside the lists' window
    // (12 months for the adoption measures of List 10, else 6), and a snapshot must be taken at the reference date
    // (the lists hold what is open at the extract only).
    public string? OutsideWindow(IndicatorDefinition indicator, ReportingPeriod period)
    {
        var months = WindowMonthsOf(indicator);
        var start = WindowStart(months);
        if (period.Start < start || period.End > ReferenceDate)
        {
            return $"the period {period} reaches outside the Annex A lists' window ({start:yyyy-MM-dd} to {ReferenceDate:yyyy-MM-dd}, the {months} months to the reference date)";
        }

        if (indicator.Kind == MeasureKind.Snapshot && period.End != ReferenceDate)
        {
            return $"the period {period} does not end at the reference date {ReferenceDate:yyyy-MM-dd}: the Annex A lists hold what is open at the extract only";
        }

        return null;
    }
}
