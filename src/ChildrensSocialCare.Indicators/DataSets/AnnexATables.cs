using ChildrensSocialCare.Indicators.Records;

namespace ChildrensSocialCare.Indicators;

// The Annex A lists the inspection measures read, as struct-of-arrays tables sorted by child (and the list's key
// date), keyed by the data set's child index: the columns the measures compare, as day numbers.
internal sealed class AnnexAContactTable : Table<AnnexAContact>
{
    public AnnexAContactTable(AnnexAContact[] records, ChildIndex ids)
        : base(records, ids, r => r.Child.ChildId, r => Day.Of(r.Date))
    {
        Date = Column(r => Day.Of(r.Date));
    }

    public int[] Date { get; }
}

internal sealed class AnnexAEarlyHelpTable : Table<AnnexAEarlyHelpAssessment>
{
    public AnnexAEarlyHelpTable(AnnexAEarlyHelpAssessment[] records, ChildIndex ids)
        : base(records, ids, r => r.Child.ChildId, r => Day.Of(r.StartDate))
    {
        Start = Column(r => Day.Of(r.StartDate));
    }

    public int[] Start { get; }
}

internal sealed class AnnexAReferralTable : Table<AnnexAReferral>
{
    public AnnexAReferralTable(AnnexAReferral[] records, ChildIndex ids)
        : base(records, ids, r => r.Child.ChildId, r => Day.Of(r.Date))
    {
        Date = Column(r => Day.Of(r.Date));
    }

    public int[] Date { get; }

    // Whether child `child` has a referral dated from `from` to `to` (both included).
    public bool Any(int child, int from, int to)
    {
        for (var i = Offsets[child]; i < Offsets[child + 1]; i++)
        {
            if (Date[i] >= from && Date[i] <= to)
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed class AnnexAAssessmentTable : Table<AnnexAAssessment>
{
    public AnnexAAssessmentTable(AnnexAAssessment[] records, ChildIndex ids)
        : base(records, ids, r => r.Child.ChildId, r => Day.Of(r.StartDate))
    {
        Start = Column(r => Day.Of(r.StartDate));
        Authorised = Column(r => Day.OrOpen(r.AuthorisationDate));
    }

    public int[] Start { get; }

    // Day.Open while open.
    public int[] Authorised { get; }
}

internal sealed class AnnexAPlanTable : Table<AnnexAChildProtectionPlan>
{
    public AnnexAPlanTable(AnnexAChildProtectionPlan[] records, ChildIndex ids)
        : base(records, ids, r => r.Child.ChildId, r => Day.Of(r.StartDate))
    {
        Start = Column(r => Day.Of(r.StartDate));
        End = Column(r => Day.OrOpen(r.EndDate));
        LastVisit = Column(r => Day.OrNone(r.LastStatutoryVisit));
        LatestReview = Column(r => Day.OrNone(r.LatestReviewConference));
    }

    public int[] Start { get; }

    public int[] End { get; }

    public int[] LastVisit { get; }

    public int[] LatestReview { get; }
}

internal sealed class AnnexACareTable : Table<AnnexAChildInCare>
{
    public AnnexACareTable(AnnexAChildInCare[] records, ChildIndex ids)
        : base(records, ids, r => r.Child.ChildId, r => Day.Of(r.PeriodStart))
    {
        Start = Column(r => Day.Of(r.PeriodStart));
        End = Column(r => Day.OrOpen(r.PeriodEnd));
        LastVisit = Column(r => Day.OrNone(r.LastSocialWorkVisit));
        LatestReview = Column(r => Day.OrNone(r.LatestReview));
        LastHealthAssessment = Column(r => Day.OrNone(r.LastHealthAssessment));
        LastDentalCheck = Column(r => Day.OrNone(r.LastDentalCheck));
        DateOfBirth = Column(r => Day.OrNone(r.Child.DateOfBirth));
    }

    public int[] Start { get; }

    public int[] End { get; }

    public int[] LastVisit { get; }

    public int[] LatestReview { get; }

    public int[] LastHealthAssessment { get; }

    public int[] LastDentalCheck { get; }

    public int[] DateOfBirth { get; }
}

internal sealed class AnnexACareLeaverTable : Table<AnnexACareLeaver>
{
    public AnnexACareLeaverTable(AnnexACareLeaver[] records, ChildIndex ids)
        : base(records, ids, r => r.Child.ChildId, r => Day.OrNone(r.LatestPathwayPlanReview))
    {
        PathwayPlanReview = Column(r => Day.OrNone(r.LatestPathwayPlanReview));
    }

    public int[] PathwayPlanReview { get; }
}
